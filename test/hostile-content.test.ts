import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const repoRoot = resolve(import.meta.dirname, '..');
let root: string;
const write = (path: string, text: string | Buffer) => {
  mkdirSync(join(root, path, '..'), { recursive: true });
  writeFileSync(join(root, path), text);
};
const run = (args: string[], options: { cwd?: string; env?: Record<string, string> } = {}) => {
  const result = spawnSync(process.execPath, args, {
    cwd: options.cwd ?? repoRoot,
    env: { ...process.env, ...options.env },
    encoding: 'utf8',
    timeout: 170_000,
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
};

/** The issue's code-execution article: each line would run on the build machine if MDX compiled it. */
const codeArticle = (marker: string) => `---
title: Run code
ms.date: 03/04/2021
---
# <a name="run-code"></a>Run code

import cp from "node:child_process"

{cp.execSync("touch ${marker}")}

Home: {process.env.POLYHELP_TEST_SECRET}, passwd: {require("node:fs").readFileSync("/etc/passwd", "utf8")}

{process.exit(0)}
`;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'polyhelp-hostile-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('npm run check:content on hostile content', () => {
  it('refuses the code-execution article at its lines, without running it', () => {
    const marker = join(root, 'ran');
    write('content/en-US/run-code.mdx', codeArticle(marker));
    const { status, output } = run([join(repoRoot, 'scripts/check-content.ts')], { cwd: root });
    expect(status).toBe(1);
    expect(output).toContain('5 content problems:');
    expect(output).toContain(
      'content/en-US/run-code.mdx:7: import/export: an import or export statement, which MDX runs as JavaScript when the site is built',
    );
    expect(output).toContain(
      `content/en-US/run-code.mdx:9: expression: a JavaScript expression in braces, which MDX runs when the site is built: braces in an article may hold only a comment or a quoted string, found "{cp.execSync(\\"touch ${marker}\\")}"`,
    );
    expect(output).toContain(
      'content/en-US/run-code.mdx:11: expression: a JavaScript expression in braces',
    );
    expect(output).toContain(
      'content/en-US/run-code.mdx:13: expression: a JavaScript expression in braces, which MDX runs when the site is built: braces in an article may hold only a comment or a quoted string, found "{process.exit(0)}"',
    );
    expect(existsSync(marker)).toBe(false);
  }, 60_000);

  it('reports a symlinked article, a Latin-1 file, symlink loops, an alias bomb and 10,000 nested quotes within seconds', () => {
    write(
      'outside.mdx',
      '---\ntitle: Outside\n---\n# <a name="x"></a>X\n\n<script>alert(1)</script>\n',
    );
    write('content/en-US/a.mdx', '---\ntitle: A\nms.date: 03/04/2021\n---\n# <a name="a"></a>A\n');
    symlinkSync(join(root, 'outside.mdx'), join(root, 'content/en-US/linked.mdx'));
    symlinkSync('loop-b', join(root, 'content/en-US/loop-a'));
    symlinkSync('loop-a', join(root, 'content/en-US/loop-b'));
    symlinkSync('..', join(root, 'content/fr-FR'));
    write(
      'content/en-US/latin1.mdx',
      Buffer.concat([
        Buffer.from('---\ntitle: R'),
        Buffer.from([0xe9]),
        Buffer.from('soudre\n---\n'),
      ]),
    );
    const bomb = [
      'ms.custom:',
      '  - &a ["x","x","x","x","x","x","x","x","x","x"]',
      ...'bcdefghi'
        .split('')
        .map((name, i) => `  - &${name} [${Array(10).fill(`*${'abcdefgh'[i]}`).join(',')}]`),
    ].join('\n');
    write('content/en-US/bomb.mdx', `---\ntitle: Bomb\n${bomb}\n---\n# <a name="b"></a>B\n`);
    write(
      'content/en-US/deep.mdx',
      `---\ntitle: Deep\nms.date: 03/04/2021\n---\n# <a name="d"></a>D\n\n${'>'.repeat(10_000)} x\n`,
    );
    const started = performance.now();
    const { status, output } = run([join(repoRoot, 'scripts/check-content.ts')], { cwd: root });
    expect(performance.now() - started).toBeLessThan(30_000);
    expect(status).toBe(1);
    expect(output).toContain(
      'content/en-US/linked.mdx: file: a symbolic link: content files must be real files inside the content folder (links are never followed)',
    );
    expect(output).toContain('content/en-US/loop-a: file: a symbolic link');
    expect(output).toContain('content/fr-FR: file: a symbolic link');
    expect(output).toContain(
      'content/en-US/latin1.mdx:2: encoding: this file is not UTF-8 (looks like Latin-1); convert it',
    );
    expect(output).toContain(
      'content/en-US/bomb.mdx:5: frontmatter: the YAML expands to more than 10,000 values',
    );
    expect(output).toContain(
      'content/en-US/deep.mdx:7: nesting: the line opens 10,000 block quotes or list items; the limit is 16',
    );
    expect(output).not.toContain('content/en-US/a.mdx');
  }, 60_000);
});

describe('building a content folder that holds the code-execution article', () => {
  it('fails at the content check, before MDX compiles anything: no command ran, no secret and no page written', () => {
    const marker = join(root, 'ran');
    const outDir = join(root, 'dist');
    write('content/en-US/run-code.mdx', codeArticle(marker));
    const contentDir = relative(repoRoot, join(root, 'content'));
    const { status, output } = run(
      [join(repoRoot, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir],
      {
        env: {
          POLYHELP_CONTENT_DIR: contentDir,
          POLYHELP_TEST_SECRET: 'polyhelp-test-secret-4f2a',
        },
      },
    );
    expect(status).toBe(1);
    expect(output).toContain('[polyhelp:content-report]');
    expect(output).toContain(
      `${contentDir}/en-US/run-code.mdx:9: expression: a JavaScript expression in braces`,
    );
    expect(existsSync(marker)).toBe(false);
    expect(existsSync(outDir) ? readdirSync(outDir, { recursive: true }) : []).toEqual([]);
  }, 180_000);
});
