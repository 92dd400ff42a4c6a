import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
  return runIn(root, {}, ...args);
}

function runIn(root: string, env: Record<string, string>, ...args: string[]) {
  // The script reads content from the working folder's POLYHELP_CONTENT_DIR; the tests set it themselves.
  const result = spawnSync(process.execPath, [script, '--root', root, ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, POLYHELP_CONTENT_DIR: '', ...env },
  });
  return { code: result.status, out: result.stdout + result.stderr };
}

const front = '---\ntitle: A\n---\n';
const clean = {
  'content/en-US/a.mdx': `${front}# A\n\n[Setup guide](https://learn.example/setup)\n`,
  'dist/en-us/a/index.html': fixtureHtml({
    lang: 'en-US',
    article: '<h1>A</h1><p><a href="https://learn.example/setup">Setup guide</a></p>',
  }),
};

afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

// Each test starts the script once or twice; on a busy machine a start takes seconds.
describe('npm run check:links', { timeout: 60_000 }, () => {
  it('exits 0 on a clean site', () => {
    expect(run(project(clean))).toMatchObject({
      code: 0,
      out: expect.stringContaining('Link check: 0 errors, 0 warnings (1 page, 1 link checked)'),
    });
  });

  it('exits 1 on a broken internal link and names the content file and line', () => {
    const root = project({
      ...clean,
      'content/en-US/a.mdx': `${front}# A\n\nSee [b](/en-us/b/).\n`,
      'dist/en-us/a/index.html': fixtureHtml({
        lang: 'en-US',
        article: '<p>See <a href="/en-us/b/">b</a>.</p>',
      }),
    });
    const { code, out } = run(root);
    expect(code).toBe(1);
    expect(out).toContain(
      'error content/en-US/a.mdx:6: missing-page: link "/en-us/b/" leads to /en-us/b/, which the build did not produce',
    );
  });

  it('prints warnings but exits 0, and exits 1 with --strict', () => {
    const root = project({
      ...clean,
      'content/en-US/a.mdx': `${front}# A\n\n[Setup guide](http://learn.example/setup)\n`,
      'dist/en-us/a/index.html': fixtureHtml({
        lang: 'en-US',
        article: '<p><a href="http://learn.example/setup">Setup guide</a></p>',
      }),
    });
    expect(run(root)).toMatchObject({
      code: 0,
      out: expect.stringContaining('warning content/en-US/a.mdx:6: insecure-http'),
    });
    expect(run(root, '--strict')).toMatchObject({
      code: 1,
      out: expect.stringContaining('error content/en-US/a.mdx:6: insecure-http'),
    });
  });

  it('prints the report as JSON with --json', () => {
    const { code, out } = run(project(clean), '--json');
    expect(code).toBe(0);
    expect(JSON.parse(out)).toMatchObject({
      errors: 0,
      warnings: 0,
      pagesChecked: 1,
      linksChecked: 1,
      findings: [],
    });
  });

  it('writes a --json report larger than a pipe buffer in full', () => {
    const links = Array.from({ length: 600 }, (_, i) => `[page ${i}](/en-us/missing-${i}/)`);
    const { code, out } = run(
      project({
        ...clean,
        'content/en-US/a.mdx': `${front}# A\n\n${links.join('\n\n')}\n`,
        'dist/en-us/a/index.html': fixtureHtml({
          lang: 'en-US',
          article: links
            .map((_, i) => `<p><a href="/en-us/missing-${i}/">page ${i}</a></p>`)
            .join(''),
        }),
      }),
      '--json',
    );
    expect(code).toBe(1);
    expect(out.length).toBeGreaterThan(65_536);
    expect(JSON.parse(out).findings).toHaveLength(600);
  });

  describe('with a baseline of accepted findings', () => {
    const broken = {
      ...clean,
      'content/en-US/a.mdx': `${front}# A\n\nSee [page B](/en-us/b/) and [page C](/en-us/c/).\n`,
      'dist/en-us/a/index.html': fixtureHtml({
        lang: 'en-US',
        article: '<p>See <a href="/en-us/b/">page B</a> and <a href="/en-us/c/">page C</a>.</p>',
      }),
    };
    const baselineOf = (root: string) =>
      readFileSync(join(root, 'content.link-baseline.txt'), 'utf8');

    it('writes the failing content findings beside the content folder with --update-baseline, and then passes', () => {
      const root = project(broken);
      expect(run(root, '--update-baseline')).toMatchObject({
        code: 0,
        out: expect.stringContaining('Wrote 2 accepted findings to content.link-baseline.txt.'),
      });
      expect(
        baselineOf(root)
          .split('\n')
          .filter((line) => line && !line.startsWith('#')),
      ).toEqual(['en-US/a.mdx\tmissing-page\t/en-us/b/', 'en-US/a.mdx\tmissing-page\t/en-us/c/']);
      const { code, out } = run(root);
      expect(code).toBe(0);
      expect(out).toContain(
        'Link check: 0 errors, 0 warnings (1 page, 2 links checked)\nBaselined: 2 findings accepted by content.link-baseline.txt (2 missing-page), not counted above',
      );
    });

    it('fails on a finding the baseline does not list, naming only that one', () => {
      const root = project({
        ...broken,
        'content.link-baseline.txt': 'en-US/a.mdx\tmissing-page\t/en-us/b/\n',
      });
      const { code, out } = run(root);
      expect(code).toBe(1);
      expect(out).toContain(
        'error content/en-US/a.mdx:6: missing-page: link "/en-us/c/" leads to /en-us/c/',
      );
      expect(out).not.toContain('link "/en-us/b/" leads');
    });

    it('reports fixed findings to remove, and --update-baseline removes them (the file too when none is left)', () => {
      const root = project({
        ...clean,
        'content.link-baseline.txt': 'en-US/a.mdx\tmissing-page\t/en-us/b/\n',
      });
      expect(run(root)).toMatchObject({
        code: 0,
        out: expect.stringContaining(
          '1 baselined finding no longer occurs (fixed); remove it with `npm run check:links -- --update-baseline`:\n  en-US/a.mdx  missing-page  /en-us/b/',
        ),
      });
      run(root, '--update-baseline');
      expect(existsSync(join(root, 'content.link-baseline.txt'))).toBe(false);
    });

    it('includes the baselined counts and the fixed entries in --json', () => {
      const root = project({
        ...broken,
        'content.link-baseline.txt':
          'en-US/a.mdx\tmissing-page\t/en-us/b/\nen-US/z.mdx\tmissing-page\t/en-us/z/\n',
      });
      expect(JSON.parse(run(root, '--json').out)).toMatchObject({
        errors: 1,
        baselineFile: 'content.link-baseline.txt',
        baselined: 1,
        baselinedByRule: { 'missing-page': 1 },
        fixedInBaseline: [{ file: 'en-US/z.mdx', rule: 'missing-page', link: '/en-us/z/' }],
      });
    });

    it('reads the baseline of POLYHELP_CONTENT_DIR, beside that folder', () => {
      const files = Object.fromEntries(
        Object.entries(broken).map(([path, text]) => [
          path.replace(/^content\//, 'site/content/'),
          text,
        ]),
      );
      const root = project({
        ...files,
        'site/content.link-baseline.txt':
          'en-US/a.mdx\tmissing-page\t/en-us/b/\nen-US/a.mdx\tmissing-page\t/en-us/c/\n',
      });
      const { code, out } = runIn(root, { POLYHELP_CONTENT_DIR: 'site/content' }, '--json');
      expect(code).toBe(0);
      expect(JSON.parse(out)).toMatchObject({
        errors: 0,
        baselined: 2,
        baselineFile: 'site/content.link-baseline.txt',
      });
    });

    it('refuses a damaged baseline with the file, line and fix', () => {
      const root = project({
        ...broken,
        'content.link-baseline.txt': 'en-US/a.mdx missing-page /en-us/b/\n',
      });
      expect(run(root)).toMatchObject({
        code: 1,
        out: expect.stringContaining(
          'cannot read the link baseline content.link-baseline.txt:\n  content.link-baseline.txt:1: expected a file, a rule and a link separated by tabs',
        ),
      });
    });
  });

  it('says how to build when there is no dist folder', () => {
    expect(run(project({ 'content/en-US/a.mdx': front }))).toMatchObject({
      code: 1,
      out: expect.stringContaining('no build output'),
    });
  });
});
