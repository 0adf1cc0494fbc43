// Entity recognition stage: the learned BILOU tagger over the segment stage's tokens, then the
// curated lexicon post-pass, news house styles (titles), nouns that say what a name is ("the
// utility Enel"), one type per name per article, and no
// common words taken for names at sentence starts.
// Pure apart from loading the model once.
import { existsSync, readFileSync } from 'node:fs';
import { projectPath } from '../../paths.js';
import type { Mention, Segmentation, Syntax } from '../../types.js';
import { LexiconMatcher, mergeLexicon, parseLexicon } from './lexicon.js';
import { deserialiseModel, type NerModel as LinearModel } from './model.js';
import { applyPostRules } from './postrules.js';
import { trimSpanEdges } from './span-edges.js';
import { cutWebSiteWords } from './web-site-words.js';
import { splitAtCommonWords } from './common-word-splits.js';
import { typeCompanyNames } from './company-names.js';
import { typeBusinessAndHolidayNames } from './business-and-holiday-names.js';
import { applyHouseStyle } from './house-style.js';
import { harmoniseTypes } from './consistency.js';
import { addYearNamedClubs } from './year-named-clubs.js';
import { joinGivenNamesBeforeInitials } from './initialled-given-names.js';
import { joinLeadingGivenNames } from './leading-given-names.js';
import { personCuedMentions } from './person-cues.js';
import { dropCommonWordsAtSentenceStart } from './sentence-start.js';
import { nameRelatives, speakerPossessor } from './relatives.js';
import { definedAcronyms } from './acronym-definitions.js';
import { bracketedOtherNames } from './bracketed-names.js';
import { placesAfterComma, placesBeforeRegion } from './place-after-comma.js';
import { townsBeforeRegion } from './town-in-region.js';
import { joinPossessiveNames } from './possessive-names.js';
import { typeFamilyNames } from './family-names.js';
import { typeUsCounties } from './us-counties.js';
import { addDatelineCredits } from './dateline-credit.js';
import { typeAppositivePlaces } from './appositive-places.js';
import { typeCompanyUnits } from './company-units.js';
import { placesBeforeStateCode } from './state-codes.js';
import { splitStateAbbreviations } from './state-abbreviations.js';
import { typeByDescriptors } from './descriptors.js';
import { repairByHeadNoun } from './head-nouns.js';
import { typeStormNames } from './storm-names.js';
import { joinAimNames } from './aim-names.js';
import { joinLawNames } from './law-names.js';
import { joinConjoinedOfNames } from './conjoined-of-names.js';
import { markWorkTitles } from './work-titles.js';
import { typeMarketMovers } from './market-movers.js';
import { compassRegions } from './compass-regions.js';
import { shippedHonorifics } from './honorifics.js';
import { cutOfficeTitles } from './office-titles.js';
import { cutOfficeOpenings } from './office-of-names.js';
import { typeOfficeTitledNames } from './office-cues.js';
import { typePositionedPlayers } from './position-abbreviations.js';
import { typeStateSchools } from './state-schools.js';
import { splitInnerOffices } from './inner-offices.js';
import { typeCompanyShortNames } from './company-short-names.js';
import { bilouSpans, TYPES } from './tags.js';
import { splitCoordinatedNames } from './coordination.js';
import { cutAtDesignatorStops } from './designator-stops.js';
import { addRoleOwners } from './role-owners.js';
import { typeListedNames } from './coordinated-lists.js';
import { nameListedGaps } from './listed-gaps.js';
import { typeCreditNames } from './credits.js';
import { typeFacilityOwners } from './place-owners.js';
import { typeStreetAddresses } from './street-addresses.js';
import { typeStreetNames } from './street-names.js';
import { typeTeamResults } from './team-results.js';
import { typeTeamNicknames } from './team-nicknames.js';
import { typeTeamTowns } from './team-towns.js';
import { typePlaceLedTeams } from './place-led-teams.js';
import { typeEmployers } from './employers.js';
import { typeShopNames } from './shop-names.js';
import { typeHomePlaces } from './home-places.js';
import { typePlaceModifiers } from './place-modifiers.js';
import { typePlacesInPhrases } from './places-in-phrases.js';
import { tagDocument } from './tagger.js';
import { dropCommonAcronyms } from './common-acronyms.js';
import { addCountryInitials } from './country-initials.js';
import { cutPositionalCapitals } from './positional-capitals.js';
import { cutSeatsAfterIn } from './seats-after-in.js';
import { typeShipPrefixedNames, typeVesselNames } from './vessel-names.js';
import { taggerSentences } from './spaced-abbreviations.js';
import { joinGenerationSuffixes } from './generation-suffixes.js';
import { keepSpacedStops } from './spaced-stops.js';
import { extendSpacedDomains } from './web-addresses.js';
import { joinArticleSurnames } from './article-particles.js';
import { addVersionedNames, extendSpacedVersions } from './versioned-names.js';
import { installedWordNet } from '../lexicons/wordnet.js';
import { typeCoordinatedPersons } from './coordinated-persons.js';
import { typeGivenNamedPersons } from './given-name-persons.js';
import { typeModelYearProducts } from './model-years.js';
import { typeRoleNounPersons } from './role-noun-persons.js';
import { addAdministrations } from './administrations.js';
import { typeAdministrationLeaders } from './administration-leaders.js';
import { capitalisedInRunningText, headlineForms } from './headline-case.js';

export interface NerModel extends LinearModel {
  /** Curated-lexicon matcher applied after the tagger (null: tagger only). */
  lexicon: LexiconMatcher | null;
}

export const DEFAULT_MODEL = 'ner.model.gz';
export const DEFAULT_LEXICON = 'ner-lexicon.tsv';

const cache = new Map<string, NerModel>();

/** Loads a model file (default: the shipped one under models/), once per path. */
export function loadNerModel(path?: string): NerModel {
  const file = path ?? projectPath('models', DEFAULT_MODEL);
  let model = cache.get(file);
  if (!model) {
    const lexiconFile = projectPath('models', DEFAULT_LEXICON);
    const lexicon = existsSync(lexiconFile) ? new LexiconMatcher(parseLexicon(readFileSync(lexiconFile, 'utf8'))) : null;
    model = { ...deserialiseModel(readFileSync(file)), lexicon };
    cache.set(file, model);
  }
  return model;
}

/**
 * An entity whose ampersand was lost in conversion ("&amp;" → "amp": "Weil amp Associates",
 * "Goldman, Sachs amp Co.", as in every TimeBank WSJ file that has one) reads to the tagger as the
 * "&" it was; the text and the spans keep what is written.
 */
function ampersandsRestored(words: string[]): string[] {
  const capitalised = (w: string | undefined) => w !== undefined && /^\p{Lu}/u.test(w);
  return words.map((w, i) => (w === 'amp' && capitalised(words[i - 1]) && capitalised(words[i + 1]) ? '&' : w));
}

/** Named-entity mentions over text, using the segment stage's tokens and sentences. */
export function recognise(text: string, seg: Segmentation, model: NerModel, syntax?: Syntax): Mention[] {
  // pre-tokenised text's "U . K ." and "Mt ." read as the tagger learned them, "U.K." and "Mt."
  const grouped = taggerSentences(text, seg);
  // a title-case headline reads as running text would write it ("Singer checks into clinic")
  const namesInBody = capitalisedInRunningText(text, seg);
  const sentences = grouped.map((words) => ampersandsRestored(headlineForms(text, seg, words, model.resources.casing, namesInBody)));
  const tags = tagDocument(model, { sentences });
  const mentions: Mention[] = [];
  let k = 0;
  grouped.forEach((words) => {
    for (const span of bilouSpans(tags.subarray(k, k + words.length))) {
      // a sentence's own full stop is no part of a name ("every version of Windows."): the
      // segmenter left it a word of its own, unlike an abbreviation's ("Corp.", "U . K .")
      let last = span.end - 1;
      while (last > span.start && words[last].form === '.') last--;
      const start = seg.tokens[words[span.start].from].start;
      const end = seg.tokens[words[last].to - 1].end;
      mentions.push({ start, end, type: TYPES[span.type], text: text.slice(start, end) });
    }
    k += words.length;
  });
  // "Ann B . Lee" read as a town and a person is the one person, and "Ann Beth Lee" tagged as "Beth Lee"
  // is Ann Beth Lee: joined first, so the rules below read the whole name
  // runs before the rules that read a span's words (titles, head nouns), so each name gets its own;
  // "Daly Capital in Toledo" is the firm, then its town; "the Communist Party daily Granma" two names
  const repaired = bracketedOtherNames(text, definedAcronyms(text, applyPostRules(text, cutPositionalCapitals(text, cutSeatsAfterIn(cutAtDesignatorStops(text, splitAtCommonWords(text, trimSpanEdges(cutWebSiteWords(text, splitCoordinatedNames(text, joinLeadingGivenNames(text, joinGivenNamesBeforeInitials(text, mentions), model.resources.casing), syntax, model.resources.casing)), syntax), syntax), model.resources.casing)), seg, model.resources.casing, syntax))), shippedHonorifics().titles);
  const listed = model.lexicon ? model.lexicon.find(text) : [];
  // head nouns after the lexicon, so a listed name ("Foreign Ministry") is not swallowed
  const merged = repairByHeadNoun(text, typeStormNames(text, joinAimNames(text, joinLawNames(text, joinConjoinedOfNames(text, listed.length ? mergeLexicon(repaired, listed) : repaired, syntax)))));
  const fixed = new Set(listed);
  // an office or rank before a name ("Chancellor Kohl") is cut off after the courtesy titles are read
  // "Harbourton Mayor Elena Voss": the office inside a body's or place's span parts the town and the person
  // "Secretary of Health and Human Services": an office and its "of" are no part of the body after them
  const officeHolders = splitInnerOffices(applyHouseStyle(text, cutOfficeOpenings(text, merged, model.resources.casing, fixed)), shippedHonorifics(), model.resources.casing, fixed);
  const titled = markWorkTitles(text, cutOfficeTitles(officeHolders.mentions, shippedHonorifics()), shippedHonorifics().titles);
  // after the titles, which make the persons a role noun stands before
  const owned = addRoleOwners(titled, syntax, model.resources.casing);
  const described = typeByDescriptors(owned, syntax, fixed);
  // a company by its share price ("X fell 2%"); what it retyped or added is settled too
  const moved = typeMarketMovers(text, described.mentions, syntax);
  const before = new Set(described.mentions);
  const known = new Set([...fixed, ...officeHolders.settled, ...described.settled, ...moved.filter((m) => !before.has(m) || m.typeSettled)]);
  // a name listed among names of one type ("Istanbul, Izmir and Mersin") is of that type too
  const inList = typeListedNames(text, nameListedGaps(text, moved), known);
  // the journalists a wire credit line names ("Editing by Clare Holloway") are people
  const credited = typeCreditNames(text, inList.mentions);
  // the town that owns an airport or port ("Barcelona's El Prat airport"), not its football club
  const facilities = typeFacilityOwners(text, credited.mentions);
  // a name after a house number that ends in a street word ("1909 Jolinda Drive") is an address
  const owners = typeStreetAddresses(text, facilities.mentions);
  // "on Snyder Ave. near Nostrand Ave.", "at E. 52nd St.": streets without a number are places too
  const streets = typeStreetNames(text, owners.mentions);
  // a town that beats another side is its team ("Minnesota beat Buffalo")
  const towns = typeTeamResults(streets.mentions, syntax);
  // a plural name with "the" and a record, a score or a game is a team ("the Vikings (9-5)")
  const nicknames = typeTeamNicknames(text, towns.mentions, syntax);
  // a town written as a side after the one team named for it ("Kansas City Chiefs" … "Kansas City managed a field goal")
  const sides = typeTeamTowns(nicknames.mentions, syntax);
  // "the Charlotte Bobcats": a town, then a plural whose commonest sense is a creature, is its club
  const clubs = typePlaceLedTeams(sides.mentions);
  // "the Philadelphia 76ers": a club named for a year opens with digits, which the tagger never reads as a name
  const numbered = addYearNamedClubs(text, clubs.mentions);
  const teams = { mentions: numbered.mentions, settled: new Set([...towns.settled, ...nicknames.settled, ...sides.settled, ...clubs.settled, ...numbered.settled]) };
  // a personal-looking name a worker is "at" is the employer ("a strategist at Kessler Moran")
  // "the Harry Winston jewelry store": a person's name before a shop is the business
  const shops = typeShopNames(teams.mentions, syntax);
  const employers = typeEmployers(shops.mentions, syntax);
  // "his Lake Orwell home", "his Ohio relatives": where people live or come from is a place
  const homes = typeHomePlaces(employers.mentions, syntax, new Set([...known, ...teams.settled, ...shops.settled, ...employers.settled]));
  // "her Brooklyn apartment": a town the tagger typed as an adjective's thing (MISC) before a noun is the place
  const modifiers = typePlaceModifiers(homes.mentions, syntax);
  // a name ending in a company designator ("Metromedia Co.") is a company
  // a name the parse renames with a place or building noun ("Angkor Wat, the temple") is a place
  const renamed = typeAppositivePlaces(text, modifiers.mentions, syntax);
  // "born in the Bronx", "through the Mediterranean": a gazetteer place with "the" after a preposition of place
  const phrased = typePlacesInPhrases(text, renamed.mentions, syntax);
  // a name between a company's "'s" and "unit"/"division" is that part of it ("X Inc.'s Del Monte foods unit")
  // a person's name after a noun for a ship is the ship ("the aircraft carrier John F. Kennedy")
  const vessels = typeVesselNames(phrased.mentions, syntax);
  // "INS Tavor", "MV Ola Berg": a ship's prefix makes the ship, whatever the tagger read after it
  const prefixed = typeShipPrefixedNames(vessels.mentions, model.resources.casing);
  const units = typeCompanyUnits(text, prefixed.mentions);
  const designated = typeCompanyNames(units.mentions, text);
  // "Marlowe Creamery" is a business, "Hanukkah" a holiday (MISC), though the tagger made persons or places of them
  const kinds = typeBusinessAndHolidayNames(designated.mentions);
  // "a 2013 Rellon Tarsa": a make and model after a model year is the vehicle, a thing, not its maker
  const products = typeModelYearProducts(text, kinds.mentions, known, syntax);
  const companies = { mentions: products.mentions, settled: new Set([...designated.settled, ...kinds.settled, ...products.settled]) };
  // "President Bush", "Senator Obama": a lone name after an office is a person
  const officers = typeOfficeTitledNames(text, companies.mentions);
  // "RB Peyton Hillis": a player after his position's letters, which are no part of his name
  const players = typePositionedPlayers(text, officers.mentions, model.resources.casing);
  // "Indiana State", "Wayne State": a university, not the state or town
  const schools = typeStateSchools(text, players.mentions);
  const earlier = new Set([...known, ...inList.settled, ...credited.settled, ...facilities.settled, ...owners.settled, ...streets.settled, ...teams.settled, ...shops.settled, ...employers.settled, ...homes.settled, ...modifiers.settled, ...renamed.settled, ...phrased.settled, ...vessels.settled, ...prefixed.settled, ...units.settled, ...companies.settled, ...officers.settled, ...players.settled, ...schools.settled]);
  // "quarterback Tom Vell": a full name right after a lower-case word for a person is one
  const roles = typeRoleNounPersons(text, schools.mentions, earlier);
  const settled = new Set([...earlier, ...roles.settled]);
  // harmoniseTypes returns settled mentions as they are; marking them lets corpus-level type
  // evidence (type-votes.ts) leave them alone
  // "Odile Brenner and Torvel Grace": a personal-looking name coordinated with a person is one too
  // "Peyton Manning", "Barack Obama": a given name and a word that is only a name, whatever the tagger typed
  const persons = typeGivenNamedPersons(text, typeCoordinatedPersons(text, roles.mentions, syntax, model.resources.casing, settled), syntax, settled);
  const styled = harmoniseTypes(persons, { fixed: settled, kept: placesBeforeRegion(text, persons), personCued: personCuedMentions(persons, syntax) }).map((m) => (settled.has(m) ? { ...m, typeSettled: true } : m));
  // the family and possessive passes leave settled mentions alone (a type settled by curation or a
  // descriptor stands); the town's shape outweighs all but a curated name
  const curated = new Set(listed.map((m) => m.text));
  const family = typeFamilyNames(text, joinPossessiveNames(text, townsBeforeRegion(text, splitStateAbbreviations(text, placesBeforeStateCode(text, placesAfterComma(text, dropCommonWordsAtSentenceStart(text, compassRegions(text, styled), seg, model.resources.casing)))), curated)), syntax);
  // "Essex County" in an article that names a US state is the county, not a club
  const named = typeUsCounties(family, curated);
  // "an SUV", "the CEO": acronyms WordNet knows only as common nouns, or not at all where the parse
  // counts them ("its EV"); curated and settled names stay
  // "Jayark Corp." … "Jayark": the name without its designator is the company, whatever the tagger said
  const shortNames = typeCompanyShortNames(named, curated);
  const dropped = dropCommonAcronyms(text, shortNames, installedWordNet(), new Set(shortNames.filter((m) => m.typeSettled)), syntax);
  // "arrived on US shores": a country's initials the tagger passed over
  // "AMHERST, N.Y. (AP) --": the wire the dateline credits
  // "IE8" and "IE11" beside "IE": versions of a name the article writes alone; "Windows" of "Windows 8" takes its number
  // "Ahmed Maher el-Sayed": a lower-case Arabic article starts the surname, not a new word
  // "Troy , Mich . police": tokenised text's split-off period that ends no sentence is the abbreviation's
  // "ESPN . com": a site's address split at its dot is the site's name whole
  const kept = extendSpacedDomains(text, keepSpacedStops(text, extendSpacedVersions(text, addVersionedNames(text, joinArticleSurnames(text, joinGenerationSuffixes(text, addDatelineCredits(text, addCountryInitials(text, dropped, seg)))), seg), seg)));
  const related = syntax ? nameRelatives(kept, syntax, speakerPossessor(text, seg, syntax)) : kept;
  // "the Hollis administration": a body around its leader's mention; last, so no pass above reads
  // the two as rival spans; "the Obama administration": the leader it is called after is a person
  return addAdministrations(text, typeAdministrationLeaders(text, related));
}
