import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { mergeShards } from './merge-shards.ts';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

function folder(files: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'merge-shards-'));
  folders.push(dir);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}
const sitemap =
  '<urlset><url><loc>https://h.example/en-us/</loc></url><url><loc>https://h.example/fr-fr/</loc></url></urlset>';
const entry = (language: string) =>
  JSON.stringify({
    version: '1.5.2',
    languages: { [language]: { hash: `${language}_1`, wasm: null, page_count: 1 } },
  });
const shard = (locale: string, extra: Record<string, string> = {}) =>
  folder({
    'index.html': 'picker',
    'sitemap-0.xml': sitemap,
    [`${locale}/index.html`]: `home ${locale}`,
    'pagefind/pagefind-entry.json': entry(locale),
    [`pagefind/index/${locale}_1.pf_index`]: locale,
    ...extra,
  });

describe('mergeShards', () => {
  it("puts every shard's files side by side and lists every shard's search languages in one entry", () => {
    const out = folder();
    mergeShards([shard('en-us'), shard('fr-fr')], out);
    expect(readdirSync(out, { recursive: true }).map(String).sort()).toEqual([
      'en-us',
      'en-us/index.html',
      'fr-fr',
      'fr-fr/index.html',
      'index.html',
      'pagefind',
      'pagefind/index',
      'pagefind/index/en-us_1.pf_index',
      'pagefind/index/fr-fr_1.pf_index',
      'pagefind/pagefind-entry.json',
      'sitemap-0.xml',
    ]);
    const merged = JSON.parse(readFileSync(join(out, 'pagefind/pagefind-entry.json'), 'utf8'));
    expect(Object.keys(merged.languages)).toEqual(['en-us', 'fr-fr']);
  });

  it('refuses a file two shards hold with different bytes, naming the path and both shards', () => {
    const a = shard('en-us');
    const b = shard('fr-fr', { 'index.html': 'another picker' });
    expect(() => mergeShards([a, b], folder())).toThrow(
      `1 file differs between shards, so no shard's copy can stand for the site: index.html (in ${a} and ${b})`,
    );
  });

  it('refuses to publish a site without the pages of a shard left out', () => {
    expect(() => mergeShards([shard('en-us')], folder())).toThrow(
      'the merged site lacks 1 page its sitemap lists (/fr-fr/): pass the output of every shard',
    );
  });

  it('says what to pass when a folder is not a build output', () => {
    const empty = folder();
    expect(() => mergeShards([empty], folder())).toThrow(
      `${empty} is not the output of a shard build`,
    );
    expect(() => mergeShards([], folder())).toThrow('no shard folder given');
  });
});
