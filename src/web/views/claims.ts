// Claims: figures about the same quantity side by side — value, qualifier, source, document,
// evidence — with how their values relate (same, update, differing estimates, contradictory) and why they were grouped.
import type { ViewContext } from '../main.js';
import type { ClaimGroup, EventItem, FigureItem } from '../../server/api-types.js';
import type { ClaimRelation } from '../../corpus/claims/relation.js';
import { api } from '../lib/api.js';
import { append, h } from '../lib/dom.js';
import { docHref, formatFigure, formatNumber, formatPublished, plural } from '../lib/format.js';
import { computingNote, disagreementList, empty, eventCard, figureValue, noArticles, pageHeader, pager, section } from '../lib/ui.js';
import { downloadLine } from '../lib/downloads.js';
import { disputedEventsLink } from '../lib/disputed-events-csv.js';
import { allPages } from '../lib/all-pages.js';
import { act, afterChange, curationApi, curationBox, decisionRow, writeToken, type Curation } from '../lib/curation.js';
import { claimsOfEventNote, claimTitle, eventOfClaimNote } from '../lib/claim-links.js';
import { speakerElement } from '../lib/highlight-notes.js';
import { claimStrip } from '../lib/claim-strip.js';

const PAGE = 20;
/** Each relation's label and badge: estimates and contradictions are disputes, an update is not. */
const RELATIONS: Record<ClaimRelation, { label: string; badge: string }> = {
  same: { label: '✓ Same value', badge: 'badge-agreed' },
  update: { label: '↻ Update', badge: 'badge-update' },
  estimates: { label: '⚠ Disputed: differing estimates', badge: 'badge-disputed' },
  contradictory: { label: '⚠ Disputed: contradictory', badge: 'badge-disputed' },
};
const FILTERS = [
  ['disputed', 'Disputed'],
  ['compared', 'Stated more than once'],
  ['all', 'All figures'],
] as const;

export async function claimsView({ root, query }: ViewContext): Promise<void> {
  // a list the page does not have (a mistyped or old link) opens the default one, and says so:
  // it listed claims under no selected tab, as if filtered by something unnamed
  const asked = query.get('filter');
  const known = FILTERS.find(([key]) => key === asked)?.[0];
  const filter = known ?? (await openingFilter());
  let claim = query.get('claim');
  const narrowing = claimNarrowing(query);
  const narrowed = Object.values(narrowing).some((v) => v && v !== 'default');
  const offset = Math.max(0, Number(query.get('offset')) || 0);
  document.title = 'Claims · Chronicle';
  let groups: ClaimGroup[] = [];
  let total = 0;
  let computing = false;
  let unknown: HTMLElement | null = null;
  if (claim) {
    // The one claim by its key (not a page of 500 claims searched here).
    const page = await api.claims({ key: claim, limit: 1 });
    groups = page.items;
    computing = !!page.computing;
    if (!groups.length) {
      // A claim key that groups nothing (a single figure): its figures stand alone.
      const figures = await api.figures({ claim, limit: 500 });
      if (figures.items.length) groups = [{ key: claim, what: figures.items[0].what, relation: 'same', disputed: false, reason: '', values: [], figures: figures.items }];
    }
    total = groups.length;
    // A claim no longer stored (an old link: claims are regrouped as articles come and go) opens the
    // page's list and says so; it showed "This claim" over "No disputed figures …", as if it had been checked.
    if (!groups.length && !computing) {
      unknown = unknownClaimNotice(claim, filter);
      claim = null;
    }
  } else if (asked !== null && !known) unknown = unknownFilterNotice(asked, filter);
  if (!claim && filter === 'all') {
    // Every figure, one by one: most figures are stated by one article only and so belong to no
    // claim group; listing groups here showed an empty page over a corpus full of figures.
    const page = await api.figures({ limit: PAGE, offset });
    append(root, [
      pageHeader('Claims', 'Every figure found in the articles, with its source and sentence. Figures about the same quantity from several articles are set side by side under “Stated more than once”.'),
      unknown,
      filterNav(filter, null),
      page.items.length ? downloadLine(['figures']) : null,
      page.items.length
        ? section(`Every figure (${formatNumber(page.total)})`, h('div', { class: 'claim-figures all-figures' }, page.items.map(figureCard)))
        : empty('No figures were found in the articles.'),
      pager(page.total, PAGE, offset, (o) => `#/claims?filter=all&offset=${o}`),
    ]);
    return;
  } else if (!claim) {
    const page = await api.claims({ disputed: filter === 'disputed' ? true : undefined, multi: true, ...narrowing, limit: PAGE, offset });
    groups = page.items;
    total = page.total;
    computing = !!page.computing;
  }
  // Events whose reports give different counts, dates or places are disputed claims too.
  const [disputedPage, overview, decisions] = await Promise.all([
    // every report (up to the API's 100), so that each disputed value names the articles giving it
    // narrowed, the page lists the claims that match only: the events above are not narrowed with them
    claim || offset || narrowed ? null : api.events({ disputed: true, limit: 20, reports: 100 }),
    api.overview(),
    curationApi.list(),
  ]);
  const here = location.hash;
  const status = h('p', { class: 'curation-status', role: 'status' });
  const dismissed = decisions.curations.filter((c) => c.kind === 'claim' && c.relation === 'dismiss');
  const editing = overview.curatable && !!writeToken();
  const disputedEvents = disputedPage?.items ?? [];
  append(root, [
    pageHeader('Claims', 'Figures about the same quantity, side by side. A claim is disputed when its sources give differing estimates or contradict each other; a running toll that rises in later reports is an update.'),
    computing ? computingNote() : null,
    unknown,
    filterNav(filter, claim),
    claim ? null : narrowForm(filter, narrowing),
    // The claims file only where the page lists claims: without one it holds a header alone.
    overview.documents ? downloadLine(groups.length ? ['claims', 'figures', 'events'] : ['figures', 'events']) : null,
    disputedEvents.length && filter !== 'all'
      ? section(`Events the articles report differently (${disputedPage!.total})`,
          h('p', { class: 'section-downloads small' }, 'Download: ', disputedEventsLink(`${disputedPage!.total === 1 ? 'This event' : `These ${disputedPage!.total} events`} (CSV)`,
            // every report of every disputed event, not only the cards' first three, and every page of them
            () => allPages((offset) => api.events({ disputed: true, limit: 1000, offset, reports: 100 })))),
          h('div', { class: 'cards disputed-events' }, disputedEvents.map((e) => disputedCard(e, groups))),
          disputedPage!.total > disputedEvents.length ? h('p', { class: 'muted' }, `The ${disputedEvents.length} listed first of ${disputedPage!.total}; the timeline and each event page show the rest.`) : null)
      : null,
    groups.length === 0 && !overview.documents
      ? noArticles()
      : groups.length === 0 && narrowed && (narrowing.what || narrowing.said || narrowing.article)
      ? h('div', { class: 'empty-state no-claims-match' },
          empty(`No ${filter === 'disputed' ? 'disputed claims' : 'claims'} match ${narrowingWords(narrowing)}.`),
          h('p', {}, h('a', { href: `#/claims?filter=${filter}` }, 'Clear the filters'), filter === 'disputed' ? [' · ', h('a', { href: narrowHref('compared', { ...narrowing }) }, 'Look among every claim stated more than once')] : null))
      : groups.length === 0
      ? h('div', { class: 'empty-state' },
          empty(filter === 'disputed'
            ? 'No disputed figures: where two articles state a figure about the same thing, they agree.'
            // a group holds one quantity: a figure two articles state about different things is no group
            : 'No two articles state a figure about the same thing, so there is nothing to set side by side yet (and no claims file to download).'),
          filter !== 'all' ? h('p', {}, h('a', { href: '#/claims?filter=all' }, 'See every figure, one by one →')) : null)
      : h('div', { class: 'claims' }, groups.map((g) => claimCard(g, editing ? dismissButton(g, status, here) : null, disputedEvents.find((e) => e.key === g.event)))),
    overview.curatable ? dismissals(dismissed, status, here) : null,
    claim ? null : pager(total, PAGE, offset, (o) => narrowHref(filter, narrowing, o)),
  ]);
}

/** An event card with, under it, which article gives which value where they disagree, and a link
 *  to the claim below that sets its counts side by side (the same disagreement, with sentences). */
function disputedCard(e: EventItem, claims: ClaimGroup[]): HTMLElement {
  const card = eventCard(e);
  const list = disagreementList(e);
  if (list) card.append(list);
  const note = claimsOfEventNote(e, claims);
  if (note) card.append(note);
  return card;
}

/** The list the page opens on: the disputed claims when there are any (sources disagreeing is what
 *  the page is for; it opened on "Stated more than once" with a dispute a click away), else those
 *  stated more than once. */
async function openingFilter(): Promise<(typeof FILTERS)[number][0]> {
  const overview = await api.overview();
  return overview.disputedClaims + overview.disputedEvents > 0 ? 'disputed' : 'compared';
}

/** Names the list asked for that the page does not have, and the one shown instead. */
function unknownFilterNotice(asked: string, shown: (typeof FILTERS)[number][0]): HTMLElement {
  const label = FILTERS.find(([key]) => key === shown)?.[1] ?? shown;
  return h('p', { class: 'notice unknown-filter', role: 'status' }, `The claims have no list called “${asked}”: showing “${label}”.`);
}

/** Names a claim the link asks for that this knowledge base does not hold, and the list shown instead. */
function unknownClaimNotice(key: string, shown: (typeof FILTERS)[number][0]): HTMLElement {
  const label = FILTERS.find(([k]) => k === shown)?.[1] ?? shown;
  return h('p', { class: 'notice unknown-filter unknown-claim', role: 'status' }, `No claim with the key “${key}” is in this knowledge base (claims are regrouped as articles are added or merged): showing “${label}”.`);
}

/** What the list is narrowed by and how it is ordered, from the page's address. */
interface Narrowing { what?: string; said?: string; article?: string; sort?: string }

const SORTS = [
  ['default', 'As grouped'],
  ['spread', 'Widest disagreement first'],
  ['figures', 'Most figures first'],
  ['what', 'Counted thing, A–Z'],
] as const;

function claimNarrowing(query: URLSearchParams): Narrowing {
  const word = (k: string) => query.get(k)?.trim() || undefined;
  const sort = SORTS.find(([key]) => key === query.get('sort'))?.[0];
  return { what: word('what'), said: word('said'), article: word('article'), sort: sort === 'default' ? undefined : sort };
}

function narrowHref(filter: string, n: Narrowing, offset = 0): string {
  const qs = new URLSearchParams({ filter });
  for (const [k, v] of Object.entries(n)) if (v) qs.set(k, v);
  if (offset) qs.set('offset', String(offset));
  return `#/claims?${qs}`;
}

/** “counted thing “killed”, said by “police”” for the empty result. */
function narrowingWords(n: Narrowing): string {
  return [n.what ? `counted thing “${n.what}”` : null, n.said ? `said by “${n.said}”` : null, n.article ? `article “${n.article}”` : null].filter(Boolean).join(', ');
}

/**
 * Narrowing the claims by counted thing, by who says it and by article, and their order: a form
 * (Enter in any field applies it; the order applies as it is chosen), so all of it works from the keyboard.
 */
function narrowForm(filter: string, n: Narrowing): HTMLElement | null {
  if (filter === 'all') return null;
  const field = (name: keyof Narrowing, label: string, hint: string) => h('label', { class: 'narrow-field' }, label, h('input', { name, type: 'search', value: n[name] ?? '', placeholder: hint }));
  const form = h('form', { class: 'filter-bar claims-narrow', role: 'search', 'aria-label': 'Narrow the claims', onsubmit: (ev: SubmitEvent) => {
    ev.preventDefault();
    const data = new FormData(form);
    const got = (k: string) => (data.get(k) as string | null)?.trim() || undefined;
    location.hash = narrowHref(filter, { what: got('what'), said: got('said'), article: got('article'), sort: got('sort') === 'default' ? undefined : got('sort') });
  } },
    field('what', 'Counted thing', 'e.g. killed'),
    field('said', 'Said by', 'a person or body'),
    field('article', 'Article', 'words of its title'),
    h('label', { class: 'narrow-field' }, 'Order', h('select', { name: 'sort', onchange: () => form.requestSubmit() }, SORTS.map(([key, label]) => h('option', { value: key, selected: (n.sort ?? 'default') === key ? true : null }, label)))),
    h('button', { type: 'submit', class: 'button' }, 'Filter'),
    n.what || n.said || n.article || n.sort ? h('a', { href: `#/claims?filter=${filter}` }, 'Clear') : null,
  ) as HTMLFormElement;
  return form;
}

function filterNav(filter: string, claim: string | null): HTMLElement {
  return h('nav', { class: 'segmented', 'aria-label': 'Which claims' },
    FILTERS.map(([key, label]) => h('a', { href: `#/claims?filter=${key}`, 'aria-current': !claim && filter === key ? 'true' : null }, label)),
    claim ? h('a', { href: `#/claims?claim=${encodeURIComponent(claim)}`, 'aria-current': 'true' }, 'This claim') : null,
  );
}

/** "Not the same quantity": the group's figures are no longer set side by side. */
function dismissButton(g: ClaimGroup, status: HTMLElement, here: string): HTMLElement {
  return h('button', { type: 'button', class: 'button small-button', 'data-dismiss': g.key, onclick: act(status, async () => {
    await curationApi.add({ kind: 'claim', relation: 'dismiss', a: g.key, b: g.what });
    await afterChange(here);
  }) }, 'Not the same quantity');
}

/** The token form, and the groups people dismissed with an Undo each. */
function dismissals(dismissed: Curation[], status: HTMLElement, here: string): HTMLElement {
  const rerender = () => window.dispatchEvent(new HashChangeEvent('hashchange'));
  return curationBox('Correct the claims', () => [
    h('p', {}, 'Each group with figures that do not count the same thing has a “Not the same quantity” button; its figures are then no longer compared.'),
    dismissed.length
      ? h('div', {}, h('h3', {}, 'Groups people said are not one quantity'), h('ul', { class: 'plain-list' }, dismissed.map((c) =>
          decisionRow(c, c.b ? `“${c.b}”` : c.a, status, here))))
      : null,
    status,
  ], rerender);
}

/** `event`: the event whose counts the claim compares, where this page lists it above. */
function claimCard(g: ClaimGroup, action: HTMLElement | null, event?: EventItem): HTMLElement {
  const title = claimTitle(g);
  return h('section', { class: `claim ${g.disputed ? 'claim-disputed' : ''}`, 'aria-label': `Claim: ${title}`, 'data-claim': g.key },
    h('header', { class: 'claim-head' },
      h('h2', {}, title),
      g.figures.length > 1 ? h('span', { class: `badge ${RELATIONS[g.relation].badge}`, 'data-relation': g.relation }, RELATIONS[g.relation].label) : null,
      h('span', { class: 'muted' }, plural(g.figures.length, 'figure'), ' from ', plural(new Set(g.figures.map((f) => f.docId)).size, 'article')),
      g.figures.length > 1 ? action : null,
    ),
    g.event ? eventOfClaimNote(g, event) : g.reason ? h('p', { class: 'claim-reason muted' }, 'Grouped: ', g.reason) : null,
    // the values on one scale, where they differ: which bounds meet is seen, not worked out
    claimStrip(g.figures, g.disputed),
    h('div', { class: 'claim-figures' }, g.figures.map(figureCard)),
  );
}

function figureCard(f: FigureItem): HTMLElement {
  const s = f.evidenceSpan;
  const evidence = s.start >= 0 && s.end <= f.evidence.length
    ? [f.evidence.slice(0, s.start), h('mark', { class: 'ann ann-figure' }, f.evidence.slice(s.start, s.end)), f.evidence.slice(s.end)]
    : f.evidence;
  return h('article', { class: 'figure-card' },
    figureValue(formatFigure(f.value, f.qualifier, f.unit, f.what, f.vagueWords, f.qualifierWords), { 'data-value': f.value }),
    h('div', { class: 'figure-what' }, f.what),
    h('dl', { class: 'figure-meta' },
      // a source the article names is linked to its page; a description ("indictment") is quoted and marked, not set as a name
      h('dt', {}, 'Source'), h('dd', {}, speakerElement({ speaker: f.source, speakerText: f.sourceText, speakerEntityId: f.sourceEntity }, 'figure-source') ?? h('span', { class: 'muted' }, 'not attributed')),
      h('dt', {}, 'Article'), h('dd', {}, h('a', { href: docHref(f.docId, f) }, f.docTitle), h('span', { class: 'muted' }, ` · ${formatPublished(f.published)}`)),
    ),
    h('blockquote', { class: 'evidence' }, evidence),
  );
}
