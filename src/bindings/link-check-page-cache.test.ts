import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readPageCache, writePageCache, type PageCache } from './link-check-page-cache.ts';
import { readBuiltSite } from './read-built-site.ts';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** A built site of two pages, each linking to the other. */
function site(): string {
  const dist = mkdtempSync(join(tmpdir(), 'page-cache-'));
  folders.push(dist);
  for (const [path, target] of [
    ['a', 'b'],
    ['b', 'a'],
  ]) {
    mkdirSync(join(dist, path), { recursive: true });
    writeFileSync(
      join(dist, path, 'index.html'),
      `<html lang="en"><body><a href="/${target}/">${target}</a></body></html>`,
    );
  }
  return dist;
}

describe('the link check page cache', () => {
  it('takes an unchanged page from the cache, parses a changed one, and keeps only the pages the site has now', () => {
    const dist = site();
    const cache: PageCache = new Map();
    readBuiltSite(dist, { cache });
    expect([...cache.keys()].sort()).toEqual(['/a/', '/b/']);
    // What the cache says of /a/ is used as it is (the HTML is unchanged); /b/ changed, so it is read again.
    const kept = cache.get('/a/')!;
    cache.set('/a/', { ...kept, page: { ...kept.page, links: [] } });
    writeFileSync(
      join(dist, 'b', 'index.html'),
      '<html lang="en"><body><a href="/c/">c</a></body></html>',
    );
    mkdirSync(join(dist, 'old'));
    cache.set('/old/', kept);
    const again = readBuiltSite(dist, { cache });
    expect(again.pages.get('/a/')?.links).toEqual([]);
    expect(again.pages.get('/b/')?.links.map((link) => link.url)).toEqual(['/c/']);
    expect([...cache.keys()].sort()).toEqual(['/a/', '/b/']);
  });

  it('is read back as written for the same code, and is empty for other code or a file cut short', () => {
    const folder = mkdtempSync(join(tmpdir(), 'page-cache-file-'));
    folders.push(folder);
    const file = join(folder, 'pages.v8');
    const cache: PageCache = new Map();
    readBuiltSite(site(), { cache });
    writePageCache(file, 'code-1', cache);
    expect(readPageCache(file, 'code-1')).toEqual(cache);
    expect(readPageCache(file, 'code-2').size).toBe(0);
    writeFileSync(file, 'not a cache');
    expect(readPageCache(file, 'code-1').size).toBe(0);
  });
});
