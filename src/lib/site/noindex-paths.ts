import { localizedPath } from '../../i18n/locale-helpers.ts';
import type { Frontmatter } from '../content/frontmatter-schema.ts';
import type { Locale } from '../../i18n/locales.ts';

/**
 * The site paths of articles whose `ROBOTS` forbids indexing; the sitemap leaves them out.
 * `[{ locale: 'fr-FR', slug: 'a', data: { ROBOTS: ['noindex'] } }]` → `Set { '/fr-fr/a/' }`.
 */
export function noindexPaths(articles: { locale: Locale; slug: string; data: Pick<Frontmatter, 'ROBOTS'> }[]): Set<string> {
  const hidden = articles.filter((a) => a.data.ROBOTS?.includes('noindex') || a.data.ROBOTS?.includes('none'));
  return new Set(hidden.map((a) => localizedPath(a.locale, a.slug)));
}
