// Page metadata from the structures pages state it in (JSON-LD, meta tags), on small invented pages.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractHtml } from '../../../src/pipeline/extract/html-extract.js';
import { parseByline } from '../../../src/pipeline/extract/byline.js';
import { stripSiteName, urlPathDate } from '../../../src/pipeline/extract/html-meta.js';
import { parseLenientJson, repairJson } from '../../../src/pipeline/extract/lenient-json.js';
import { bylineDate, parseTimestampLine } from '../../../src/pipeline/extract/timestamp.js';

const BODY = '<article><h1>Ferry service resumes on the northern route</h1>' +
  '<p>The ferry between the two harbour towns sailed again on Tuesday after a month of repairs to its engine.</p>' +
  '<p>Passengers said the crossing was calm and the boat ran on time, though the café on board stayed closed.</p></article>';

function page(head: string): string {
  return `<!doctype html><html><head><title>Ferry service resumes</title>${head}</head><body>${BODY}</body></html>`;
}

test('JSON-LD with a trailing comma or a raw line break in a string still gives its date and author', () => {
  const trailing = page(`<script type="application/ld+json">{"@type": "NewsArticle", "keywords": ["ferries", "harbours", ],
    "datePublished": "2031-04-08T09:15:00Z", "author": {"@type": "Person", "name": "Idris Calloway",}, }</script>`);
  const r = extractHtml(trailing);
  assert.equal(r.published?.value.iso, '2031-04-08');
  assert.deepEqual(r.authors?.value, ['Idris Calloway']);

  const lineBreak = page(`<script type="application/ld+json">{"@type": "NewsArticle", "description": "A calm
crossing", "datePublished": "2031-04-09"}</script>`);
  assert.equal(extractHtml(lineBreak).published?.value.iso, '2031-04-09');
});

test('the JSON repair leaves strings and valid JSON alone', () => {
  assert.deepEqual(parseLenientJson('{"a": "x, ]", "b": [1, 2, ]}'), { a: 'x, ]', b: [1, 2] });
  assert.equal(repairJson('{"a": "say \\"hi,\\" }"}'), '{"a": "say \\"hi,\\" }"}');
  assert.equal(parseLenientJson('{"a": '), undefined);
});

test('author fields: an outlet, desk or web address after the name is not an author, nor is an organisation', () => {
  const withOutlet = page('<meta name="author" content="Wenonah Brisk, QRT Business">');
  assert.deepEqual(extractHtml(withOutlet).authors?.value, ['Wenonah Brisk']);
  const withDesk = page(`<script type="application/ld+json">{"@type": "NewsArticle",
    "author": [{"@type": "Person", "name": "By Osric Vandermeer, QRT Coastal Writer"}]}</script>`);
  assert.deepEqual(extractHtml(withDesk).authors?.value, ['Osric Vandermeer']);
  const withSite = page('<meta name="author" content="Talia M. Okonjo, Harbourtown.example">');
  assert.deepEqual(extractHtml(withSite).authors?.value, ['Talia M. Okonjo']);
  const withStop = page('<meta name="author" content="Lise Arnaud. Harbour Broadcasting International">');
  assert.deepEqual(extractHtml(withStop).authors?.value, ['Lise Arnaud']);
  const organisation = page(`<script type="application/ld+json">{"@type": "NewsArticle",
    "author": {"@type": "Organization", "name": "Harbour Wire"}, "datePublished": "2031-04-08"}</script>`);
  assert.equal(extractHtml(organisation).authors, null);
  const editorial = page('<meta name="author" content="Editorial">');
  assert.equal(extractHtml(editorial).authors, null);
});

test('a byline naming a desk after the author, and a site name with a tagline', () => {
  const desk = `<!doctype html><html><head><title>Ferry</title></head><body><article><h1>Ferry service resumes on the northern route</h1>
    <p>By Wenonah Brisk, QRT Business</p>${BODY.replace(/^<article><h1>[^<]*<\/h1>/, '')}</body></html>`;
  assert.deepEqual(extractHtml(desk).authors?.value, ['Wenonah Brisk']);
  const tagline = page(`<meta property="og:site_name" content="Harbour Courier | The coast's own news">`);
  assert.equal(extractHtml(tagline).publisher?.value, 'Harbour Courier');
  const address = page(`<meta property="og:site_name" content="The Harbour Courier | HCourier.example">`);
  assert.equal(extractHtml(address).publisher?.value, 'The Harbour Courier');
});

test('JSON-LD references by @id read as the named object; a site name written as a handle gives way', () => {
  const graph = page(`<script type="application/ld+json">{"@graph": [
    {"@type": "NewsArticle", "author": {"@id": "https://harbour.example/#/person/7"}, "publisher": {"@id": "https://harbour.example/#org"}},
    {"@type": "WebSite", "publisher": {"@type": "Organization", "@id": "https://harbour.example/#org", "name": "Harbour Courier"}},
    {"@type": "Person", "@id": "https://harbour.example/#/person/7", "name": "Idris Calloway"}]}</script>`);
  const r = extractHtml(graph);
  assert.deepEqual(r.authors?.value, ['Idris Calloway']);
  assert.equal(r.publisher?.value, 'Harbour Courier');

  const handle = page(`<meta property="og:site_name" content="harbourcourier">
    <script type="application/ld+json">{"@type": "NewsArticle", "publisher": {"@type": "Organization", "name": "The Harbour Courier"}}</script>`);
  assert.equal(extractHtml(handle).publisher?.value, 'The Harbour Courier');
  // With nothing better on the page, the handle is still the publisher.
  assert.equal(extractHtml(page('<meta property="og:site_name" content="harbourcourier">')).publisher?.value, 'harbourcourier');
});

test('when JSON-LD and the meta tags name different authors, the visible byline decides', () => {
  const html = `<!doctype html><html><head><title>Ferry</title><meta name="author" content="Wenonah Brisk">
    <script type="application/ld+json">{"@type": "NewsArticle", "author": {"@type": "Person", "name": "Site Admin Account"}}</script></head>
    <body><article><h1>Ferry service resumes on the northern route</h1><p>By Wenonah Brisk</p>${BODY.replace(/^<article><h1>[^<]*<\/h1>/, '')}</body></html>`;
  assert.deepEqual(extractHtml(html).authors?.value, ['Wenonah Brisk']);
});

test('a time written before the date, and a date in the byline, give the publication date', () => {
  assert.equal(parseTimestampLine('Published 7:42 PM CET Mar 3, 2031')?.date, '2031-03-03');
  assert.equal(parseTimestampLine('Posted 09:15 Tuesday, 4 March 2031')?.date, '2031-03-04');
  assert.equal(bylineDate('By Wenonah Brisk on Tuesday, March 4th, 2031 at 9:15 a.m.'), '2031-03-04');
  assert.equal(bylineDate('By Wenonah Brisk | Updated March 5, 2031'), null);
  assert.equal(bylineDate('The council met on March 4, 2031'), null);
  const html = `<!doctype html><html><head><title>Ferry</title></head><body><article><h1>Ferry service resumes on the northern route</h1>
    <p class="byline">Written by Wenonah Brisk on March 4, 2031</p>${BODY.replace(/^<article><h1>[^<]*<\/h1>/, '')}</body></html>`;
  assert.equal(extractHtml(html).published?.value.iso, '2031-03-04');
});

test('a title keeps its own separators when the site name is cut off', () => {
  assert.equal(stripSiteName('Harbour tolls – the long road to a fair fare | Harbour Courier', 'Harbour Courier'), 'Harbour tolls – the long road to a fair fare');
  assert.equal(stripSiteName('Spring fair - what to see this weekend - Harbour Courier', 'Harbour Courier'), 'Spring fair - what to see this weekend');
  assert.equal(stripSiteName('Harbour Courier | Ferry service resumes on the northern route', 'Harbour Courier'), 'Ferry service resumes on the northern route');
});

test('without a headline block, the dated byline just above the body still dates the page', () => {
  const menu = Array.from({ length: 12 }, (_, i) => `<li><a href="/s${i}">Section ${i}</a></li>`).join('');
  const html = `<!doctype html><html><head><title>Ferry</title></head><body><nav><ul>${menu}</ul></nav>
    <article><p class="byline">By Wenonah Brisk on Tuesday, March 4th, 2031 at 9:15 a.m.</p>
    <p>The ferry between the two harbour towns sailed again on Tuesday after a month of repairs to its engine.</p>
    <p>Passengers said the crossing was calm and the boat ran on time, though the café on board stayed closed.</p></article></body></html>`;
  assert.equal(extractHtml(html).published?.value.iso, '2031-03-04');
});

test('a referenced organisation is no author, and an article nested in another object is not the page', () => {
  const orgRef = page(`<script type="application/ld+json">{"@graph": [
    {"@type": "NewsArticle", "author": {"@id": "#org"}, "datePublished": "2031-04-08"},
    {"@type": "NewsMediaOrganization", "@id": "#org", "name": "Harbour Courier"}]}</script>`);
  assert.equal(extractHtml(orgRef).authors, null);
  const nested = page(`<script type="application/ld+json">{"@type": "WebSite", "name": "Harbour Courier",
    "hasPart": {"@type": "NewsArticle", "author": {"@type": "Person", "name": "Osric Vandermeer"}, "datePublished": "2029-01-02"}}</script>`);
  const r = extractHtml(nested);
  assert.equal(r.authors, null);
  assert.equal(r.published, null);
});

test('a byline ends its names at "on <day>" or at a dash before a date; a byline with no name there still gives none', () => {
  assert.deepEqual(parseByline('By Wenonah Brisk , Osric Vandermeer on Tuesday, March 4th, 2031 at 9:15 a.m.'), ['Wenonah Brisk', 'Osric Vandermeer']);
  assert.deepEqual(parseByline('By Wenonah Brisk on March 4, 2031'), ['Wenonah Brisk']);
  assert.deepEqual(parseByline('By WENONAH BRISK - 2031-03-04'), ['WENONAH BRISK']);
  // near misses: an account name before the date, "on" that is no date, a dash inside a name
  assert.equal(parseByline('By webmaster - 2031-03-04'), null);
  assert.equal(parseByline('By Wenonah Brisk on behalf of the council'), null);
  assert.equal(parseByline('By then the ferry had sailed on Tuesday'), null);
  assert.deepEqual(parseByline('By Anne-Marie Brisk'), ['Anne-Marie Brisk']);
});

test('an author the page marks with microdata or rel="author" is read when no byline or meta tag names one', () => {
  const paras = BODY.replace(/^<article><h1>[^<]*<\/h1>/, '').replace('</article>', '');
  const microdata = `<!doctype html><html><head><title>Ferry</title></head><body>
    <article itemscope itemtype="https://schema.org/BlogPosting"><h1>Ferry service resumes on the northern route</h1>
    <span itemprop="author" itemscope itemtype="https://schema.org/Person"><a href="/u/wb"><span itemprop="name">Wenonah Brisk</span></a></span>
    ${paras}
    <section class="comments"><div itemprop="comment" itemscope itemtype="https://schema.org/Comment">
      <span itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">Osric Vandermeer</span></span><p>Lovely crossing.</p></div></section>
    </article></body></html>`;
  const r = extractHtml(microdata);
  assert.deepEqual(r.authors?.value, ['Wenonah Brisk']);
  assert.equal(r.authors?.evidence.origin, 'meta');

  const relAuthor = `<!doctype html><html><head><title>Ferry</title></head><body><article><h1>Ferry service resumes on the northern route</h1>
    <div class="meta">Posted in Travel. Filed under <a rel="author" href="/u/wb">Wenonah Brisk</a></div>${paras}
    <ol class="comment-list"><li><a rel="author external" href="https://example.org">Osric Vandermeer</a> said: nice</li></ol></article></body></html>`;
  assert.deepEqual(extractHtml(relAuthor).authors?.value, ['Wenonah Brisk']);
});

test('marked authors that are an account, or that disagree across a list of stories, give none', () => {
  const paras = BODY.replace(/^<article><h1>[^<]*<\/h1>/, '').replace('</article>', '');
  const account = `<!doctype html><html><head><title>Ferry</title></head><body><article><h1>Ferry service resumes on the northern route</h1>
    <div class="meta">Posted by <a rel="author" href="/u/harbour">Harbour</a></div>${paras}</article></body></html>`;
  assert.equal(extractHtml(account).authors, null);
  const related = `<!doctype html><html><head><title>Ferry</title></head><body><article><h1>Ferry service resumes on the northern route</h1>${paras}</article>
    <aside><h3>More stories</h3><ul>
    <li itemscope itemtype="https://schema.org/NewsArticle"><a href="/a">Tolls rise at the bridge</a> <span itemprop="author">Wenonah Brisk</span></li>
    <li itemscope itemtype="https://schema.org/NewsArticle"><a href="/b">New pier opens</a> <span itemprop="author">Osric Vandermeer</span></li>
    </ul><p>Writers: <a rel="author" href="/u/1">Wenonah Brisk</a>, <a rel="author" href="/u/2">Osric Vandermeer</a></p></aside></body></html>`;
  assert.equal(extractHtml(related).authors, null);
});

test('a date line right after a headline set outside the article block dates the page; a comment or related story date does not', () => {
  const paras = BODY.replace(/^<article><h1>[^<]*<\/h1>/, '').replace('</article>', '');
  const menu = Array.from({ length: 12 }, (_, i) => `<li><a href="/s${i}">Section ${i}</a></li>`).join('');
  const head = (afterTitle: string, tail = '') => `<!doctype html><html><head><title>Ferry service resumes on the northern route</title></head><body>
    <nav><ul>${menu}</ul></nav><header class="press-head"><div class="press-title"><h2>Ferry service resumes on the northern route</h2></div>${afterTitle}</header>
    <div class="press-body">${paras}</div>${tail}</body></html>`;
  assert.equal(extractHtml(head('<div class="press-date"><div>March 4, 2031</div></div>')).published?.value.iso, '2031-03-04');
  assert.equal(extractHtml(head('<div class="press-date">Updated March 9, 2031</div>')).published, null);
  const comments = '<section class="comments"><h3>Osric Vandermeer</h3><div>March 9, 2031</div><p>Lovely crossing.</p></section>';
  const related = '<aside><h3>Ferry fares frozen for the winter</h3><div>February 2, 2031</div></aside>';
  assert.equal(extractHtml(head('', comments + related)).published, null);
});

test('a handle or slug gives way to the name the page title writes it as; a JSON-LD publisher that is a slug too', () => {
  const titled = (title: string, head: string, footer = '') =>
    `<!doctype html><html><head><title>${title}</title>${head}</head><body>${BODY}${footer}</body></html>`;
  const handle = titled('Ferry service resumes on the northern route | HarbourCourier Northland', '<meta property="og:site_name" content="@harbourcourier">');
  assert.equal(extractHtml(handle).publisher?.value, 'HarbourCourier');
  const slugs = titled(
    'Ferry service resumes on the northern route - harbourcourier.com',
    '<meta property="og:site_name" content="harbourcourier"><script type="application/ld+json">{"@type": "NewsArticle", "publisher": {"@type": "Organization", "name": "harbourcourier"}}</script>',
    '<footer><p>© 2031 harbourcourier.com. All rights reserved.</p></footer>',
  );
  assert.equal(extractHtml(slugs).publisher?.value, 'harbourcourier.com');
  // near misses: a title whose site part spells something else, and one that writes the slug in lower case again
  const other = titled('Ferry service resumes on the northern route | Northland Evening Star', '<meta property="og:site_name" content="@harbourcourier">');
  assert.equal(extractHtml(other).publisher?.value, '@harbourcourier');
  const lower = titled('Ferry service resumes on the northern route | harbourcourier', '<meta property="og:site_name" content="harbourcourier">');
  assert.equal(extractHtml(lower).publisher?.value, 'harbourcourier');
});

test('a publication time stated in UTC gives way to the day the story\'s address carries when the two are a day apart', () => {
  assert.equal(urlPathDate('https://harbour.example/news/2031/03/04/ferry-resumes/'), '2031-03-04');
  assert.equal(urlPathDate('https://harbour.example/story/2031-03-04/ferry-resumes'), '2031-03-04');
  assert.equal(urlPathDate('https://harbour.example/opinion/2031/mar/04/ferry-resumes'), '2031-03-04');
  assert.equal(urlPathDate('https://harbour.example/a/20310304-ferry'), null);
  assert.equal(urlPathDate('https://harbour.example/2031/02/30/ferry'), null);
  const at = (time: string, url: string) =>
    extractHtml(page(`<meta property="og:url" content="${url}"><meta property="article:published_time" content="${time}">`)).published?.value.iso;
  const url = 'https://harbour.example/news/2031/03/04/ferry-resumes/';
  assert.equal(at('2031-03-05T01:53:14Z', url), '2031-03-04');
  // near misses: a time with its own offset is local already; a day two apart is another event (a draft's date); no date in the address
  assert.equal(at('2031-03-05T01:53:14-05:00', url), '2031-03-05');
  assert.equal(at('2031-03-06T01:53:14Z', url), '2031-03-06');
  assert.equal(at('2031-03-05T01:53:14Z', 'https://harbour.example/news/ferry-resumes/'), '2031-03-05');
  assert.equal(at('2031-03-05', url), '2031-03-05');
});

test('a <time> element: the one marked as the publication time wins over one earlier in the page, and a comment\'s time never counts', () => {
  const paras = BODY.replace(/^<article><h1>[^<]*<\/h1>/, '').replace('</article>', '');
  const masthead = `<!doctype html><html><head><title>Ferry</title></head><body><header><time datetime="2031-05-30">Today</time></header>
    <article><h1>Ferry service resumes on the northern route</h1><time itemprop="datePublished" datetime="2031-03-04T09:00:00+01:00">4 March</time>${paras}</article></body></html>`;
  assert.equal(extractHtml(masthead).published?.value.iso, '2031-03-04');
  const comment = `<!doctype html><html><head><title>Ferry</title></head><body>
    <div id="comments"><p>Osric: lovely <time datetime="2031-03-09">9 March</time></p></div>
    <article><h1>Ferry service resumes on the northern route</h1>${paras}<footer><time datetime="2031-03-04">4 March</time></footer></article></body></html>`;
  assert.equal(extractHtml(comment).published?.value.iso, '2031-03-04');
  const onlyComment = `<!doctype html><html><head><title>Ferry</title></head><body><article><h1>Ferry service resumes on the northern route</h1>${paras}
    <section class="comment-list"><p>Osric: lovely <time datetime="2031-03-09">9 March</time></p></section></article></body></html>`;
  assert.equal(extractHtml(onlyComment).published, null);
});

test('a UTC stamp moves to the address\'s day only where the hour allows a publisher\'s local day; +00:00, no zone and a slug\'s date stay', () => {
  assert.equal(urlPathDate('https://harbour.example/on-this-day/2031-03-04-ferry-first-sailed/'), null);
  const at = (time: string, url: string) =>
    extractHtml(page(`<meta property="og:url" content="${url}"><meta property="article:published_time" content="${time}">`)).published?.value.iso;
  const url = 'https://harbour.example/news/2031/03/04/ferry-resumes/';
  // an eastern publisher's morning: 23:30 UTC on the 3rd is the 4th in Tokyo
  assert.equal(at('2031-03-03T23:30:00Z', url), '2031-03-04');
  // near misses: 14:00 UTC is the 5th nearly everywhere west of Samoa; 03:00 UTC on the 3rd is the 4th nowhere
  assert.equal(at('2031-03-05T14:00:00Z', url), '2031-03-05');
  assert.equal(at('2031-03-03T03:00:00Z', url), '2031-03-03');
  // the publisher's own zero offset, a time with no zone (local by ISO 8601), a date inside a slug
  assert.equal(at('2031-03-05T09:00:00+00:00', url), '2031-03-05');
  assert.equal(at('2031-03-05T01:53:14.418', url), '2031-03-05');
  assert.equal(at('2031-03-05T01:53:14Z', 'https://harbour.example/on-this-day/2031-03-04-ferry-first-sailed/'), '2031-03-05');
});

test('a <time> element: the story\'s own before an aside\'s, past furniture and times that do not parse; "commentary" is no comment thread', () => {
  const paras = BODY.replace(/^<article><h1>[^<]*<\/h1>/, '').replace('</article>', '');
  const aside = `<aside><h3>More stories</h3><ul><li itemscope itemtype="https://schema.org/NewsArticle"><a href="/a">Tolls rise at the bridge</a>
    <time itemprop="datePublished" datetime="2030-12-01T10:00:00+01:00">1 December</time></li></ul></aside>`;
  const own = `<!doctype html><html><head><title>Ferry</title></head><body>${aside}<article><h1>Ferry service resumes on the northern route</h1>
    <p class="dateline"><time datetime="2031-03-04T09:00:00+01:00">4 March</time></p>${paras}</article></body></html>`;
  assert.equal(extractHtml(own).published?.value.iso, '2031-03-04');
  const unparsed = `<!doctype html><html><head><title>Ferry</title></head><body><article><h1>Ferry service resumes on the northern route</h1>
    <time itemprop="datePublished" datetime="soon">Soon</time><time datetime="2031-03-04T09:00:00+01:00">4 March</time>${paras}</article></body></html>`;
  assert.equal(extractHtml(unparsed).published?.value.iso, '2031-03-04');
  const opinion = (cls: string) => `<!doctype html><html><head><title>Ferry</title></head><body><article><h1>Ferry service resumes on the northern route</h1>
    <div class="${cls}"><time datetime="2031-03-04T09:00:00+01:00">4 March</time></div>${paras}</article></body></html>`;
  assert.equal(extractHtml(opinion('content content--commentisfree')).published?.value.iso, '2031-03-04');
  assert.equal(extractHtml(opinion('commentary')).published?.value.iso, '2031-03-04');
  // near miss: a comment thread's time is still none of the story's
  assert.equal(extractHtml(opinion('comments')).published, null);
});

test('rel="author" only in the story\'s blocks, and no role or account word as an author\'s name', () => {
  const paras = BODY.replace(/^<article><h1>[^<]*<\/h1>/, '').replace('</article>', '');
  const html = (inside: string, outside: string) => `<!doctype html><html><head><title>Ferry</title></head><body><article><h1>Ferry service resumes on the northern route</h1>
    ${inside}${paras}</article>${outside}</body></html>`;
  assert.equal(extractHtml(html('', '<footer>Theme by <a rel="author" href="https://themes.example">Quillon Works</a></footer>')).authors, null);
  assert.equal(extractHtml(html('', '<div class="sidebar"><h3>Our columnist</h3><a rel="author" href="/c/ob">Osric Vandermeer</a></div>')).authors, null);
  const marked = (name: string) => html(`<div itemscope itemtype="https://schema.org/NewsArticle"><span itemprop="author">${name}</span></div>`, '');
  assert.equal(extractHtml(marked('Site Admin')).authors, null);
  assert.equal(extractHtml(marked('Harbour Team')).authors, null);
  // near misses: the story's own rel=author link and a person's microdata name
  assert.deepEqual(extractHtml(html('<p class="meta">Words: <a rel="author" href="/u/wb">Wenonah Brisk</a></p>', '')).authors?.value, ['Wenonah Brisk']);
  assert.deepEqual(extractHtml(marked('Wenonah Brisk')).authors?.value, ['Wenonah Brisk']);
});
