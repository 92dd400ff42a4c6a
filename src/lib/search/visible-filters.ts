/** Pagefind's filter counts: filter name → value → number of pages. */
export type FilterCounts = Record<string, Record<string, number>>;

/** A filter worth showing: a name and its values, sorted for the reader's locale. */
export interface VisibleFilter {
  name: string;
  values: string[];
}

/**
 * The filters a reader can actually choose between: the wanted names, in that order, that have more than one value.
 * `visibleFilters({ service: { a: 1, b: 2 }, audience: { Admin: 3 } }, ['service', 'audience'], 'en')` → `[{ name: 'service', values: ['a', 'b'] }]`.
 */
export function visibleFilters(counts: FilterCounts, names: readonly string[], locale: string): VisibleFilter[] {
  const collator = new Intl.Collator(locale);
  return names.flatMap((name) => {
    const values = Object.keys(counts[name] ?? {}).sort(collator.compare);
    return values.length > 1 ? [{ name, values }] : [];
  });
}
