import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkContent } from '../lib/content/content-check.ts';
import { formatProblems } from '../lib/content/content-problem.ts';
import { readContentFiles } from './read-content-files.ts';

const article = '---\ntitle: A\n---\n# <a name="a"></a>A\n';
const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]);
let root: string;
const write = (path: string, data: string | Buffer = article) => {
  mkdirSync(join(root, path, '..'), { recursive: true });
  writeFileSync(join(root, path), data);
};
const report = () => formatProblems(checkContent(readContentFiles(root)).problems);

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'polyhelp-content-'));
  write('content/en-US/a.mdx');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('readContentFiles', () => {
  it('reads articles as text, in a stable order, with paths from the project root', () => {
    write('content/fr-FR/a.mdx');
    write('content/en-US/b.mdx');
    expect(readContentFiles(root).map((f) => [f.path, f.text.length])).toEqual([
      ['content/en-US/a.mdx', article.length],
      ['content/en-US/b.mdx', article.length],
      ['content/fr-FR/a.mdx', article.length],
    ]);
  });

  it('refuses a symlinked article, inside or outside the folder, without reading it', () => {
    symlinkSync('/etc/passwd', join(root, 'content/en-US/passwd.mdx'));
    symlinkSync('a.mdx', join(root, 'content/en-US/copy.mdx'));
    const files = readContentFiles(root);
    expect(files.filter((f) => f.problem).map((f) => [f.path, f.text])).toEqual([
      ['content/en-US/copy.mdx', ''],
      ['content/en-US/passwd.mdx', ''],
    ]);
    expect(report()).toContain(
      'content/en-US/passwd.mdx: file: a symbolic link: content files must be real files inside the content folder (links are never followed), found a link to "/etc/passwd"\n    fix: replace the link with a copy of the file it points to, or delete it',
    );
  });

  it('reports symlink loops at once instead of hanging', () => {
    symlinkSync('..', join(root, 'content/en-US/up'));
    symlinkSync('loop-b', join(root, 'content/en-US/loop-a'));
    symlinkSync('loop-a', join(root, 'content/en-US/loop-b'));
    const started = performance.now();
    expect(
      readContentFiles(root)
        .filter((f) => f.problem)
        .map((f) => f.path),
    ).toEqual(['content/en-US/loop-a', 'content/en-US/loop-b', 'content/en-US/up']);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('reports a named pipe without opening it (reading one would wait forever)', () => {
    execFileSync('mkfifo', [join(root, 'content/en-US/pipe.mdx')]);
    expect(report()).toContain(
      'content/en-US/pipe.mdx: file: not a regular file (a pipe, socket or device), which the site cannot read',
    );
  });

  it('refuses a Latin-1 article with the message the issue asks for', () => {
    write(
      'content/fr-FR/a.mdx',
      Buffer.concat([
        Buffer.from('---\ntitle: R'),
        Buffer.from([0xe9]),
        Buffer.from('soudre\n---\n'),
      ]),
    );
    expect(report()).toContain(
      'content/fr-FR/a.mdx:2: encoding: this file is not UTF-8 (looks like Latin-1); convert it, found byte 0xE9 in "title: Résoudre" (read as Latin-1)',
    );
  });

  it('refuses a file over the size limit from its size, without reading it', () => {
    write('content/en-US/huge.mdx', '');
    truncateSync(join(root, 'content/en-US/huge.mdx'), 64 * 1024 * 1024);
    expect(report()).toContain(
      'content/en-US/huge.mdx: file size: the file has 67,108,864 bytes; the limit is 524,288',
    );
  });

  it('keeps valid images under <locale>/media/ out of the articles, and reports the rest', () => {
    write('content/en-US/media/shot.png', png);
    write('content/en-US/media/logo.svg', '<svg onload="alert(1)"/>');
    write('content/en-US/shot.png', png);
    write('content/en-US/notes.txt', 'notes');
    const files = readContentFiles(root);
    expect(files.map((f) => f.path)).not.toContain('content/en-US/media/shot.png');
    const text = report();
    expect(text).toContain('content/en-US/media/logo.svg: media: an SVG image');
    expect(text).toContain('content/en-US/shot.png: file: a PNG image outside a media folder');
    expect(text).toContain(
      'content/en-US/notes.txt: expected an article at content/<locale>/<slug>.mdx',
    );
  });

  it('skips dot-files, as the content loader does', () => {
    write('content/en-US/.DS_Store', Buffer.from([0, 1, 2]));
    symlinkSync('/etc/passwd', join(root, 'content/en-US/.hidden'));
    expect(readContentFiles(root).map((f) => f.path)).toEqual(['content/en-US/a.mdx']);
  });

  it('reports folders nested deeper than any article needs', () => {
    write('content/en-US/1/2/3/4/5/6/7/8/a.mdx');
    expect(report()).toContain(
      'content/en-US/1/2/3/4/5/6/7/8: file: a folder nested more than 8 levels deep',
    );
    expect(report()).not.toContain('content/en-US/1/2/3/4/5/6/7:');
  });
});
