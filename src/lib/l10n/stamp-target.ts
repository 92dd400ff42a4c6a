import { locales, type Locale } from '../../i18n/locales.ts';
import { isLocale } from '../../i18n/locale-helpers.ts';
import {
  refToContentPath,
  splitContentPath,
  splitEntryId,
  type ArticleRef,
} from '../content/article-catalog.ts';
import { closestMatch } from '../closest-match.ts';

/**
 * Reads the `<locale>/<slug>` argument of `l10n:stamp` against the articles that exist; a string is an error for people.
 * `resolveStampTarget('fr-FR/a', [{ locale: 'en-US', slug: 'a' }, { locale: 'fr-FR', slug: 'a' }], 'en-US')` → `{ locale: 'fr-FR', slug: 'a' }`.
 */
export function resolveStampTarget(
  argument: string | undefined,
  articles: readonly ArticleRef[],
  sourceLocale: Locale,
): ArticleRef | string {
  const usage = 'usage: npm run l10n:stamp -- <locale>/<slug>, e.g. fr-FR/troubleshoot-sspr';
  if (!argument) return `missing argument\n    ${usage}`;
  // A content path (`content/fr-FR/a.mdx`) or an entry id (`fr-FR/a`), the locale checked below for a better message.
  const inContent = splitContentPath(argument);
  const { locale, slug: written } = inContent
    ? { locale: inContent.folder, slug: inContent.name }
    : splitEntryId(argument);
  const slug = written.replace(/\.mdx$/, '');
  if (!slug) return `expected <locale>/<slug>, found "${argument}"\n    ${usage}`;
  const translationLocales = locales.filter(
    (l) => l !== sourceLocale && articles.some((a) => a.locale === l),
  );
  if (!isLocale(locale)) {
    const suggestion = closestMatch(locale, translationLocales);
    return `unknown locale "${locale}": expected one of ${translationLocales.join(', ')}${suggestion ? `\n    fix: did you mean ${suggestion}/${slug}?` : ''}`;
  }
  if (locale === sourceLocale) {
    return `${locale} is the source locale: its articles are what translations hash, they record no hash\n    fix: stamp a translation instead, e.g. ${translationLocales[0] ?? 'fr-FR'}/${slug}`;
  }
  if (!articles.some((a) => a.locale === locale && a.slug === slug)) {
    const slugs = articles.filter((a) => a.locale === locale).map((a) => a.slug);
    const suggestion = closestMatch(slug, slugs);
    const hasSource = articles.some((a) => a.locale === sourceLocale && a.slug === slug);
    const fix = suggestion
      ? `did you mean ${locale}/${suggestion}?`
      : hasSource
        ? `translate ${refToContentPath({ locale: sourceLocale, slug })} into ${refToContentPath({ locale, slug })} first`
        : `${locale} has: ${slugs.join(', ') || 'no articles'}`;
    return `no article ${refToContentPath({ locale, slug })}\n    fix: ${fix}`;
  }
  return { locale, slug };
}
