/**
 * The shared sample corpus (../shared/corpus/alchemy-insights, seven locales) imported and built into a work folder:
 * one copy of the import and build logic for test/corpus-site.test.ts and bench/search-quality.ts.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(fileURLToPath(new URL('..', import.meta.url)));

/** The sample corpus folder, beside the repository as CI lays it out. */
export const sampleCorpusDir = resolve(repoRoot, '../shared/corpus/alchemy-insights');
/** The locales the sample corpus holds, source locale first. */
export const sampleCorpusLocales = [
  'en-US',
  'fr-FR',
  'de-DE',
  'ja-JP',
  'ar-SA',
  'zh-CN',
  'he-IL',
] as const;
/** Where the corpus test (and by default the search-quality bench) imports and builds it, inside the repo. */
export const sampleWorkDir = 'node_modules/.corpus-test';
/** The accepted link-check findings of the sample corpus, copied beside the imported content for the build. */
const baselineFixture = 'test/fixtures/corpus.link-baseline.txt';

/** What `npm run import -- --json` reports for one locale. */
export interface ImportJson {
  filesIn: number;
  written: number;
  failed: number;
  changedSlugs: { from: string; to: string }[];
}

/** A path inside the repository: `repoPath('node_modules/.corpus-test')` → `/…/polyhelp/node_modules/.corpus-test`. */
export function repoPath(relative: string): string {
  return resolve(repoRoot, relative);
}

/**
 * Runs a project command with node_modules/.bin first on PATH, as npm would; resolves with its stdout and rejects
 * with the end of its output on failure. Each child is added to `children` while it runs, so a caller can stop it.
 * `runProject('node', ['scripts/build.ts', '--out', 'x'])`.
 */
export function runProject(
  command: string,
  args: string[],
  env: Record<string, string> = {},
  children?: Set<ChildProcess>,
): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, {
      cwd: repoRoot,
      env: { ...process.env, PATH: `${repoPath('node_modules/.bin')}:${process.env.PATH}`, ...env },
    });
    children?.add(child);
    child.on('exit', () => children?.delete(child));
    let stdout = '';
    let output = '';
    child.stdout.on('data', (chunk) => ((stdout += chunk), (output += chunk)));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0
        ? resolvePromise(stdout)
        : reject(
            new Error(
              `${command} ${args.join(' ')} exited with ${code}; last output:\n${output.slice(-4000)}`,
            ),
          ),
    );
  });
}

/**
 * Imports every locale of the sample corpus into `<workDir>/content` (emptied first) with `npm run import`; resolves
 * with each locale's import report. The source locale goes first (translations read its headings' ids), then the
 * translations two at a time, one per core.
 */
export async function importSampleCorpus(
  workDir = sampleWorkDir,
  children?: Set<ChildProcess>,
): Promise<Map<string, ImportJson>> {
  if (!existsSync(join(sampleCorpusDir, 'manifest.tsv'))) {
    throw new Error(
      `the sample corpus is missing: expected ${sampleCorpusDir}/manifest.tsv. Lay /work/shared (or CI's shared/) beside the repository`,
    );
  }
  rmSync(repoPath(workDir), { recursive: true, force: true });
  mkdirSync(repoPath(workDir), { recursive: true });
  const imports = new Map<string, ImportJson>();
  const importLocale = async (locale: string) => {
    const stdout = await runProject(
      'node',
      [
        'scripts/import.ts',
        join(sampleCorpusDir, locale, 'AlchemyInsights'),
        '--locale',
        locale,
        '--out',
        `${workDir}/content`,
        '--json',
      ],
      {},
      children,
    );
    imports.set(locale, JSON.parse(stdout) as ImportJson);
  };
  await importLocale('en-US');
  const queue = sampleCorpusLocales.filter((locale) => locale !== 'en-US');
  const importQueued = async () => {
    for (let locale = queue.shift(); locale; locale = queue.shift()) await importLocale(locale);
  };
  await Promise.all([importQueued(), importQueued()]);
  // The build's link check reads the baseline beside the content folder; the accepted findings are committed.
  copyFileSync(repoPath(baselineFixture), repoPath(`${workDir}/content.link-baseline.txt`));
  return imports;
}

/** Builds `contentDir` into `distDir` with `npm run build`'s script (pages, link check, search index). */
export async function buildSite(
  contentDir: string,
  distDir: string,
  children?: Set<ChildProcess>,
): Promise<void> {
  await runProject(
    'node',
    ['scripts/build.ts', '--out', distDir],
    { POLYHELP_CONTENT_DIR: contentDir },
    children,
  );
}

/** The newest modification time (ms) of the files under `paths` (folders walked), 0 when none exists. */
function newestMtime(paths: string[]): number {
  let newest = 0;
  for (const path of paths) {
    if (!existsSync(path)) continue;
    const info = statSync(path);
    if (!info.isDirectory()) newest = Math.max(newest, info.mtimeMs);
    else
      for (const entry of readdirSync(path, { recursive: true, withFileTypes: true }))
        if (entry.isFile())
          newest = Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

/**
 * True when `distDir` was built after the last change to its content and to what builds it (src/, scripts/,
 * the Astro and Pagefind configs, the lockfile), so a bench can reuse it: `isBuildFresh('x/content', 'x/dist')`.
 */
export function isBuildFresh(contentDir: string, distDir: string): boolean {
  const stamp = repoPath(join(distDir, 'pagefind/pagefind-entry.json'));
  if (!existsSync(stamp)) return false;
  const inputs = [
    contentDir,
    'src',
    'scripts',
    'astro.config.mjs',
    'pagefind.yml',
    'package-lock.json',
  ].map(repoPath);
  return statSync(stamp).mtimeMs > newestMtime(inputs);
}
