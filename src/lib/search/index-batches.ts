/**
 * The languages of a site grouped into Pagefind runs, one after another, of at most `maxPages` indexed pages each
 * where a language allows (a larger one runs alone). Pagefind keeps every page of a run in memory, about 330 KB
 * each (1,156 MiB for 3,000 pages), and writes one index per language whatever else the run holds, so a run per
 * group writes the same files as one run for all and holds a group's pages at a time. Languages keep their order
 * (sorted); `indexBatches(new Map([['de-de', 900], ['en-us', 900], ['fr-fr', 900]]), 2000)` →
 * `[['de-de', 'en-us'], ['fr-fr']]`.
 */
export function indexBatches(
  pagesByLanguage: ReadonlyMap<string, number>,
  maxPages: number,
): string[][] {
  const batches: string[][] = [];
  let pages = 0;
  for (const language of [...pagesByLanguage.keys()].sort()) {
    const count = pagesByLanguage.get(language) ?? 0;
    const current = batches.at(-1);
    if (current && pages + count <= maxPages) {
      current.push(language);
      pages += count;
    } else {
      batches.push([language]);
      pages = count;
    }
  }
  return batches;
}
