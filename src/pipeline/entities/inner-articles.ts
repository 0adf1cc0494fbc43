// "Democratic Republic of the Congo" and "Democratic Republic of Congo", "Bank of the West" and
// "Bank of West": news writes one name with or without an article inside it, as it does before it
// (nameTokens already drops a leading "the"). An entity's key leaves every inner "the" out, so the
// two spellings are one entity within an article and across articles; nothing else may differ.

/** A name key (lower-case words, one space apart) without the article "the"; a key of nothing but it stays. */
export function withoutInnerArticles(key: string): string {
  if (!/(?:^| )the(?: |$)/u.test(key)) return key;
  const words = key.split(' ').filter((w) => w !== 'the');
  return words.length ? words.join(' ') : key;
}
