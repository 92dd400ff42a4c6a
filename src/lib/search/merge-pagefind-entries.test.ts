import { describe, expect, it } from 'vitest';
import { mergePagefindEntries, type PagefindEntry } from './merge-pagefind-entries.ts';

const entry = (languages: string[], version = '1.5.2'): PagefindEntry => ({
  version,
  languages: Object.fromEntries(
    languages.map((language) => [
      language,
      { hash: `${language}_1`, wasm: language, page_count: 1 },
    ]),
  ),
  include_characters: ['_'],
});

describe('mergePagefindEntries', () => {
  it("lists every shard's languages in one entry, in code order, with the shared settings", () => {
    const merged = mergePagefindEntries([
      { shard: 'a', entry: entry(['fr-fr', 'de-de']) },
      { shard: 'b', entry: entry(['en-us']) },
    ]);
    expect(Object.keys(merged.languages)).toEqual(['de-de', 'en-us', 'fr-fr']);
    expect(merged.languages['en-us']).toEqual({ hash: 'en-us_1', wasm: 'en-us', page_count: 1 });
    expect(merged).toMatchObject({ version: '1.5.2', include_characters: ['_'] });
  });

  it('refuses a language indexed by two shards, naming both', () => {
    expect(() =>
      mergePagefindEntries([
        { shard: 'a', entry: entry(['en-us']) },
        { shard: 'b', entry: entry(['en-us', 'fr-fr']) },
      ]),
    ).toThrow(
      'the search index of language "en-us" is in shard a and in shard b; give each locale to exactly one shard',
    );
  });

  it('refuses shards indexed by another Pagefind version', () => {
    expect(() =>
      mergePagefindEntries([
        { shard: 'a', entry: entry(['en-us']) },
        { shard: 'b', entry: entry(['fr-fr'], '1.4.0') },
      ]),
    ).toThrow(
      /shard b was indexed with other Pagefind settings than shard a \(expected .*"1\.5\.2".*found .*"1\.4\.0"/,
    );
  });

  it('says so when no shard has an index', () => {
    expect(() => mergePagefindEntries([])).toThrow('no shard has a search index');
  });
});
