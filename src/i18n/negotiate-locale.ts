import { locales, sourceLocale, type Locale } from './locales.ts';

/**
 * Languages whose readers read a shipped one as their own, where the platform's data does not say so:
 * `no` is the macrolanguage Norwegian Bokmål is written in, and Nynorsk readers read Bokmål.
 * (Deprecated codes such as `iw` for Hebrew are canonicalized by `Intl.Locale` itself.)
 */
const readAs: Record<string, string> = { no: 'nb', nn: 'nb' };

/** A tag with its likely script and region filled in (`'pt'` → pt-Latn-BR), or undefined when it is not BCP 47. */
function parseTag(tag: string): Intl.Locale | undefined {
  try {
    const locale = new Intl.Locale(tag);
    const language = readAs[locale.language];
    return (
      language
        ? new Intl.Locale(language, { script: locale.script, region: locale.region })
        : locale
    ).maximize();
  } catch {
    return undefined;
  }
}

/**
 * The shipped locale that best serves a reader's preferred languages, in order. For each preference: an
 * exact match, else a locale of the same language, best the one with the same script and region, then the
 * same script (`zh-HK` → zh-TW, both Traditional), then the same region; a bare language takes its likely
 * locale (`pt` → pt-BR, `zh` → zh-CN, `sr` → sr-Latn-RS). Ends on the source locale.
 * `negotiateLocale(['fr-CA', 'en'])` → `'fr-FR'`.
 */
export function negotiateLocale(
  preferred: readonly string[],
  available: readonly Locale[] = locales,
): Locale {
  const offered = available.map((locale) => ({ locale, tag: new Intl.Locale(locale).maximize() }));
  for (const preference of preferred) {
    const wanted = parseTag(preference);
    if (!wanted) continue;
    const exact = available.find((locale) => locale.toLowerCase() === preference.toLowerCase());
    if (exact) return exact;
    const sameLanguage = offered.filter(({ tag }) => tag.language === wanted.language);
    const best =
      sameLanguage.find(
        ({ tag }) => tag.script === wanted.script && tag.region === wanted.region,
      ) ??
      sameLanguage.find(({ tag }) => tag.script === wanted.script) ??
      sameLanguage.find(({ tag }) => tag.region === wanted.region) ??
      sameLanguage[0];
    if (best) return best.locale;
  }
  return sourceLocale;
}
