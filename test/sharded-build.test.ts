// The shipped site built whole and as two shards merged (issue 12) must be the same site: the same files, the same
// bytes of every page, sitemap and asset, and one search bundle with every language, where a stand-in locale of one
// shard finds English results in the other shard's en-US index. Shard B lacks en-US, so its stand-ins' canonical
// links, every language switcher and the picker's links are checked against the other shard's routes.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium } from 'playwright';
import { serveFolder } from '../bench/search-first-query.ts';
import { locales } from '../src/i18n/locales.ts';

const repoRoot = resolve(fileURLToPath(new URL('..', import.meta.url)));
const workDir = 'node_modules/.shard-test';
const out = (name: string) => `${workDir}/${name}`;
// Every other locale: each shard has translations (so a search index of its own) and stand-ins; only A has en-US.
const shardA = locales.filter((_, index) => index % 2 === 0);
const shardB = locales.filter((_, index) => index % 2 === 1);

function run(args: string[], env: Record<string, string> = {}): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, args, {
      cwd: repoRoot,
      env: {
        ...process.env,
        PATH: `${join(repoRoot, 'node_modules/.bin')}:${process.env.PATH}`,
        POLYHELP_LOCALES: '',
        ...env,
      },
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0
        ? resolvePromise(output)
        : reject(new Error(`node ${args.join(' ')} exited with ${code}:\n${output.slice(-4000)}`)),
    );
  });
}

/** Every file below a folder, relative, with Pagefind's per-language meta file named by its language only. */
function listFiles(dir: string): string[] {
  return readdirSync(join(repoRoot, dir), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(join(repoRoot, dir), join(entry.parentPath, entry.name)))
    .map(normalizeMeta)
    .sort();
}

/**
 * Pagefind writes a language's filters into its meta file in hash-map order, so two builds of the same pages can
 * name it differently (the whole build alone does too); its index, fragment and filter files are stable.
 */
function normalizeMeta(file: string): string {
  return file.replace(
    /^pagefind\/pagefind\.([a-z-]+)_[0-9a-f]+\.pf_meta$/,
    'pagefind/pagefind.$1.pf_meta',
  );
}

/**
 * The files of `files` (paths from `listFiles`) whose bytes in `dir` are not the whole build's; Pagefind's meta files
 * and its entry file, which names them, are left out (see `normalizeMeta`).
 */
function differingFiles(files: string[], dir: string): string[] {
  return files
    .filter((file) => !file.endsWith('.pf_meta') && file !== 'pagefind/pagefind-entry.json')
    .filter(
      (file) =>
        !readFileSync(join(repoRoot, out('whole'), file)).equals(
          readFileSync(join(repoRoot, dir, file)),
        ),
    );
}

const readEntry = (dir: string) =>
  JSON.parse(readFileSync(join(repoRoot, dir, 'pagefind/pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { hash: string; wasm: string | null; page_count: number }>;
  };

describe('the shipped site, whole and as two shards merged', () => {
  let wholeFiles: string[] = [];
  let mergedFiles: string[] = [];
  let runsLog = '';

  beforeAll(async () => {
    rmSync(join(repoRoot, workDir), { recursive: true, force: true });
    await run(['scripts/build.ts', '--out', out('whole')]);
    await run(['scripts/build.ts', '--out', out('a')], { POLYHELP_LOCALES: shardA.join(',') });
    await run(['scripts/build.ts', '--out', out('b')], { POLYHELP_LOCALES: shardB.join(',') });
    await run(['scripts/build-merge.ts', '--out', out('merged'), out('a'), out('b')]);
    // The whole build's pages indexed again a language per Pagefind run, as a site too large for one run is.
    cpSync(join(repoRoot, out('whole')), join(repoRoot, out('runs')), { recursive: true });
    rmSync(join(repoRoot, out('runs'), 'pagefind'), { recursive: true });
    runsLog = await run(['scripts/index-search.ts', '--site', out('runs'), '--pages-per-run', '1']);
    wholeFiles = listFiles(out('whole'));
    mergedFiles = listFiles(out('merged'));
  }, 240_000);

  afterAll(() => rmSync(join(repoRoot, workDir), { recursive: true, force: true }));

  it('has the same files', () => {
    expect(mergedFiles.length).toBeGreaterThan(200);
    expect(mergedFiles).toEqual(wholeFiles);
  });

  it('has every page, sitemap, script and index file byte for byte as the whole build', () => {
    expect(differingFiles(wholeFiles, out('merged'))).toEqual([]);
    expect(wholeFiles).toContain('sitemap-0.xml');
    expect(wholeFiles.filter((file) => file.endsWith('.html')).length).toBeGreaterThan(150);
  });

  it("has one search bundle listing the whole build's languages, each with its index", () => {
    const whole = readEntry(out('whole')).languages;
    const merged = readEntry(out('merged')).languages;
    const withoutHash = (languages: typeof whole) =>
      Object.fromEntries(
        Object.entries(languages)
          .map(([language, { wasm, page_count }]) => [language, { wasm, page_count }] as const)
          .sort(([a], [b]) => (a < b ? -1 : 1)),
      );
    expect(withoutHash(merged)).toEqual(withoutHash(whole));
    expect(Object.keys(merged)).toContain('en-us');
    for (const { hash } of Object.values(merged))
      expect(existsSync(join(repoRoot, out('merged'), `pagefind/pagefind.${hash}.pf_meta`))).toBe(
        true,
      );
    // Shard B indexed languages of its own, and not en-US: its stand-ins need shard A's.
    expect(Object.keys(readEntry(out('b')).languages)).not.toContain('en-us');
  });

  it('writes the same search index when Pagefind indexes one language per run', () => {
    const languages = Object.keys(readEntry(out('whole')).languages);
    expect(runsLog).toContain(
      `in ${languages.length} languages (${languages.length} Pagefind runs)`,
    );
    const index = wholeFiles.filter((file) => file.startsWith('pagefind/'));
    expect(listFiles(out('runs')).filter((file) => file.startsWith('pagefind/'))).toEqual(index);
    expect(differingFiles(index, out('runs'))).toEqual([]);
    expect(Object.keys(readEntry(out('runs')).languages)).toEqual(languages);
  });

  it("finds English results for a stand-in locale of shard B in shard A's en-US index", async () => {
    const standIn = shardB.find((locale) => !existsSync(join(repoRoot, 'content', locale)))!;
    const server = await serveFolder(join(repoRoot, out('merged')));
    const browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu'],
    });
    try {
      const page = await browser.newPage();
      await page.goto(`${server.origin}/${standIn.toLowerCase()}/search/?q=password`);
      const link = page.locator('.search-fallback pagefind-results a').first();
      await link.waitFor({ timeout: 20_000 });
      expect(new URL((await link.getAttribute('href'))!, page.url()).pathname).toBe(
        `/${standIn.toLowerCase()}/troubleshoot-sspr/`,
      );
    } finally {
      await browser.close();
      await server.close();
    }
  }, 60_000);
});
