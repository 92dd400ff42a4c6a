/**
 * Words that French and Italian write elided and glued to the next word with an apostrophe (`l’erreur`,
 * `dell’utente`), by language subtag. Pagefind drops the apostrophe from a query and searches `lerreur`, a word
 * no page holds, and passes it on as the word to highlight; the word after the apostrophe is what readers mean.
 */
const elidedWords: Readonly<Record<string, readonly string[]>> = {
  fr: [
    'l',
    'd',
    'j',
    'm',
    'n',
    's',
    't',
    'c',
    'qu',
    'jusqu',
    'lorsqu',
    'puisqu',
    'quoiqu',
    'presqu',
    'quelqu',
  ],
  it: [
    'l',
    'd',
    'c',
    'm',
    'n',
    's',
    't',
    'v',
    'gl',
    'dell',
    'all',
    'dall',
    'nell',
    'sull',
    'coll',
    'un',
    'nessun',
    'quest',
    'quell',
    'buon',
    'bell',
    'sant',
    'tutt',
    'senz',
    'anch',
    'dov',
    'com',
    'cos',
    'quand',
  ],
};

/** The typewriter apostrophe, the typographic one and the modifier letter some keyboards type. */
const apostrophes = "'’ʼ";

const patterns = new Map(
  Object.entries(elidedWords).map(([language, words]) => [
    language,
    new RegExp(`^(?:${words.join('|')})[${apostrophes}]`, 'iu'),
  ]),
);

/**
 * The query with the elided articles and pronouns of French and Italian taken off the front of each word, so
 * search and highlighting look for the word itself; other languages' queries come back unchanged.
 * `stripElisions("message d'erreur", 'fr-FR')` → `'message erreur'`; `stripElisions('dell’utente', 'it')` → `'utente'`;
 * `stripElisions("aujourd'hui", 'fr-FR')` → `"aujourd'hui"`; `stripElisions("l'erreur", 'en-US')` → `"l'erreur"`.
 */
export function stripElisions(query: string, lang: string): string {
  const pattern = patterns.get(lang.split('-')[0].toLowerCase());
  if (!pattern) return query;
  return query
    .split(/\s+/)
    .map((word) => word.replace(pattern, ''))
    .filter((word) => word !== '')
    .join(' ');
}
