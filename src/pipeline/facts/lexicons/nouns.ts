// Noun classes the extractors reason with: who can be counted as people, which
// descriptions refer back to a person or an organisation, and nationality words.

/** Plural (and a few singular) nouns that count people. */
export const PERSON_NOUNS: ReadonlySet<string> = new Set(
  (
    'people persons person citizens citizen civilians civilian men man women woman children child kids boys girls soldiers mps mp ' +
    'soldier troops servicemen fighters fighter militants militant terrorists terrorist suspects suspect participants participant ' +
    'members member recruiters recruiter foreigners foreigner migrants migrant refugees refugee victims victim detainees detainee ' +
    'prisoners prisoner hostages hostage officers officer policemen policeman police residents resident workers worker nationals ' +
    'national supporters supporter students student journalists journalist activists activist extremists extremist jihadists ' +
    'jihadist islamists islamist volunteers volunteer mercenaries mercenary hitmen hitman organizers organisers organizer ' +
    'leaders leader officials official employees employee passengers passenger individuals individual adults adult minors ' +
    'emigrants immigrants immigrant labourers laborers labourer laborer inhabitants voters fans followers users gunmen gunman ' +
    'attackers attacker bombers bomber insurgents insurgent rebels rebel recruits recruit agents agent spies spy diplomats ' +
    'diplomat protesters protestors demonstrators defendants defendant convicts inmates casualties dead wounded injured ' +
    'killed fatalities deaths survivors pilgrims tourists visitors guests staff personnel crew sailors pupils teachers doctors ' +
    'nurses patients clerics imams preachers believers muslims christians jews settlers villagers displaced evacuees ' +
    'applicants asylum-seekers seekers émigrés families households veterans guards commanders generals ministers deputies ' +
    'lawmakers senators judges lawyers'
  ).split(' '),
);

/** Heads of descriptions that stand for a person ("the general", "the Chilean police official"). */
export const PERSON_DESCRIPTORS: ReadonlySet<string> = new Set(
  (
    'general official director head chief minister spokesman spokeswoman spokesperson chairman chairwoman chair ' +
    'representative president premier prosecutor ambassador commander officer deputy governor mayor leader analyst expert ' +
    'colonel major lieutenant captain sergeant admiral marshal envoy secretary senator diplomat judge lawyer attorney ' +
    'journalist correspondent founder owner aide adviser advisor counterpart investigator inspector agent man woman'
  ).split(' '),
);

/** Heads of descriptions for an anonymous source ("one of the insiders", "the interlocutor"). */
export const ANONYMOUS_SOURCE_HEADS: ReadonlySet<string> = new Set(
  'source sources interlocutor interlocutors interviewee interviewees insider insiders witness witnesses'.split(' '),
);

/** Heads of descriptions that stand for an organisation ("the agency", "the ministry"). */
export const ORG_DESCRIPTORS: ReadonlySet<string> = new Set(
  (
    'agency ministry service services department office committee government police company group organization ' +
    'organisation bureau authority authorities administration court newspaper channel outlet publication broadcaster ' +
    'commission council army military directorate prosecutor\'s embassy kremlin'
  ).split(' '),
);

export const PERSON_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'him', 'her', 'his']);

