import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseAuthorBio, parseByline } from '../../../src/pipeline/extract/byline.js';
import { findDateline } from '../../../src/pipeline/extract/dateline.js';
import { findExplicitDates, latestExplicitDate, parseMetaDate } from '../../../src/pipeline/extract/explicit-dates.js';
import { docId } from '../../../src/pipeline/extract/doc-id.js';

test('bylines', () => {
  assert.deepEqual(parseByline('By Jane Smith and Ali Khan'), ['Jane Smith', 'Ali Khan']);
  assert.deepEqual(parseByline('By Jane Smith, Ali Khan and Maria de la Cruz'), ['Jane Smith', 'Ali Khan', 'Maria de la Cruz']);
  assert.deepEqual(parseByline('Reporting by Olga Petrova; Editing by Tom Brown'), ['Olga Petrova']);
  assert.deepEqual(parseByline('(Reporting by A. Smith and B. Jones in Kyiv; Additional reporting by C. Lee; Writing by D. Park; Editing by E. Gray)'), ['A. Smith', 'B. Jones', 'C. Lee', 'D. Park']);
  assert.deepEqual(parseByline('By JANE SMITH | Updated 3 hours ago'), ['JANE SMITH']);
  assert.equal(parseByline('By the end of the year prices had doubled.'), null);
  assert.equal(parseByline('By then, the army had left the city'), null);
});

test('author bios', () => {
  assert.deepEqual(parseAuthorBio('Ann Lee is a correspondent based in Nairobi.'), ['Ann Lee']);
  assert.deepEqual(parseAuthorBio('Ann Lee and Bo Chan are research fellows at the Institute.'), ['Ann Lee', 'Bo Chan']);
  assert.equal(parseAuthorBio('The Minister is a former banker who joined politics late.'), null);
  assert.equal(parseAuthorBio('Policy Notes is the institute’s online journal. All opinions are those of the author.'), null);
});

test('datelines', () => {
  const a = findDateline('MOSCOW, October 21. Russian security services said…', 100)!;
  assert.deepEqual({ place: a.place, text: a.text, date: a.date, span: a.span }, { place: 'Moscow', text: 'MOSCOW, October 21.', date: '--10-21', span: { start: 100, end: 119 } });
  const b = findDateline('ANKARA, March 3 (Reuters) - A Turkish court…', 0)!;
  assert.deepEqual({ place: b.place, date: b.date, agency: b.agency }, { place: 'Ankara', date: '--03-03', agency: 'Reuters' });
  const c = findDateline('NEW YORK (AP) — Stocks fell on Monday.', 0)!;
  assert.deepEqual({ place: c.place, date: c.date, agency: c.agency }, { place: 'New York', date: undefined, agency: 'AP' });
  const d = findDateline('Kyiv, 5 May 2022 – The city was quiet.', 0)!;
  assert.deepEqual({ place: d.place, date: d.date }, { place: 'Kyiv', date: '2022-05-05' });
  assert.equal(findDateline('Russian security services are taking steps.', 0), null);
  assert.equal(findDateline('BREAKING: a fire broke out.', 0), null);
  assert.equal(findDateline('On January 1, 2017, a gunman opened fire.', 0), null);
});

test('explicit dates and the latest one', () => {
  const text = 'On the night of January 1, 2017, a gunman opened fire. Another attack on 28 June 2016. Formed in 2001. In December 2014 …';
  assert.deepEqual(findExplicitDates(text).map((d) => d.iso), ['2017-01-01', '2016-06-28', '2001', '2014-12']);
  assert.equal(latestExplicitDate(text)?.iso, '2017-01-01');
  assert.equal(latestExplicitDate('about 2,5 thousand people; 832 persons; on Thursday'), null);
  assert.equal(findExplicitDates('February 30, 2019').length, 0);
});

test('meta dates', () => {
  assert.deepEqual(parseMetaDate('2019-11-19T08:00:00Z'), { iso: '2019-11-19', precision: 'day' });
  assert.deepEqual(parseMetaDate('2019-11'), { iso: '2019-11', precision: 'month' });
  assert.deepEqual(parseMetaDate('Nov 19, 2019'), { iso: '2019-11-19', precision: 'day' });
  assert.equal(parseMetaDate('yesterday'), null);
});

test('document id ignores case, whitespace and composition', () => {
  assert.equal(docId('Café  au\nlait'), docId('cafe\u0301 AU lait'));
  assert.notEqual(docId('one text'), docId('another text'));
  assert.equal(docId('x').length, 16);
});
