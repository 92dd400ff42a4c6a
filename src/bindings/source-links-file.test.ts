import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { readSourceHeadingIds, readSourceLinks, writeSourceLinks } from './source-links-file.ts';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

function cacheDir(): URL {
  const folder = mkdtempSync(join(tmpdir(), 'source-links-'));
  folders.push(folder);
  return pathToFileURL(`${folder}/`);
}

const text = '---\ntitle: A\n---\n[b](/en-us/b/)\n';
const path = 'content/en-US/a.mdx';
const headings = [
  { depth: 2, id: 'steps', text: 'Steps', line: 5 },
  { depth: 3, text: 'Steps', line: 7 },
];

describe('source links file', () => {
  it('gives back the links of a file whose text is unchanged since the build', () => {
    const dir = cacheDir();
    writeSourceLinks(dir, [{ path, text, links: [{ url: '/en-us/b/', line: 4 }], headings }]);
    expect(readSourceLinks(dir)({ path, text })).toEqual([{ url: '/en-us/b/', line: 4 }]);
  });

  it('gives back the ids its page gives its headings, anchors first and clashing slugs made unique', () => {
    const dir = cacheDir();
    writeSourceLinks(dir, [{ path, text, links: [], headings }]);
    expect(readSourceHeadingIds(dir)({ path, text })).toEqual(['steps', 'steps-1']);
    expect(readSourceHeadingIds(dir)({ path, text: `${text}## More\n` })).toBeUndefined();
  });

  it('gives nothing for a file edited since, or one the build did not read', () => {
    const dir = cacheDir();
    writeSourceLinks(dir, [{ path, text, links: [{ url: '/en-us/b/', line: 4 }], headings }]);
    const known = readSourceLinks(dir);
    expect(known({ path, text: `${text}[c](/en-us/c/)\n` })).toBeUndefined();
    expect(known({ path: 'content/en-US/other.mdx', text })).toBeUndefined();
    expect(known({ path: 'constructor', text })).toBeUndefined();
  });

  it('gives nothing when there is no file, or it does not parse', () => {
    const dir = cacheDir();
    expect(readSourceLinks(dir)({ path, text })).toBeUndefined();
    writeFileSync(new URL('source-links.json', dir), '{');
    expect(readSourceLinks(dir)({ path, text })).toBeUndefined();
    expect(readSourceHeadingIds(dir)({ path, text })).toBeUndefined();
  });
});
