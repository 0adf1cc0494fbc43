// Entity page: aliases, mentions in context with links into the reader, co-mentioned entities,
// events it takes part in, and quotes (for people).
import type { ViewContext } from '../main.js';
import { api, ApiError } from '../lib/api.js';
import { sourceLabel } from '../../outlet.js';
import { h, type Child } from '../lib/dom.js';
import type { CurationList, EntityDocument, EntityView, PlaceBrief, QuoteItem } from '../../server/api-types.js';
import type { UserAlias } from '../../store/interface.js';
import { copiesNote, docHref, entityChip, ENTITY_TYPES, formatCoordinates, formatNumber, formatPublished, kindAfterName, plural, TYPE_LABELS, typeBadge } from '../lib/format.js';
import { act, afterChange, curationApi, curationBox, decisionRow } from '../lib/curation.js';
import { kwicLines } from '../lib/kwic-lines.js';
import { otherWritings } from '../lib/other-writings.js';
import { QuoteGrouper, quoteHeading, type QuoteGroup } from '../lib/quote-groups.js';
import { empty, eventCard, pageHeaderWithBadge, pager, section, sortableHead, sourcePath, type SortColumn } from '../lib/ui.js';
import { quoteWords } from '../../quote-text.js';

const PAGE = 20;
const DOC_PAGE = 20;
const SORTS: SortColumn[] = [{ key: 'title', label: 'Article', ascending: true }, { key: 'date', label: 'Published', num: true }, { key: 'mentions', label: 'Mentions', num: true }];

/** A decision with its entities and article named (the ids are for the API, not for readers). */
type Decision = CurationList['curations'][number];

function decisionLabel(c: Decision, e: EntityView): string {
  if (c.relation === 'type') return `Type corrected to ${TYPE_LABELS[c.b] ?? c.b}`;
  if (c.relation === 'merge') return c.b === e.key ? `Merged ${c.aName ?? c.a} into this entity` : `Merged into ${c.bName ?? c.b}`;
  if (c.entityKey === e.key) return `Split off, in this article, from the ${e.name} of the other articles`;
  return `Split off the mentions in “${c.docTitle ?? c.b}” as someone else`;
}

/** Merge into another entity, split a namesake off in one article, correct its type, add an alias,
 *  undo: for a person with the write token. `docs`: the articles listed beside it (one page). */
function entityCuration(e: EntityView, mine: Decision[], aliases: UserAlias[], docs: EntityDocument[], docsTotal: number): HTMLElement {
  const status = h('p', { class: 'curation-status', role: 'status' });
  const here = `#/entity/${encodeURIComponent(e.key)}`;
  const candidates = h('ul', { class: 'plain-list merge-candidates' });
  const find = h('input', { id: 'merge-entity', type: 'search', placeholder: 'Name of the other entity', required: true });
  const alias = h('input', { id: 'alias-text', type: 'text', placeholder: 'e.g. a short form', required: true });
  // one choice a line, each article's whole title wrapping under its button (a select cut long titles short)
  const splitChoices = docs.map((d, i) => h('li', {}, h('label', {}, h('input', { type: 'radio', name: 'split-doc', value: d.id, checked: i === 0 }), h('span', {}, d.title))));
  const type = h('select', { id: 'entity-type' }, ENTITY_TYPES.map((t) => h('option', { value: t, selected: t === e.type }, TYPE_LABELS[t])));
  return curationBox('Correct this entity', () => [
    h('form', { class: 'inline-form', onsubmit: (ev: SubmitEvent) => {
      ev.preventDefault();
      void act(status, async () => {
        const found = (await api.entities({ q: find.value.trim(), limit: 8 })).items.filter((x) => x.key !== e.key);
        status.textContent = found.length ? '' : 'No other entity has that name.';
        candidates.replaceChildren(...found.map((x) => h('li', {}, h('button', { type: 'button', class: 'button small-button', onclick: act(status, async () => {
          await curationApi.add({ kind: 'entity', relation: 'merge', a: e.key, b: x.key });
          await afterChange(`#/entity/${encodeURIComponent(x.key)}`);
        }) }, `Merge into ${x.name}`), ` ${TYPE_LABELS[x.type] ?? x.type} · ${plural(x.documents, 'article')}`)));
      })();
    } }, h('label', { for: 'merge-entity' }, 'The same as'), find, h('button', { type: 'submit', class: 'button' }, 'Find')),
    candidates,
    docs.length ? h('form', { class: 'inline-form split-form', onsubmit: (ev: SubmitEvent) => {
      ev.preventDefault();
      const chosen = (ev.currentTarget as HTMLFormElement).querySelector<HTMLInputElement>('input[name="split-doc"]:checked');
      const doc = docs.find((d) => d.id === chosen?.value);
      if (!doc) return;
      void act(status, async () => {
        let split: { entityKey?: string };
        try {
          split = await curationApi.add({ kind: 'entity', relation: 'split', a: e.key, b: doc.id });
        } catch (err) {
          // the page is older than the data: another person or tab split or merged it meanwhile
          // (409: still named elsewhere; 404: every mention of it has gone)
          if (err instanceof ApiError && (err.status === 409 || err.status === 404)) throw new Error(`${e.name} is no longer mentioned in “${doc.title}”: nothing was split. Reload the page to see where it is mentioned now.`);
          throw err;
        }
        // an entity named in that article only is gone: its mentions are the new entity's (all its
        // articles, not the list's, which a ?with= filter may narrow)
        await afterChange(e.documents > 1 || !split.entityKey ? here : `#/entity/${encodeURIComponent(split.entityKey)}`);
      })();
    } }, h('fieldset', {}, h('legend', {}, 'Someone else of that name in'), h('ul', { class: 'plain-list split-docs' }, splitChoices)), h('button', { type: 'submit', class: 'button' }, 'Split off'),
      h('span', { class: 'muted small' }, docsTotal > docs.length ? 'Articles on this page of the list; its mentions there become a separate entity.' : 'Its mentions there become a separate entity.'))
      : null,
    h('form', { class: 'inline-form', onsubmit: (ev: SubmitEvent) => {
      ev.preventDefault();
      void act(status, async () => {
        if (type.value === e.type) return void (status.textContent = `It is already a ${TYPE_LABELS[e.type].toLowerCase()}.`);
        await curationApi.add({ kind: 'entity', relation: 'type', a: e.key, b: type.value });
        await afterChange(here, { corpus: false });
      })();
    } }, h('label', { for: 'entity-type' }, 'It is a'), type, h('button', { type: 'submit', class: 'button' }, 'Correct type')),
    h('form', { class: 'inline-form', onsubmit: (ev: SubmitEvent) => {
      ev.preventDefault();
      void act(status, async () => {
        const r = await curationApi.alias({ type: e.type, alias: alias.value.trim(), canonical: e.name });
        status.textContent = `Alias added; ${plural(r.mentionsChanged, 'mention')} re-resolved.`;
        await afterChange(here, { corpus: false });
      })();
    } }, h('label', { for: 'alias-text' }, `Also called`), alias, h('button', { type: 'submit', class: 'button' }, 'Add alias')),
    aliases.length
      ? h('div', {}, h('h3', {}, 'Aliases added by people'), h('ul', { class: 'plain-list user-aliases' }, aliases.map((a) => h('li', { class: 'decision' },
          h('span', {}, `“${a.alias}” names ${a.canonical}`), ' ',
          h('button', { type: 'button', class: 'button small-button', 'aria-label': `Undo the alias ${a.alias}`, onclick: act(status, async () => {
            await curationApi.undoAlias(a);
            await afterChange(here, { corpus: false });
          }) }, 'Undo')))))
      : null,
    mine.length
      ? h('div', {}, h('h3', {}, 'Decisions about this entity'), h('ul', { class: 'plain-list' }, mine.map((c) =>
          // undoing a split seen from the split-off entity gives its mentions back to the first one
          decisionRow(c, decisionLabel(c, e), status, c.entityKey === e.key ? `#/entity/${encodeURIComponent(c.a)}` : here))))
      : null,
    status,
  ]);
}

export async function entityView({ root, params, query }: ViewContext): Promise<void> {
  const offset = Math.max(0, Number(query.get('offset')) || 0);
  const sort = SORTS.some((c) => c.key === query.get('sort')) ? query.get('sort')! : 'date';
  const withKey = query.get('with') ?? undefined;
  const docOffset = Math.max(0, Number(query.get('docs')) || 0);
  const [e, docs, overview, decisions] = await Promise.all([
    api.entity(params.key, PAGE, offset),
    // the default order ('date', newest first) is left out of requests and links, as the library's is
    api.entityDocuments(params.key, { sort: sort === 'date' ? undefined : sort, with: withKey, limit: DOC_PAGE, offset: docOffset }),
    api.overview(),
    curationApi.list(),
  ]);
  const other = withKey ? (e.coMentioned.find((c) => c.key === withKey) ?? { key: withKey, name: withKey.replace(/^\w+:/, '') }) : undefined;
  document.title = `${e.name} · Chronicle`;
  const base = `#/entity/${encodeURIComponent(e.key)}`;
  const docsHref = (change: { sort?: string; with?: string | null; docs?: number }) => {
    const qs = new URLSearchParams();
    const w = change.with === undefined ? withKey : change.with;
    const order = change.sort ?? sort;
    if (order !== 'date') qs.set('sort', order);
    if (w) qs.set('with', w);
    if (change.docs) qs.set('docs', String(change.docs));
    return qs.size ? `${base}?${qs}` : base;
  };
  const mine = decisions.curations.filter((c) => c.kind === 'entity' && (c.a === e.key || c.b === e.key || c.entityKey === e.key));
  const articles = section(other ? `Articles naming both ${e.name} and ${other.name} (${formatNumber(docs.total)}${copiesNote(docs.copies, 'including ')})` : `Articles (${formatNumber(docs.total)}${copiesNote(e.copies, 'including ')})`,
    other ? h('p', {}, h('a', { href: docsHref({ with: null, docs: 0 }) }, `← All articles naming ${e.name}`)) : null,
    h('p', {}, h('a', { href: `#/search?entity=${encodeURIComponent(e.key)}` }, `Search within the articles naming ${e.name} →`), ' · ', h('a', { href: `#/graph?focus=${encodeURIComponent(e.key)}` }, 'Explore its links in the graph →')),
    docs.items.length
      ? h('table', { class: 'table entity-docs' },
          sortableHead(SORTS, sort, (key) => docsHref({ sort: key, docs: 0 })),
          h('tbody', {}, docs.items.map((d) => h('tr', {},
            h('td', {}, h('a', { href: docHref(d.id, null, e.name) }, d.title), d.source ? sourcePath(sourceLabel(d.source), d.source) : null),
            h('td', { class: 'num' }, formatPublished(d.published)),
            // On a phone the rows are stacked (styles.css) and the count says what it counts.
            h('td', { class: 'num' }, formatNumber(d.mentions), h('span', { class: 'stacked-only' }, d.mentions === 1 ? ' mention' : ' mentions'))))))
      : empty('No articles.'),
    pager(docs.total, DOC_PAGE, docOffset, (o) => docsHref({ docs: o })),
  );
  const writings = otherWritings(e.name, e.aliases);
  root.append(
    pageHeaderWithBadge(e.name, typeBadge(e.type),
      // an article several sites carry counts once; its copies are listed below, and said so in both places
      `${plural(e.mentions, 'mention')} in ${plural(e.documents, 'article')}${e.copies ? ` (${copiesNote(e.copies, 'plus ')})` : ''}`,
      writings.length
        ? h('p', { class: 'aliases' }, h('span', { class: 'muted' }, 'Also written as: '), writings.map((a, i) => [i ? ', ' : '', h('span', { class: 'alias' }, a)]))
        : null,
      mine.some((c) => c.relation === 'type')
        ? h('p', { class: 'type-reason' }, 'Type set by a person, over what extraction found.')
        : null,
      mine.some((c) => c.relation === 'merge' && c.b === e.key)
        ? h('p', { class: 'merge-reason' }, 'Merged by a person from: ', mine.filter((c) => c.relation === 'merge' && c.b === e.key).map((c) => c.aName ?? c.a).join(', '))
        : null,
      e.place ? h('p', { class: 'muted entity-place' }, placeLine(e.place)) : null,
      // the map links each of these records to this page: without them, a reader coming from "Moscow
      // region" on the map found only the city here
      e.alsoPlaces?.length
        ? h('p', { class: 'muted entity-also-places' }, 'Its mentions also name: ', e.alsoPlaces.map((p, i) => [i ? '; ' : '', placeLine(p, true)]))
        : null,
      // one gazetteer place that the articles name two ways is two entities: each page points to the other
      e.samePlace?.length
        ? h('p', { class: 'muted entity-same-place' }, 'The same place is also named: ', e.samePlace.map((o, i) => [i ? ', ' : '', h('a', { href: `#/entity/${encodeURIComponent(o.key)}` }, o.name), ` (${plural(o.documents, 'article')})`]))
        : null,
    ),
    h('div', { class: 'two-col' },
      h('div', {},
        articles,
        section(`Mentions in context (${formatNumber(e.mentionsInContext.total)})`,
          // the header's count takes in a copy's mentions; the lines it repeats word for word are listed once
          e.mentions > e.mentionsInContext.total
            ? h('p', { class: 'muted small kwic-note' }, `${plural(e.mentions, 'mention')} in all: ${formatNumber(e.mentions - e.mentionsInContext.total)} ${e.mentions - e.mentionsInContext.total === 1 ? 'is a line' : 'are lines'} a copy from another site repeats word for word, listed once below with “also in”.`)
            : null,
          h('ul', { class: 'kwic' }, kwicLines(e.mentionsInContext.items).map((line) => {
            const m = line.mentions[0];
            const marks = line.mentions.map((x, i) => [i ? line.gaps[i - 1] : '', h('a', { class: `ann ann-${e.type}`, href: docHref(x.docId, x) }, x.text)]);
            const whole = line.before + line.mentions.map((x, i) => (i ? line.gaps[i - 1] : '') + x.text).join('') + line.after;
            return h('li', {},
              h('p', { class: 'kwic-line' }, line.before, marks, line.after),
              // a mention in the headline has the headline as its context: not the title twice over
              h('a', { class: 'kwic-source', href: docHref(m.docId) }, whole === m.docTitle ? 'the article’s headline' : m.docTitle),
              m.copies ? h('span', { class: 'muted' }, ` · ${alsoInCopies(m.copies)}`) : null,
            );
          })),
          pager(e.mentionsInContext.total, PAGE, offset, (o) => `${base}?offset=${o}`),
        ),
        section(e.eventCount > e.events.length ? `Events (newest ${e.events.length} of ${e.eventCount})` : `Events (${e.eventCount})`,
          // the timeline's entity filter shows them in time, all of them (the page lists the newest 50)
          e.events.some((x) => x.timelineFact) ? h('p', {}, h('a', { class: 'entity-timeline-link', href: `#/timeline?entity=${encodeURIComponent(e.key)}` }, 'See its events on the timeline →')) : null,
          e.events.length ? h('div', { class: 'cards' }, e.events.map(eventCard)) : empty('No events involve this entity yet.')),
        e.type === 'PER' || e.quotes.length ? quoteSection(e) : null,
      ),
      h('aside', { class: 'side' },
        section('Mentioned together with',
          e.coMentioned.length
            ? h('ul', { class: 'plain-list co-mentioned' }, e.coMentioned.map((c) => h('li', {}, entityChip(c), ' ',
                h('a', { class: 'small', href: docsHref({ with: c.key, docs: 0 }), title: 'Articles naming both', 'aria-label': `${plural(c.shared, 'article')} naming both ${e.name} and ${c.name}` }, plural(c.shared, 'article'), h('span', { class: 'visually-hidden' }, ' naming both')))))
            : empty('Not mentioned alongside other entities.'),
        ),
        overview.curatable ? entityCuration(e, mine, decisions.aliases.filter((a) => a.type === e.type && (a.canonical === e.name || e.aliases.some((x) => x.text === a.alias))), docs.items, docs.total) : null,
      ),
    ),
  );
}

type ShownQuote = QuoteItem & { copies?: number };

/** A quote with who said it and every article that gives it (the same words, a comma more or a
 *  cut), each linked to its sentence. */
function quoteBlock(g: QuoteGroup<ShownQuote>, name: string): ShownBlock {
  const q = g.quote;
  const footer = h('footer', {});
  const fill = () => {
    const docs = [...new Map(g.sources.map((s) => [s.docId, s])).values()];
    const copies = g.sources.reduce((n, s) => n + (s.copies ?? 0), 0);
    footer.replaceChildren('— ', q.speaker ?? name, ', in ', ...docs.flatMap((s, i) => [i ? (i === docs.length - 1 ? ' and ' : ', ') : '', h('a', { href: docHref(s.docId, s) }, s.docTitle)]), copies ? ` · ${alsoInCopies(copies)}` : '');
  };
  fill();
  const text = h('p', {}, quoteText(q));
  const block = h('blockquote', { class: 'quote', ...(g.sources.length > 1 ? { 'data-sources': String(g.sources.length) } : {}) }, text, footer);
  // a later page's copy joins this block: its sources and, when fuller, its words
  const refresh = () => {
    text.textContent = quoteText(g.quote);
    block.setAttribute('data-sources', String(g.sources.length));
    fill();
  };
  return { block, refresh };
}

/** A quote's block, and how to show a source that joined its group after it was drawn. */
interface ShownBlock {
  block: HTMLElement;
  refresh(): void;
}

function quoteText(q: QuoteItem): string {
  return q.kind === 'direct' ? `“${quoteWords(q.text)}”` : quoteWords(q.text);
}

/** Quotes read per press of “Show more”. */
const QUOTE_PAGE = 50;

/** The entity's quotes under a heading counting them as shown. */
function quoteSection(e: EntityView): HTMLElement {
  if (!e.quotes.length) return section(quoteHeading(e.name, 0, 0), empty(`No quotes are attributed to ${e.name}.`));
  const box = section(quoteHeading(e.name, e.quotes.length, 0));
  const heading = box.querySelector('h2') as HTMLElement;
  box.append(...quoteBlocks(e, (shown, rawLeft) => {
    heading.textContent = quoteHeading(e.name, shown, rawLeft);
    box.setAttribute('aria-label', heading.textContent);
  }));
  return box;
}

/** The entity's quotes, near-duplicates as one, and the way to the rest; `count` hears how many blocks show. */
function quoteBlocks(e: EntityView, count: (shown: number, rawLeft: number) => void): HTMLElement[] {
  const grouper = new QuoteGrouper<ShownQuote>();
  const blocks = new Map<QuoteGroup<ShownQuote>, ShownBlock>();
  for (const q of e.quotes) grouper.add(q);
  for (const g of grouper.groups) blocks.set(g, quoteBlock(g, e.name));
  count(grouper.groups.length, Math.max(0, e.quoteCount - e.quotes.length));
  const more = moreQuotes(e, grouper, blocks, count);
  return [...[...blocks.values()].map((b) => b.block), ...(more ? [more] : [])];
}

/**
 * The page lists an entity's first quotes only (a spokesperson quoted in hundreds of articles): the
 * heading counted them all with no way to the rest. The rest come a page at a time, each press
 * adding the next quotes under those shown (the page stays as it was, scroll and all); a copy of a
 * quote already shown joins its block instead.
 */
function moreQuotes(e: EntityView, grouper: QuoteGrouper<ShownQuote>, blocks: Map<QuoteGroup<ShownQuote>, ShownBlock>, count: (shown: number, rawLeft: number) => void): HTMLElement | null {
  if (e.quoteCount <= e.quotes.length) return null;
  let seen = e.quotes.length;
  // the listing folds a copy's repeated quote into one: the next page starts no later than this
  let offset = e.quotes.length;
  const list = h('div', { class: 'more-quotes' });
  const status = h('p', { class: 'muted small', role: 'status' });
  const label = () => `Show more of what ${e.name} said (${formatNumber(Math.max(0, e.quoteCount - seen))} more)`;
  const button = h('button', { type: 'button', class: 'button' }, label()) as HTMLButtonElement;
  button.addEventListener('click', async () => {
    button.disabled = true;
    status.textContent = 'Loading…';
    let added = 0;
    let joined = 0;
    let total = Infinity;
    while (added + joined === 0 && offset < total) {
      const page = await api.quotes({ speaker: e.key, limit: QUOTE_PAGE, offset });
      total = page.total;
      offset += page.items.length;
      if (!page.items.length) break;
      for (const q of page.items) {
        const got = grouper.add(q);
        if (!got) continue;
        seen++;
        if (got.isNew) {
          const shown = quoteBlock(got.group, e.name);
          blocks.set(got.group, shown);
          list.append(shown.block);
          added++;
        } else {
          blocks.get(got.group)?.refresh();
          joined++;
        }
      }
    }
    status.textContent = `${plural(added, 'more quote')} shown${joined ? `; ${plural(joined, 'more source')} for quotes already shown` : ''}.`;
    const left = offset < total && seen < e.quoteCount;
    count(grouper.groups.length, left ? Math.max(0, e.quoteCount - seen) : 0);
    button.disabled = !left;
    if (left) button.textContent = label();
    else button.remove();
  });
  return h('div', {}, list, h('p', {}, button), status);
}

/** "also in 1 copy from another site": a sentence or quote a near-duplicate copy repeats, shown once. */
/** "Moscow, Russia · 55.75° N, 37.62° E · Show on map" (with its kind where the name does not say it: "Georgia (region), United States"). */
function placeLine(p: PlaceBrief, withKind = false): Child[] {
  const kind = withKind ? kindAfterName(p.name, p.kind) : '';
  const where = `${p.name}${kind ? ` (${kind})` : ''}${p.country && p.country !== p.name ? `, ${p.country}` : ''}`;
  return [`${where} · ${formatCoordinates(p.lat, p.lon)} · `, h('a', { href: `#/map?place=${encodeURIComponent(p.key)}` }, 'Show on map')];
}

function alsoInCopies(copies: number): string {
  return copiesNote(copies, 'also in ');
}
