/**
 * Scripts written without spaces between words (Han, kana, Thai, Lao, Khmer, Myanmar) are searched character by
 * character: the index holds each of their characters as a word and a query is split the same way, so any part of
 * a title or heading finds its page. Pagefind's own split (a dictionary segmenter when indexing, `Intl.Segmenter`
 * on the query) cuts the same text differently on the two sides, and a part of a word finds nothing.
 */

/** Languages (primary subtags) whose index is split character by character. */
const unspacedLanguages = new Set(['zh', 'ja', 'th', 'lo', 'km', 'my']);

/**
 * A character of a script written without spaces (Common marks such as the kana prolonged sound mark included), as
 * a regular expression class for the `u` flag: what the index splits and what excerpts join again.
 */
export const unspacedCharacterClass =
  '[\\p{scx=Han}\\p{scx=Hiragana}\\p{scx=Katakana}\\p{scx=Thai}\\p{scx=Lao}\\p{scx=Khmer}\\p{scx=Myanmar}]';
const unspacedCharacter = new RegExp(`^${unspacedCharacterClass}`, 'u');
const anyUnspacedCharacter = new RegExp(unspacedCharacterClass, 'u');
const punctuation = /^[\p{P}\p{S}\s]/u;
/** Whether a grapheme is one of those scripts' characters (not punctuation), remembered: a page repeats its few thousand. */
const unspacedGraphemes = new Map<string, boolean>();
function isUnspacedGrapheme(segment: string): boolean {
  let unspaced = unspacedGraphemes.get(segment);
  if (unspaced === undefined) {
    unspaced = unspacedCharacter.test(segment) && !punctuation.test(segment);
    if (unspacedGraphemes.size < 100_000) unspacedGraphemes.set(segment, unspaced);
  }
  return unspaced;
}

/** True when pages and queries of `lang` are split character by character: `isUnspacedLanguage('zh-CN')` → `true`. */
export function isUnspacedLanguage(lang: string): boolean {
  return unspacedLanguages.has(lang.split('-')[0].toLowerCase());
}

const graphemes = new Intl.Segmenter('und', { granularity: 'grapheme' });

/**
 * `text` with `separator` between each two characters of an unspaced script and around each run of them; other
 * text and punctuation stay as they are. Thai vowel and tone marks stay with their consonant (whole graphemes).
 * `splitUnspaced('在 Microsoft 365 中购买域名', ' ')` → `'在 Microsoft 365 中 购 买 域 名'`.
 */
export function splitUnspaced(text: string, separator: string): string {
  // Text without any such character comes back as it is (most text between a page's tags): no need to segment it.
  if (!anyUnspacedCharacter.test(text)) return text;
  let out = '';
  let previousUnspaced = false;
  for (const { segment } of graphemes.segment(text)) {
    const unspaced = isUnspacedGrapheme(segment);
    if (
      unspaced &&
      out !== '' &&
      // The last character only: a regular expression anchored at the end would scan all of `out` on every step.
      !/\s/.test(out.slice(-1)) &&
      (previousUnspaced || !punctuation.test(out.slice(-1)))
    )
      out += separator;
    else if (!unspaced && previousUnspaced && !/^[\s\p{P}]/u.test(segment)) out += separator;
    out += segment;
    previousUnspaced = unspaced;
  }
  return out;
}
