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
