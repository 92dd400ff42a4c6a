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

/**
 * French words ending in qu stay glued in the index: spaced off, `qu` would be a word of its own, and Pagefind
 * answers a query word it holds nothing for with the longest word it holds that starts it (`quasar` → `qu`).
 */
const gluedInIndex = new Set(['qu', 'jusqu', 'lorsqu', 'puisqu', 'quoiqu', 'presqu', 'quelqu']);

/**
 * What the index writes for the typographic apostrophe of an elision: Pagefind splits words on ASCII punctuation
 * only, so `l’emplacement` is held as `lemplacement` alone, while `l`emplacement` is also held as `emplacement`
 * (Pagefind keeps no one-letter part). Excerpts take it back out (`toPageText`).
 */
export const indexedElisionMark = '`';

/** The typewriter apostrophe, the typographic one and the modifier letter some keyboards type. */
const apostrophes = "'’ʼ";

/** Per language, the elided words split off their word, in queries and in the index: all but the glued ones. */
const splitOffWords = Object.entries(elidedWords).map(
  ([language, words]) =>
    [language, words.filter((word) => !gluedInIndex.has(word)).join('|')] as const,
);

const patterns = new Map(
  splitOffWords.map(([language, words]) => [
    language,
    new RegExp(`^(?:${words})[${apostrophes}]`, 'iu'),
  ]),
);
const gluedPattern = new RegExp(
  `^(${[...gluedInIndex].join('|')})[${apostrophes}](?=\\p{L})`,
  'iu',
);

/**
 * The query with the elided articles and pronouns of French and Italian taken off the front of each word, so
 * search and highlighting look for the word itself; the qu-elisions the index keeps glued (`lorsqu’un`) stay as
 * typed. Other languages' queries come back unchanged.
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

/**
 * A query whose elisions are off (`stripElisions`) with the qu-elisions written as the index holds them, glued
 * without their apostrophe. `toIndexedElisions('lorsqu’un utilisateur', 'fr-FR')` → `'lorsquun utilisateur'`.
 */
export function toIndexedElisions(query: string, lang: string): string {
  if (!patterns.has(lang.split('-')[0].toLowerCase())) return query;
  return query
    .split(' ')
    .map((word) => word.replace(gluedPattern, '$1'))
    .join(' ');
}

const notWordBefore = '(?<![\\p{L}\\p{N}])';
const loosenedPatterns = new Map(
  splitOffWords.map(([language, words]) => [
    language,
    new RegExp(`${notWordBefore}(${words})’(?=\\p{L})`, 'giu'),
  ]),
);

/**
 * Page text as the index should hold it: in French and Italian the typographic apostrophe of an elision becomes
 * `indexedElisionMark`, so the word after it is found on its own; other languages' text comes back unchanged.
 * `looseElisions('Modifier l’emplacement', 'fr-FR')` → ``'Modifier l`emplacement'``;
 * `looseElisions('qu’il', 'fr-FR')` → `'qu’il'`; `looseElisions('l’emplacement', 'en')` → `'l’emplacement'`.
 */
export function looseElisions(text: string, lang: string): string {
  const pattern = loosenedPatterns.get(lang.split('-')[0].toLowerCase());
  return pattern ? text.replace(pattern, `$1${indexedElisionMark}`) : text;
}

const allElided = [...new Set(Object.values(elidedWords).flat())].sort(
  (a, b) => b.length - a.length,
);
const indexedMark = new RegExp(
  `(?<=${notWordBefore}(?:${allElided.join('|')}))${indexedElisionMark}(?=(?:<mark>)?\\p{L})`,
  'giu',
);

/**
 * Excerpt text with the index's elision marks turned back into the apostrophe the page writes.
 * ``restoreElisions('<mark>l`emplacement</mark>')`` → `'<mark>l’emplacement</mark>'`.
 */
export function restoreElisions(text: string): string {
  return text.replace(indexedMark, '’');
}
