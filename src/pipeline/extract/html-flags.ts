// Why an element looks like page furniture, from its tag, ARIA role and class/id names.
// WordPress-style taxonomy classes ("tag-politics", "category-news") and state classes
// ("has-sidebar", "comments-open") describe the page, not the element, so they are ignored.

const TAG_REASONS: Record<string, string> = {
  nav: 'navigation',
  footer: 'footer',
  aside: 'related',
  figcaption: 'caption',
  menu: 'navigation',
  dialog: 'popup',
};

const ROLE_REASONS: Record<string, string> = {
  navigation: 'navigation',
  banner: 'header',
  contentinfo: 'footer',
  complementary: 'related',
  search: 'navigation',
  dialog: 'popup',
  alertdialog: 'popup',
  menu: 'navigation',
  menubar: 'navigation',
  toolbar: 'share',
  alert: 'popup',
  tooltip: 'popup',
};

const TOKEN_REASONS: Record<string, string> = {
  comment: 'comments', comments: 'comments', disqus: 'comments', respond: 'comments', replies: 'comments',
  related: 'related', relatedposts: 'related', recirc: 'related', recirculation: 'related', recommended: 'related',
  recommendations: 'related', trending: 'related', popular: 'related', mostread: 'related', morestories: 'related',
  outbrain: 'ad', taboola: 'ad', sidebar: 'related', rail: 'related', teaser: 'related', teasers: 'related',
  share: 'share', sharing: 'share', sharebar: 'share', social: 'share', socials: 'share', sociallinks: 'share', follow: 'share',
  newsletter: 'newsletter', subscribe: 'newsletter', subscription: 'newsletter', signup: 'newsletter', optin: 'newsletter',
  cookie: 'cookie-notice', cookies: 'cookie-notice', consent: 'cookie-notice', gdpr: 'cookie-notice',
  footer: 'footer', copyright: 'footer', colophon: 'footer',
  nav: 'navigation', navbar: 'navigation', navigation: 'navigation', menu: 'navigation', breadcrumb: 'navigation',
  breadcrumbs: 'navigation', pagination: 'navigation', pager: 'navigation', skip: 'navigation', masthead: 'header',
  promo: 'ad', promotion: 'ad', advert: 'ad', advertisement: 'ad', ad: 'ad', ads: 'ad', adslot: 'ad', adunit: 'ad',
  dfp: 'ad', sponsor: 'ad', sponsored: 'ad', banner: 'ad', cta: 'ad', piano: 'ad',
  byline: 'byline', author: 'author-bio', authors: 'author-bio', bio: 'author-bio', contributor: 'author-bio',
  caption: 'caption', captions: 'caption', credit: 'caption', credits: 'caption', figcaption: 'caption',
  tags: 'tags', tag: 'tags', tagged: 'tags', keywords: 'tags', topics: 'tags',
  pullquote: 'pull-quote', pullout: 'pull-quote', donate: 'ad', donation: 'ad', donations: 'ad',
  popup: 'popup', modal: 'popup', overlay: 'popup', lightbox: 'popup',
  // cards shown on hover or click, printed in the markup beside the word that opens them
  tooltip: 'popup', popover: 'popup', rollover: 'popup', hovercard: 'popup', flyout: 'popup',
  // a slideshow's or player's buttons ("Caption", "Close", "1 of 23")
  control: 'controls', controls: 'controls', controlbar: 'controls',
  toolbar: 'share', widget: 'related', widgets: 'related',
  visuallyhidden: 'hidden', screenreader: 'hidden',
  meta: 'metadata', dateline: 'metadata', timestamp: 'metadata', published: 'metadata',
};

const PAIR_REASONS: Record<string, string> = {
  'more stories': 'related', 'more news': 'related', 'read more': 'related', 'read next': 'related', 'most read': 'related',
  'most popular': 'related', 'also read': 'related', 'you may': 'related', 'sr only': 'hidden', 'visually hidden': 'hidden',
  'screen reader': 'hidden', 'pull quote': 'pull-quote', 'post meta': 'metadata', 'article meta': 'metadata', 'entry meta': 'metadata',
};

const OPENER_WORDS = new Set(['trigger', 'toggle', 'link', 'anchor', 'button', 'btn', 'icon', 'target']);

const IGNORED_CLASS = /^(?:tag|category|categories|format|type|status|post|postid|page|template|section|topic|has|with|no|is|single|parent|page-id)[-_]|[-_](?:open|enabled|closed|disabled|active|loaded|template|page|wrapper-outer)$/i;

function classNameReason(name: string): string | null {
  if (name.length > 60 || IGNORED_CLASS.test(name)) return null;
  const words = name
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  if (words.length === 0) return null;
  // "article-body--share" yes; "comments-count" in a header still a comments widget.
  for (let i = 0; i + 1 < words.length; i++) {
    const pair = PAIR_REASONS[`${words[i]} ${words[i + 1]}`];
    if (pair) return pair;
  }
  for (const w of words) {
    const r = TOKEN_REASONS[w];
    // "tooltip-trigger", "rollover-link": the word that opens a card, not the card
    if (r === 'popup' && words.some((x) => OPENER_WORDS.has(x))) continue;
    if (r) return r;
  }
  return /^(?:is-)?hidden$/i.test(name) ? 'hidden' : null;
}

export function elementReason(el: Element, tag: string): string | null {
  const byTag = TAG_REASONS[tag];
  if (byTag) return byTag;
  const role = el.getAttribute('role');
  if (role && ROLE_REASONS[role]) return ROLE_REASONS[role];
  if (tag === 'html' || tag === 'body' || tag === 'main' || tag === 'article') return null;
  // An element that names itself the article body is never furniture, whatever else it is called.
  if (positiveHint(el)) return null;
  const id = el.getAttribute('id');
  const cls = el.getAttribute('class');
  if (id) {
    const r = classNameReason(id);
    if (r) return r;
  }
  if (cls && cls.length < 400) {
    for (const name of cls.split(/\s+/)) {
      if (!name) continue;
      const r = classNameReason(name);
      if (r) return r;
    }
  }
  return null;
}

/** Class/id names that announce the article body. */
const POSITIVE = /(?:^|[-_ ])(?:article[-_]?body|story[-_]?body|articlebody|article[-_]?content|entry[-_]?content|post[-_]?content|post[-_]?body|story[-_]?content|article[-_]?text|body[-_]?text|main[-_]?content|rich[-_]?text|content[-_]?body|article__body|paywall)(?:$|[-_ ])/i;

export function positiveHint(el: Element): boolean {
  if (el.getAttribute('itemprop') === 'articleBody') return true;
  const s = `${el.getAttribute('id') ?? ''} ${el.getAttribute('class') ?? ''}`;
  return s.length < 400 && POSITIVE.test(s);
}
