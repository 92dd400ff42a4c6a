/**
 * The locales Polyhelp ships: the 37 of the Alchemy Insights corpus, the source locale first, then by code.
 * Adding a locale is one line here and one dictionary in `ui/`. Codes are BCP 47 as written in content
 * folders (`sr-Latn-RS` keeps its script subtag); URLs use them lower-cased (`/sr-latn-rs/`).
 */
export const locales = [
  'en-US',
  'ar-SA',
  'bg-BG',
  'cs-CZ',
  'da-DK',
  'de-DE',
  'el-GR',
  'es-ES',
  'et-EE',
  'fi-FI',
  'fr-FR',
  'he-IL',
  'hr-HR',
  'hu-HU',
  'id-ID',
  'it-IT',
  'ja-JP',
  'ko-KR',
  'lt-LT',
  'lv-LV',
  'nb-NO',
  'nl-NL',
  'pl-PL',
  'pt-BR',
  'pt-PT',
  'ro-RO',
  'ru-RU',
  'sk-SK',
  'sl-SI',
  'sr-Latn-RS',
  'sv-SE',
  'th-TH',
  'tr-TR',
  'uk-UA',
  'vi-VN',
  'zh-CN',
  'zh-TW',
] as const;

/** The locale every article is written in first; translations are checked against it. */
export const sourceLocale = 'en-US' satisfies Locale;

/** A shipped locale code, e.g. `'fr-FR'`. */
export type Locale = (typeof locales)[number];
