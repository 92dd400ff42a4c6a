import { locales, sourceLocale, type Locale } from '../../i18n/locales.ts';
import { pathSegmentToLocale } from '../../i18n/locale-helpers.ts';

/** The variable that makes `npm run build` build one shard of the site: `POLYHELP_LOCALES=fr-FR,de-DE`. */
export const shardLocalesVariable = 'POLYHELP_LOCALES';

/**
 * The locales of a shard build, in the order of the locale list, from `POLYHELP_LOCALES` (comma-separated, any
 * case); undefined when it is unset or empty, which builds the whole site. An unknown code throws a message naming
 * the valid ones: `parseShardLocales('fr-fr, en-US')` → `['en-US', 'fr-FR']`.
 */
export function parseShardLocales(text: string | undefined): Locale[] | undefined {
  const codes = (text ?? '')
    .split(',')
    .map((code) => code.trim())
    .filter(Boolean);
  if (codes.length === 0) return undefined;
  const unknown = codes.filter((code) => !pathSegmentToLocale(code));
  if (unknown.length > 0)
    throw new Error(
      `${shardLocalesVariable}: ${unknown.map((code) => `"${code}"`).join(', ')} ${unknown.length === 1 ? 'is not a locale' : 'are not locales'} of the site; ` +
        `expected a comma-separated list of: ${locales.join(', ')}`,
    );
  const chosen = new Set(codes.map((code) => pathSegmentToLocale(code)));
  return locales.filter((locale) => chosen.has(locale));
}

/**
 * Whether a shard builds a page of this locale; every shard builds the pages outside the locale folders (the
 * language picker and the root 404), byte for byte the same, so any shard's copy serves the merged site:
 * `isInShard('fr-FR', ['de-DE'])` → `false`, `isInShard('fr-FR', undefined)` → `true` (the whole site).
 */
export function isInShard(locale: Locale, shard: readonly Locale[] | undefined): boolean {
  return !shard || shard.includes(locale);
}

/**
 * Whether a shard compiles and checks this locale's article bodies: its own locales', and the source's, which its
 * stand-ins and "Show original" show. `compilesInShard('en-US', ['de-DE'])` → `true`,
 * `compilesInShard('fr-FR', ['de-DE'])` → `false`.
 */
export function compilesInShard(locale: Locale, shard: readonly Locale[] | undefined): boolean {
  return locale === sourceLocale || isInShard(locale, shard);
}
