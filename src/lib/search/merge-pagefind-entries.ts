/**
 * The part of Pagefind's `pagefind/pagefind-entry.json` a merge reads: the bundle's version, and per language the
 * content-hashed meta file of its index (`pagefind.<hash>.pf_meta`), its WebAssembly module and its page count.
 */
export interface PagefindEntry {
  version: string;
  languages: Record<string, { hash: string; wasm: string | null; page_count: number }>;
  [key: string]: unknown;
}

/** One shard's entry file, named for messages (its folder). */
export interface ShardEntry {
  shard: string;
  entry: PagefindEntry;
}

/**
 * One bundle's entry from the shards' entries. Pagefind keeps one index per language, in files named by their content's
 * hash, so shards that index different languages merge by putting their files side by side and listing every
 * language here; the search UI then finds each language (the English fallback too) in the one bundle, as in a whole
 * build. A language indexed by two shards, or shards built by different Pagefind versions or options, cannot be
 * merged and throw, naming the shards: `mergePagefindEntries([{ shard: 'a', entry: enUs }, { shard: 'b', entry: frFr }])`
 * → `{ version: '1.5.2', languages: { 'en-us': …, 'fr-fr': … }, … }` (languages in code order).
 */
export function mergePagefindEntries(shards: readonly ShardEntry[]): PagefindEntry {
  if (shards.length === 0)
    throw new Error('no shard has a search index (pagefind/pagefind-entry.json)');
  const [first] = shards;
  const { languages: _, ...settings } = first.entry;
  const languages: PagefindEntry['languages'] = {};
  const owner = new Map<string, string>();
  for (const { shard, entry } of shards) {
    const { languages: own, ...rest } = entry;
    if (JSON.stringify(rest) !== JSON.stringify(settings))
      throw new Error(
        `pagefind/pagefind-entry.json: shard ${shard} was indexed with other Pagefind settings than shard ${first.shard} ` +
          `(expected ${JSON.stringify(settings)}, found ${JSON.stringify(rest)}); build every shard from one commit with one npm ci`,
      );
    for (const [language, index] of Object.entries(own)) {
      const other = owner.get(language);
      if (other)
        throw new Error(
          `pagefind/pagefind-entry.json: the search index of language "${language}" is in shard ${other} and in shard ${shard}; ` +
            'give each locale to exactly one shard (POLYHELP_LOCALES)',
        );
      owner.set(language, shard);
      languages[language] = index;
    }
  }
  const sorted = Object.fromEntries(Object.entries(languages).sort(([a], [b]) => (a < b ? -1 : 1)));
  return { ...first.entry, languages: sorted };
}
