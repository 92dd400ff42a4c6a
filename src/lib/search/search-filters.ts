import type { UiKey } from '../../i18n/ui.ts';
import type { FrontmatterKey } from '../content/frontmatter-schema.ts';

/** The frontmatter fields search can filter on, by Pagefind filter name, in display order, with their UI label. */
const filterFields = {
  service: { field: 'ms.service', label: 'search.filterService' },
  audience: { field: 'ms.audience', label: 'search.filterAudience' },
} as const satisfies Record<string, { field: FrontmatterKey; label: UiKey }>;

type FilterData = Partial<
  Record<(typeof filterFields)[keyof typeof filterFields]['field'], string>
>;

/**
 * The `data-pagefind-filter` value of an article: each filter read from the `data-<name>` attribute that
 * holds the frontmatter value (attribute capture, so commas in values stay safe). Undefined when none is set.
 * `searchFilters({ 'ms.service': 'o365-administration' })` → `'service[data-service]'`.
 */
export function searchFilters(data: FilterData): string | undefined {
  const names = Object.entries(filterFields).flatMap(([name, { field }]) =>
    data[field] ? [`${name}[data-${name}]`] : [],
  );
  return names.length > 0 ? names.join(', ') : undefined;
}

/**
 * The filters a reader can actually choose between, in display order: those with at least two distinct values
 * among the articles. `choosableFilters([{ 'ms.service': 'a' }, { 'ms.service': 'b' }])` → `[{ name: 'service', label: 'search.filterService' }]`.
 */
export function choosableFilters(
  articles: readonly FilterData[],
): { name: string; label: UiKey }[] {
  return Object.entries(filterFields).flatMap(([name, { field, label }]) => {
    const values = new Set(articles.flatMap((data) => (data[field] ? [data[field]] : [])));
    return values.size > 1 ? [{ name, label }] : [];
  });
}
