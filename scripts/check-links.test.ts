import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fixtureHtml } from '../test/fixture-html.ts';

const script = join(import.meta.dirname, 'check-links.ts');
const roots: string[] = [];

function project(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'check-links-'));
  roots.push(root);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

function run(root: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [script, '--root', root, ...args], { encoding: 'utf8' });
  return { code: result.status, out: result.stdout + result.stderr };
}

const front = '---\ntitle: A\n---\n';
const clean = {
  'content/en-US/a.mdx': `${front}# A\n\n[Setup guide](https://learn.example/setup)\n`,
  'dist/en-us/a/index.html': fixtureHtml({ lang: 'en-US', article: '<h1>A</h1><p><a href="https://learn.example/setup">Setup guide</a></p>' }),
};

afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

describe('npm run check:links', () => {
  it('exits 0 on a clean site', () => {
    expect(run(project(clean))).toMatchObject({ code: 0, out: expect.stringContaining('Link check: 0 errors, 0 warnings (1 page, 1 link checked)') });
  });

  it('exits 1 on a broken internal link and names the content file and line', () => {
    const root = project({
      ...clean,
      'content/en-US/a.mdx': `${front}# A\n\nSee [b](/en-us/b/).\n`,
      'dist/en-us/a/index.html': fixtureHtml({ lang: 'en-US', article: '<p>See <a href="/en-us/b/">b</a>.</p>' }),
    });
    const { code, out } = run(root);
    expect(code).toBe(1);
    expect(out).toContain('error content/en-US/a.mdx:6: missing-page: link "/en-us/b/" leads to /en-us/b/, which the build did not produce');
  });

  it('prints warnings but exits 0, and exits 1 with --strict', () => {
    const root = project({
      ...clean,
      'content/en-US/a.mdx': `${front}# A\n\n[Setup guide](http://learn.example/setup)\n`,
      'dist/en-us/a/index.html': fixtureHtml({ lang: 'en-US', article: '<p><a href="http://learn.example/setup">Setup guide</a></p>' }),
    });
    expect(run(root)).toMatchObject({ code: 0, out: expect.stringContaining('warning content/en-US/a.mdx:6: insecure-http') });
    expect(run(root, '--strict')).toMatchObject({ code: 1, out: expect.stringContaining('error content/en-US/a.mdx:6: insecure-http') });
  });

  it('prints the report as JSON with --json', () => {
    const { code, out } = run(project(clean), '--json');
    expect(code).toBe(0);
    expect(JSON.parse(out)).toMatchObject({ errors: 0, warnings: 0, pagesChecked: 1, linksChecked: 1, findings: [] });
  });

  it('says how to build when there is no dist folder', () => {
    expect(run(project({ 'content/en-US/a.mdx': front }))).toMatchObject({ code: 1, out: expect.stringContaining('no build output') });
  });
});
