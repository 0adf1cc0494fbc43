// Verbs and phrases that attribute a statement to someone.

/** Speech and estimate verbs ("said", "told", "estimated"). */
export const SPEECH_VERBS: ReadonlySet<string> = new Set(
  ('say says said saying tell tells told add adds added note notes noted recall recalls recalled remark remarks remarked ' +
    'report reports reported stress stresses stressed state states stated announce announces announced claim claims claimed ' +
    'estimate estimates estimated explain explains explained confirm confirms confirmed write writes wrote emphasize ' +
    'emphasized emphasise emphasised insist insists insisted warn warns warned declare declares declared argue argues ' +
    'argued believe believes believed acknowledge acknowledged admit admits admitted assert asserted asserts inform informed ' +
    'informs specify specified specifies clarify clarified indicate indicated indicates suggest suggested suggests ' +
    'complain complained comment commented commented observe observed point pointed predict predicted calculate calculated ' +
    'count counted put cite cited quote quoted tweet tweeted post posted').split(' '),
);

/** Speech verbs that only attribute when written right after a quote ("” – brought the minister …", a translation of "cited"). */
export const POST_QUOTE_ONLY_VERBS: ReadonlySet<string> = new Set(['brought', 'continued', 'concluded', 'summed', 'replied', 'answered', 'asked']);

/** "citing X", "citing (figures from) X": the primary source of a figure. */
export const SOURCE_CITING: ReadonlySet<string> = new Set(['citing', 'referring', 'quoting', 'based']);

/** Words that introduce the quoted title of a work, not a quotation. */
export const TITLE_CUES: ReadonlySet<string> = new Set(['entitled', 'titled', 'called', 'named', 'dubbed', 'headlined', 'slogan', 'motto', 'known', 'so-called', 'hashtag']);
