import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { hasIndexedPage } from './indexed-pages.ts';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

function site(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'indexed-pages-'));
  folders.push(dir);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

describe('hasIndexedPage', () => {
  it('finds a page with data-pagefind-body in a subfolder', () => {
    expect(
      hasIndexedPage(
        site({ 'index.html': '<body>', 'fr-fr/a/index.html': '<article data-pagefind-body>' }),
      ),
    ).toBe(true);
  });

  it('finds none in a folder of stand-ins and chrome, whatever other files say', () => {
    expect(
      hasIndexedPage(
        site({
          'index.html': '<body>',
          'x.js': 'data-pagefind-body',
          'bg-bg/index.html': '<main>',
        }),
      ),
    ).toBe(false);
  });
});
