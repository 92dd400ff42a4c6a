import { posix } from 'node:path';
import { locales, type Locale } from '../../i18n/locales.ts';
import { isLocale } from '../../i18n/locale-helpers.ts';

/** Where an article lives: its locale and its slug, shared by all its translations. */
export interface ArticleRef {
  locale: Locale;
  slug: string;
}

/** Splits a collection entry id: `entryIdToRef('fr-FR/troubleshoot-sspr')` → `{ locale: 'fr-FR', slug: 'troubleshoot-sspr' }`. */
export function entryIdToRef(id: string): ArticleRef {
  const [locale, slug] = id.split('/');
  if (!isLocale(locale) || !slug) throw new Error(`Unexpected article id "${id}": expected <locale>/<slug> with a shipped locale`);
  return { locale, slug };
}

/**
 * A content folder in the one spelling content paths use, forward slashes and no `.` or trailing slash,
 * so paths built from `--out content`, `--out ./content/` or `--out content\` compare equal:
 * `ensureContentDir('./content/')` → `'content'`.
 */
export function ensureContentDir(contentDir: string): string {
  return posix.normalize(contentDir.replaceAll('\\', '/')).replace(/(.)\/+$/, '$1');
}

/** The file an article lives in: `refToContentPath({ locale: 'fr-FR', slug: 'a' }, './content/')` → `'content/fr-FR/a.mdx'`. */
export function refToContentPath(ref: ArticleRef, contentDir = 'content'): string {
  return `${ensureContentDir(contentDir)}/${ref.locale}/${ref.slug}.mdx`;
}

/**
 * The article a content file holds, from its folder and file name; undefined unless it is `<locale>/<slug>.mdx`
 * with a shipped locale: `contentPathToRef('content/fr-FR/a.mdx')` → `{ locale: 'fr-FR', slug: 'a' }`.
 */
export function contentPathToRef(path: string): ArticleRef | undefined {
  const match = /(?:^|[\\/])([^\\/]+)[\\/]([^\\/]+)\.mdx$/.exec(path);
  if (!match || !isLocale(match[1])) return undefined;
  return { locale: match[1], slug: match[2] };
}

/**
 * For each slug, the locales it exists in, in the order of the locale list:
 * `localesBySlug([{ locale: 'fr-FR', slug: 'a' }, { locale: 'en-US', slug: 'a' }])` → `Map { 'a' => ['en-US', 'fr-FR'] }`.
 */
export function localesBySlug(refs: readonly ArticleRef[]): Map<string, Locale[]> {
  const bySlug = new Map<string, Locale[]>();
  for (const { locale, slug } of refs) bySlug.set(slug, [...(bySlug.get(slug) ?? []), locale]);
  for (const list of bySlug.values()) list.sort((a, b) => locales.indexOf(a) - locales.indexOf(b));
  return bySlug;
}
