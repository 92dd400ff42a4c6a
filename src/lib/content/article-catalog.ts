import { posix } from 'node:path';
import { locales, type Locale } from '../../i18n/locales.ts';
import { isLocale, localizedPath, pathSegmentToLocale } from '../../i18n/locale-helpers.ts';

/**
 * The URL and content-path scheme, both ways: an article is `<content>/<locale>/<slug>.mdx`, its collection
 * entry id `<locale>/<slug>` and its page `/<locale in lower case>/<slug>/`. A slug is one or more
 * `/`-separated URL-safe segments (`commercial-dialogues/x`), the same in every locale.
 */

/** Where an article lives: its locale and its slug, shared by all its translations. */
export interface ArticleRef {
  locale: Locale;
  slug: string;
}

/** The folder inside each locale folder that holds images, never articles: `content/fr-FR/media/shot.png`. */
export const mediaFolder = 'media';

const slugSegment = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * True for a slug of URL-safe segments (lower-case letters, digits, single hyphens) joined by `/`:
 * `isArticleSlug('commercial-dialogues/reset-mfa')` → `true`, `isArticleSlug('Reset_MFA')` → `false`.
 */
export function isArticleSlug(slug: string): boolean {
  return slug.split('/').every((segment) => slugSegment.test(segment));
}

/**
 * The URL-safe spelling of a slug, to suggest in a fix:
 * `ensureArticleSlug('Commercial Dialogues/Reset_MFA')` → `'commercial-dialogues/reset-mfa'`.
 */
export function ensureArticleSlug(slug: string): string {
  return slug
    .split('/')
    .map((segment) => segment.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, ''))
    .join('/');
}

/** Splits an id at its first `/`, checking nothing: `splitEntryId('fr-fr/a/b')` → `{ locale: 'fr-fr', slug: 'a/b' }`. */
export function splitEntryId(id: string): { locale: string; slug: string } {
  const at = id.indexOf('/');
  return at === -1 ? { locale: id, slug: '' } : { locale: id.slice(0, at), slug: id.slice(at + 1) };
}

/** Reads a collection entry id: `entryIdToRef('fr-FR/troubleshoot-sspr')` → `{ locale: 'fr-FR', slug: 'troubleshoot-sspr' }`. */
export function entryIdToRef(id: string): ArticleRef {
  const { locale, slug } = splitEntryId(id);
  if (!isLocale(locale) || !slug) throw new Error(`Unexpected article id "${id}": expected <locale>/<slug> with a shipped locale`);
  return { locale, slug };
}

/** The collection entry id of an article: `refToEntryId({ locale: 'fr-FR', slug: 'a/b' })` → `'fr-FR/a/b'`. */
export function refToEntryId(ref: ArticleRef): string {
  return `${ref.locale}/${ref.slug}`;
}

/** The page of an article: `refToSitePath({ locale: 'fr-FR', slug: 'a/b' })` → `'/fr-fr/a/b/'`. */
export function refToSitePath(ref: ArticleRef): string {
  return localizedPath(ref.locale, ref.slug);
}

/**
 * Splits a site path (or a URL relative to the site root) at its locale segment, matched in any case;
 * undefined when it does not start with one: `splitSitePath('/fr-fr/a/#b')` → `{ locale: 'fr-FR', rest: '/a/#b' }`.
 */
export function splitSitePath(path: string): { locale: Locale; rest: string } | undefined {
  const match = /^\/([^/?#]+)(.*)$/s.exec(path);
  const locale = match ? pathSegmentToLocale(match[1]) : undefined;
  return match && locale ? { locale, rest: match[2] } : undefined;
}

/** The locale a site path is in: `sitePathToLocale('/ja-jp/a/')` → `'ja-JP'`, `sitePathToLocale('/404.html')` → undefined. */
export function sitePathToLocale(path: string): Locale | undefined {
  return splitSitePath(path)?.locale;
}

/**
 * The same place in another locale; a path outside every locale is returned as it is:
 * `sitePathInLocale('/en-us/a/?q=x#b', 'ja-JP')` → `'/ja-jp/a/?q=x#b'`.
 */
export function sitePathInLocale(path: string, locale: Locale): string {
  const split = splitSitePath(path);
  return split ? `${localizedPath(locale)}${split.rest.replace(/^\//, '')}` : path;
}

/**
 * The article a site path shows, if it has the shape of an article page (the route list says whether one
 * was built): `sitePathToRef('/fr-fr/a/b/')` → `{ locale: 'fr-FR', slug: 'a/b' }`, `sitePathToRef('/fr-fr/')` → undefined.
 */
export function sitePathToRef(path: string): ArticleRef | undefined {
  const split = splitSitePath(path);
  const slug = split && /^\/(.+)\/$/.exec(split.rest)?.[1];
  return split && slug && isArticleSlug(slug) ? { locale: split.locale, slug } : undefined;
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
 * A path below the content folder split into its first folder and the rest, checking nothing; undefined for
 * a path outside the folder or directly in it: `splitContentPath('content/fr/a/b.md')` → `{ folder: 'fr', name: 'a/b.md' }`.
 */
export function splitContentPath(path: string, contentDir = 'content'): { folder: string; name: string } | undefined {
  const base = `${ensureContentDir(contentDir)}/`;
  const normalized = path.replaceAll('\\', '/');
  if (!normalized.startsWith(base)) return undefined;
  const { locale: folder, slug: name } = splitEntryId(normalized.slice(base.length));
  return name ? { folder, name } : undefined;
}

/** True for a file in a locale's media folder (`media/shot.png`, given the path below the locale folder). */
export function isMediaName(name: string): boolean {
  return name.startsWith(`${mediaFolder}/`);
}

/** A path's parts and the index of its last shipped-locale folder (slug segments are lower-case, locale folders are not). */
function lastLocaleFolder(path: string): { parts: string[]; at: number } {
  const parts = path.split(/[\\/]/);
  return { parts, at: parts.slice(0, -1).findLastIndex((part) => isLocale(part)) };
}

/**
 * The locale of a file in a content folder of any name, absolute or relative, from its last shipped-locale
 * folder: `contentPathToLocale('/x/articles/fr-FR/a/b.md')` → `'fr-FR'`.
 */
export function contentPathToLocale(path: string): Locale | undefined {
  const { parts, at } = lastLocaleFolder(path);
  return at === -1 ? undefined : (parts[at] as Locale);
}

/**
 * The article a content file holds; undefined unless it is `<locale>/<slug>.mdx` outside the media folder:
 * `contentPathToRef('/x/articles/fr-FR/a/b.mdx')` → `{ locale: 'fr-FR', slug: 'a/b' }`.
 */
export function contentPathToRef(path: string): ArticleRef | undefined {
  const { parts, at } = lastLocaleFolder(path);
  const name = parts.slice(at + 1).join('/');
  if (at === -1 || !name.endsWith('.mdx') || isMediaName(name)) return undefined;
  return { locale: parts[at] as Locale, slug: name.slice(0, -'.mdx'.length) };
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
