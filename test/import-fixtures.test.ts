import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeResult, fixtureDir, importFixture } from './import-fixtures.ts';

const names = readdirSync(fixtureDir)
  .filter((name) => name.endsWith('.md'))
  .map((name) => name.slice(0, -3));
const expectation = (name: string) => {
  const [file] = readdirSync(fixtureDir).filter(
    (f) => f === `${name}.mdx` || f === `${name}.problems.txt`,
  );
  return readFileSync(join(fixtureDir, file), 'utf8');
};

describe('importing one fixture per Docs construct', () => {
  it('has a fixture for every construct the issue names', () => {
    expect(names.length).toBeGreaterThanOrEqual(25);
  });

  it.each(names)('%s comes out exactly as its expectation file', async (name) => {
    expect(describeResult(await importFixture(name))).toBe(expectation(name));
  });
});

describe('what the fixtures report', () => {
  it('reports a misspelled frontmatter key with the fix it applied', async () => {
    const result = await importFixture('frontmatter-misspelled');
    expect(result.warnings.map((w) => `${w.field}: ${w.message}`)).toEqual([
      'ms,.custom: repaired a key damaged by machine translation: `ms,.custom` → `ms.custom`',
      'ms.reviwer: repaired a misspelt key: `ms.reviwer` → `ms.reviewer`',
    ]);
  });

  it('keeps an unknown key as written and warns about it, with its line', async () => {
    const result = await importFixture('frontmatter-unknown-key');
    expect(result.warnings).toEqual([
      {
        file: 'frontmatter-unknown-key.md',
        line: 4,
        field: 'f1.keywords',
        rule: 'unknown-key',
        message: 'unknown key: kept in the file, not used by the site',
        fix: 'remove it, or add it to src/lib/content/frontmatter-schema.ts if the site should use it',
      },
    ]);
  });

  it('reports every unsafe construct it removed, with its line', async () => {
    const result = await importFixture('unsafe-html');
    expect(result.warnings.map((w) => `${w.line} ${w.field}`)).toEqual([
      '7 <script>',
      '10 <a href>',
      '10 <a onclick>',
      '12 <img onerror>',
      '10 link',
    ]);
  });

  it('reports a link resolved only by ignoring letter case', async () => {
    const result = await importFixture('links-letter-case');
    expect(result.warnings).toMatchObject([
      { field: 'link', message: expect.stringContaining('ignoring letter case') },
    ]);
  });

  it('counts each fixed construct by kind', async () => {
    const result = await importFixture('br-tags');
    expect(result.fixes.map((f) => f.kind)).toEqual(['br-tag', 'br-tag', 'br-tag', 'br-tag']);
  });
});
