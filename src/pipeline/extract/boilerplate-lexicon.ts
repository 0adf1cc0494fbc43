// Phrases that mark a short block as page furniture rather than article text. They are
// general web-page cues (cookie banners, share bars, newsletter prompts …), never phrases
// from particular articles. Only short blocks are tested, so a long paragraph that
// happens to mention cookies or newsletters is never dropped, and a newsletter rule spares
// a short block that reports about one rather than inviting the reader to sign up.

import { readsAsReport } from './reader-prompt.js';
import { parseTimestampLine } from './timestamp.js';

interface Rule {
  reason: string;
  re: RegExp;
  /** Longest block (in characters) the rule may drop. */
  maxLength: number;
  /** Lower-case substrings one of which must occur: a cheap test before the regex. */
  cues?: string[];
  /** A block the rule matches but keeps, e.g. news that mentions a newsletter. */
  spare?: (text: string) => boolean;
}

const SOCIAL = '(?:facebook|fb|twitter|x|whatsapp|linkedin|pinterest|reddit|telegram|instagram|youtube|tiktok|email|e-mail|print|flipboard|messenger|vk|copy link|copy url)';

const RULES: Rule[] = [
  { reason: 'cookie-notice', maxLength: 600, cues: ['cookie', 'consent', 'privacy', 'continuing to'], re: /\b(?:we use cookies|use of cookies|cookie (?:policy|settings|preferences|consent|notice)|accept (?:all )?cookies|necessary cookies|these cookies|uses cookies|by continuing to (?:browse|use)|manage (?:your )?consent|privacy preferences)\b/i },
  { reason: 'navigation', maxLength: 60, re: /^(?:skip to (?:the )?(?:main )?(?:content|navigation|search)|skip navigation|browse by|main menu|menu|toggle navigation|open menu|close menu|back to top|go to top|jump to|home|search|sections|you are here|breadcrumbs?|previous(?: article| post)?|next(?: article| post)?)\b.{0,20}$/i },
  { reason: 'navigation', maxLength: 60, re: /^(?:(?:version|site) for (?:the )?(?:visually impaired|blind)|accessibility(?: options| settings)?|sign in|log in|login|register|my account|e-?paper|subscribe)(?:\s*[|/·•]\s*(?:sign in|log in|login|register|subscribe|my account))*$/i },
  { reason: 'reading-time', maxLength: 40, re: /^(?:reading time:?\s*)?(?:about )?\d+\s*(?:-\s*\d+\s*)?(?:min|mins|minutes?)(?:\.)?(?: read(?:ing)?(?: time)?)?$/i },
  { reason: 'tags', maxLength: 160, re: /^(?:tags|tagged|topics|filed under|categories|category|keywords)\b\s*:?(?:\s|$)/i },
  { reason: 'related', maxLength: 80, re: /^(?:related(?: (?:stories|articles|content|coverage|posts|topics|news|reading|links|videos?))?|more (?:stories|articles|news|coverage|on this story|on this topic|from [\w .'’&-]+|in [\w .'’&-]+)|read (?:more|also|next)|also read|see also|don['’]?t miss(?=\s*:?\s*$)|you (?:may|might) (?:also )?(?:like|be interested in)|recommended(?: for you| stories| reading)?|most (?:read|popular|viewed|shared)|trending(?: now| stories)?|what to read next|latest (?:news|stories|articles|headlines)|top stories|editor'?s picks|further reading)\b\s*:?.{0,60}$/i },
  // A newsletter prompt speaks to the reader; a sentence reporting on a newsletter (its editor, a quote) is news.
  { reason: 'newsletter', maxLength: 240, spare: readsAsReport, cues: ['subscribe', 'sign up', 'newsletter', 'latest', 'inbox', 'mailing', 'email'], re: /\b(?:subscribe to (?:our|the)\b|sign up (?:for|to) (?:our|the|receive|get)|sign up now|subscribe now|newsletters?\b|get the latest|delivered (?:straight )?to your inbox|join (?:our|the) mailing list|enter your email|your email address)/i },
  { reason: 'share', maxLength: 120, re: new RegExp(`^(?:share(?: this(?: article| story| post| page)?)?(?: on ${SOCIAL})?|tweet|${SOCIAL}(?:[\\s,|/·•]+${SOCIAL})*|follow us(?: on ${SOCIAL}.*)?|share via .*|click to share.*)\\s*:?$`, 'i') },
  { reason: 'share', maxLength: 200, re: new RegExp(`^join (?:the |our )?(?:over |more than )?[\\d.,]*\\s*(?:million |thousand )?(?:fans|followers|readers|subscribers)\\b.*|\\b(?:like us|follow us) on ${SOCIAL}\\b`, 'i') },
  { reason: 'ad', maxLength: 80, re: /^(?:advertisement|advertising|advert|ad|ads|sponsored(?: content| links?)?|promoted(?: content| stories)?|paid (?:content|post)|story continues below(?: advertisement)?|article continues below(?: advertisement)?|continue reading(?: below| the main story)?|scroll to continue(?: with content)?)\s*:?$|\bbanner\s*\d*$|^banner\b/i },
  { reason: 'ad', maxLength: 200, re: /^(?:click here|learn more|find out more|read more|see more|view more|load more|show more|discover more)\b/i },
  { reason: 'footer', maxLength: 240, cues: ['rights reserved', 'powered by', 'terms', 'privacy', 'contact us', 'about us', 'site map', 'sitemap'], re: /\b(?:all rights reserved|powered by \w+|terms (?:of|and) (?:use|service|conditions)|privacy policy|contact us|about us|site map|sitemap)\b/i },
  // Reader-funding appeals: "Independent journalism needs you … Donate today."
  { reason: 'ad', maxLength: 300, cues: ['donat', 'support', 'funded by', 'contribut'], re: /\b(?:donate (?:today|now|here)|please (?:donate|support us|consider supporting)|make a donation|support (?:our|independent) (?:journalism|reporting|work)|(?:is|are) funded by (?:its |our )?readers\b.*\b(?:donate|support|contribut))/i },
  // Notes the person who saved a copy added ("Copied from the X website.", "Photo gallery not included") and a
  // wire's standards link ("Our Standards: …"). A publisher's own "Originally published on X" is article text.
  { reason: 'footer', maxLength: 200, cues: ['copied', 'saved from', 'standards', 'not included'], re: /^(?:copied from|copied and pasted from|saved from|our standards\s*:)|\b(?:photo gallery|slideshow|video|interactive graphic)s? (?:\(\d+ \w+\) )?(?:is |are )?not included\b/i },
  // What a page shows where a script did not run ("This slideshow requires JavaScript.", "Please enable JavaScript to view …").
  { reason: 'script-notice', maxLength: 160, cues: ['javascript'], re: /^(?:this (?:\w+ ){0,2}(?:requires|needs) javascript|(?:please )?(?:enable|turn on) javascript|javascript (?:is )?(?:required|disabled))\b.{0,100}$/i },
  // A WordPress shortcode its plugin never rendered: "[button link=… ] Send us your review[/button]".
  { reason: 'shortcode', maxLength: 300, re: /^\[([a-z][\w-]*)(?:\s[^\]]*)?\].{0,200}\[\/\1\]$/i },
  { reason: 'comments', maxLength: 120, re: /^(?:\d+\s+)?(?:comments?|leave a (?:comment|reply)|add (?:a )?comment|show comments|view comments|join the (?:conversation|discussion)|reader comments|post a comment)\b.{0,30}$/i },
  { reason: 'caption', maxLength: 400, cues: ['©', '(c)', 'photo', 'image', 'picture', 'illustration', 'video', 'getty', 'shutterstock', 'reuters/', 'epa-efe'], re: /©|\(c\) \d{4}|\b(?:photo|image|picture|photograph|illustration|video)(?: credit)?\s*:|\b(?:getty images|shutterstock|afp photo|ap photo|reuters\/|epa-efe|via getty)\b/i },
];

function hasCue(lower: string, cues: string[]): boolean {
  for (const c of cues) if (lower.includes(c)) return true;
  return false;
}

/** The boilerplate reason for a short block, or null when it looks like article text. */
export function boilerplateReason(text: string): string | null {
  if (text.length > LONGEST_RULE) return null;
  if (parseTimestampLine(text)) return 'timestamp';
  const lower = text.toLowerCase();
  // One scan for any cue at all spares most paragraphs the per-rule cue searches.
  const anyCue = ANY_CUE.test(lower);
  for (const rule of RULES) {
    if (text.length > rule.maxLength) continue;
    if (rule.cues && (!anyCue || !hasCue(lower, rule.cues))) continue;
    if (rule.re.test(text) && !rule.spare?.(text)) return rule.reason;
  }
  return null;
}

const LONGEST_RULE = Math.max(...RULES.map((r) => r.maxLength));
const ANY_CUE = new RegExp([...new Set(RULES.flatMap((r) => r.cues ?? []))].map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'));

const DISCLAIMER_RE = /\b(?:do(?:es)? not necessarily (?:represent|reflect)|(?:views|opinions) expressed (?:here|in this)|all opinions are those of|is (?:[\p{Lu}][\p{L}’'.&-]*[’']s )?(?:online |digital |weekly |daily )?(?:journal|publication|magazine|newsletter|blog) (?:covering|about|dedicated|on)\b)/iu;

const DISCLAIMER_CUE = /necessarily|expressed|opinions|journal|publication|magazine|newsletter|blog/i;

/** Editorial disclaimers and "X is Y's online journal …" about-lines that close a page. */
export function isDisclaimer(text: string): boolean {
  return text.length <= 700 && DISCLAIMER_CUE.test(text) && DISCLAIMER_RE.test(text);
}
