import { spawn } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildAtomically } from './atomic-build.ts';

const roots: string[] = [];
function project(): string {
  const root = mkdtempSync(join(tmpdir(), 'atomic-build-'));
  roots.push(root);
  mkdirSync(join(root, 'dist'));
  writeFileSync(join(root, 'dist', 'index.html'), 'previous site');
  return root;
}
const write = (name: string, text: string) => async (outDir: string) =>
  writeFileSync(join(outDir, name), text);
const leftovers = (root: string) =>
  existsSync(join(root, '.polyhelp-build')) ? readdirSync(join(root, '.polyhelp-build')) : [];

afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

describe('buildAtomically', () => {
  it('replaces dist/ with the new site once every step passed', async () => {
    const root = project();
    await buildAtomically(root, 'dist', [
      { name: 'pages', run: write('index.html', 'new site') },
      { name: 'search', run: write('search.json', '{}') },
    ]);
    expect(readFileSync(join(root, 'dist', 'index.html'), 'utf8')).toBe('new site');
    expect(readdirSync(join(root, 'dist')).sort()).toEqual(['index.html', 'search.json']);
    expect(leftovers(root)).toEqual([]);
  });

  it('builds into a folder given by an absolute path or below folders not there yet', async () => {
    const root = project();
    const target = join(root, 'shards', 'fr', 'out');
    await buildAtomically(root, target, [{ name: 'pages', run: write('index.html', 'fr') }]);
    expect(readFileSync(join(target, 'index.html'), 'utf8')).toBe('fr');
    expect(leftovers(root)).toEqual([]);
  });

  it('leaves the previous dist/ untouched when a step fails, and names the step', async () => {
    const root = project();
    const failing = buildAtomically(root, 'dist', [
      { name: 'pages', run: write('index.html', 'half-built') },
      { name: 'link check', run: async () => Promise.reject(new Error('2 broken links')) },
    ]);
    await expect(failing).rejects.toThrow('build failed at "link check": 2 broken links');
    expect(readFileSync(join(root, 'dist', 'index.html'), 'utf8')).toBe('previous site');
    expect(leftovers(root)).toEqual([]);
  });

  it('removes what a build killed outright left behind', async () => {
    const root = project();
    mkdirSync(join(root, '.polyhelp-build', 'dist-999999999'), { recursive: true });
    await buildAtomically(root, 'dist', [{ name: 'pages', run: write('index.html', 'new site') }]);
    expect(leftovers(root)).toEqual([]);
  });

  it('keeps the previous dist/ when the build is stopped by a signal mid-way', async () => {
    const root = project();
    const module = new URL('./atomic-build.ts', import.meta.url).pathname;
    const code = `import { buildAtomically } from ${JSON.stringify(module)};
      import { writeFileSync } from 'node:fs';
      await buildAtomically(process.argv[1], 'dist', [{ name: 'pages', run: async (out) => {
        writeFileSync(out + '/index.html', 'half-built'); console.log('started'); await new Promise(() => setInterval(() => {}, 1000));
      } }]);`;
    const child = spawn(process.execPath, ['--input-type=module', '-e', code, root], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    await new Promise<void>((resolve) => child.stdout.on('data', () => resolve()));
    expect(leftovers(root)).toHaveLength(1);
    child.kill('SIGTERM');
    const exitCode = await new Promise((resolve) => child.on('exit', resolve));
    expect(exitCode).toBe(143);
    expect(readFileSync(join(root, 'dist', 'index.html'), 'utf8')).toBe('previous site');
    expect(leftovers(root)).toEqual([]);
  });
});
