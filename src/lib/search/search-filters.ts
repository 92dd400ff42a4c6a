/** The frontmatter fields search can filter on, by Pagefind filter name. */
const filterFields = { service: 'ms.service', audience: 'ms.audience' } as const;

/**
 * The `data-pagefind-filter` value of an article: each filter read from the `data-<name>` attribute that
 * holds the frontmatter value (attribute capture, so commas in values stay safe). Undefined when none is set.
 * `searchFilters({ 'ms.service': 'o365-administration' })` → `'service[data-service]'`.
 */
export function searchFilters(data: Partial<Record<(typeof filterFields)[keyof typeof filterFields], string>>): string | undefined {
  const names = Object.entries(filterFields).flatMap(([name, field]) => (data[field] ? [`${name}[data-${name}]`] : []));
  return names.length > 0 ? names.join(', ') : undefined;
}

/** The filter names search offers, in display order. */
export const searchFilterNames = Object.keys(filterFields) as (keyof typeof filterFields)[];

/**
 * How many articles carry each filter value, as Pagefind would count them, from the articles' frontmatter:
 * `searchFilterCounts([{ 'ms.service': 'a' }, { 'ms.service': 'b' }])` → `{ service: { a: 1, b: 1 }, audience: {} }`.
 */
export function searchFilterCounts(articles: readonly Partial<Record<(typeof filterFields)[keyof typeof filterFields], string>>[]): Record<string, Record<string, number>> {
  return Object.fromEntries(
    Object.entries(filterFields).map(([name, field]) => {
      const counts: Record<string, number> = {};
      for (const data of articles) {
        const value = data[field];
        if (value) counts[value] = (counts[value] ?? 0) + 1;
      }
      return [name, counts];
    }),
  );
}
