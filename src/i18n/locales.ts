/**
 * The locales Polyhelp ships. Adding a locale is one line here and one dictionary in `ui/`.
 * Codes are BCP 47 as written in content folders; URLs use them lower-cased.
 */
export const locales = ['en-US', 'fr-FR', 'de-DE', 'es-ES', 'ja-JP', 'ar-SA'] as const;

/** The locale every article is written in first; translations are checked against it. */
export const sourceLocale = 'en-US' satisfies Locale;

/** A shipped locale code, e.g. `'fr-FR'`. */
export type Locale = (typeof locales)[number];
