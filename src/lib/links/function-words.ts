/**
 * Words that never name a link target on their own (articles, prepositions, pronouns, particles), by
 * language subtag. A link whose whole text is one of them is a sign that machine translation moved the
 * link off the phrase it belonged to: `[les](…)` where the source said `[aka.ms/ssprsetup](…)`.
 */
export const functionWordsByLanguage: Record<string, readonly string[]> = {
  en: ['a', 'an', 'the', 'of', 'to', 'in', 'on', 'at', 'by', 'for', 'from', 'with', 'and', 'or', 'but', 'as', 'is', 'are', 'be', 'it', 'its', 'this', 'that', 'these', 'those', 'your', 'our', 'their', 'we', 'you', 'they', 'not', 'if', 'than', 'into', 'via', 'per', 'about'],
  fr: ['le', 'la', 'les', 'l', 'un', 'une', 'des', 'du', 'de', 'd', 'à', 'au', 'aux', 'en', 'et', 'ou', 'par', 'pour', 'sur', 'dans', 'avec', 'sans', 'sous', 'ce', 'cet', 'cette', 'ces', 'son', 'sa', 'ses', 'leur', 'leurs', 'votre', 'vos', 'notre', 'nos', 'qui', 'que', 'qu', 'ne', 'pas', 'se', 'y', 'il', 'elle', 'ils', 'elles', 'vous', 'nous', 'on', 'est', 'sont'],
  de: ['der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'einem', 'einer', 'eines', 'und', 'oder', 'aber', 'in', 'im', 'an', 'am', 'auf', 'aus', 'bei', 'mit', 'nach', 'von', 'vom', 'zu', 'zum', 'zur', 'für', 'über', 'unter', 'durch', 'um', 'als', 'wie', 'sie', 'er', 'es', 'wir', 'ihr', 'ihre', 'ihren', 'ihrem', 'ich', 'ist', 'sind', 'dass', 'nicht'],
  es: ['el', 'la', 'los', 'las', 'lo', 'un', 'una', 'unos', 'unas', 'de', 'del', 'a', 'al', 'en', 'y', 'e', 'o', 'u', 'por', 'para', 'con', 'sin', 'sobre', 'su', 'sus', 'que', 'se', 'es', 'son', 'le', 'les', 'este', 'esta', 'estos', 'estas', 'ese', 'esa', 'mi', 'tu', 'nuestro', 'nuestra'],
  ja: ['の', 'は', 'が', 'を', 'に', 'へ', 'で', 'と', 'も', 'や', 'から', 'まで', 'より', 'か', 'ね', 'よ', 'な', 'など', 'この', 'その', 'あの', 'こと', 'です', 'ます', 'する'],
  ar: ['في', 'من', 'إلى', 'الى', 'على', 'عن', 'مع', 'و', 'أو', 'ثم', 'أن', 'إن', 'لا', 'ما', 'هذا', 'هذه', 'ذلك', 'تلك', 'التي', 'الذي', 'الذين', 'قد', 'كل', 'بعض', 'عند', 'حتى', 'لدى', 'ب', 'ل', 'ك', 'ف', 'هو', 'هي'],
};

/** Languages written without spaces between words, where "glued" links and one-word texts mean nothing. */
const unspacedLanguages = new Set(['ja', 'zh', 'th', 'lo', 'km', 'my']);

const languageSets = new Map(Object.entries(functionWordsByLanguage).map(([language, words]) => [language, new Set(words)]));

/** The language subtag of a BCP 47 tag: `languageOf('fr-FR')` → `'fr'`. */
export function languageOf(tag: string): string {
  return tag.split(/[-_]/)[0].toLowerCase();
}

/** True when `text`, trimmed of spaces and punctuation, is one function word of `lang`: `isLoneFunctionWord('les', 'fr-FR')` → `true`. */
export function isLoneFunctionWord(text: string, lang: string): boolean {
  const word = text.replace(/^[\s\p{P}]+|[\s\p{P}]+$/gu, '').toLocaleLowerCase(lang);
  return languageSets.get(languageOf(lang))?.has(word) ?? false;
}

/** True for languages that separate words with spaces: `hasWordSpaces('ja-JP')` → `false`. */
export function hasWordSpaces(lang: string): boolean {
  return !unspacedLanguages.has(languageOf(lang));
}
