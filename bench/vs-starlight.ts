// `npm run bench:vs-starlight [-- --runs 3] [--corpus generated,real] [--articles 167] [--locales 6]`: builds the same
// content with Polyhelp (its whole `npm run build`) and with Starlight (`astro build`, Pagefind included), clean
// each time, alternating, and prints each run's wall time and peak memory (whole process tree) and the ratios.
// Corpora: the generated one (bench/corpus.ts) and the real sample in ../shared/corpus/ as `npm run import` takes it today.
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { searchIndexCommand } from '../src/bindings/build-commands.ts';
import { buildCacheDir } from '../src/bindings/content-dir.ts';
import { locales, sourceLocale, type Locale } from '../src/i18n/locales.ts';
import { createCorpus, type CorpusFile } from './corpus.ts';
import { median, mib, runMeasured, seconds, type MeasuredRun } from './run-measured.ts';
import { readSeedArticles } from './seed-articles.ts';
import { corpusToStarlightDocs, starlightSiteFiles, starlightVersion } from './starlight-site.ts';

// The generated corpus is written with the words of the seed article, so it has the locales that article has.
const { locales: seedLocales, seeds } = readSeedArticles();

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    corpus: { type: 'string', default: 'generated,real' },
    articles: { type: 'string', default: '167' },
    locales: { type: 'string', default: String(seedLocales.length) },
  },
});

const runs = Number(values.runs);
const articles = Number(values.articles);
const localeCount = Number(values.locales);
const corpora = values.corpus.split(',');
if (
  !Number.isInteger(runs) ||
  runs < 1 ||
  !Number.isInteger(articles) ||
  articles < 1 ||
  !(localeCount >= 1 && localeCount <= seedLocales.length)
) {
  console.error(
    `expected --runs N (N ≥ 1), --articles N (N ≥ 1) and --locales M (1 ≤ M ≤ ${seedLocales.length}, the locales with a seed article), found --runs ${values.runs} --articles ${values.articles} --locales ${values.locales}`,
  );
  process.exit(1);
}
const unknownCorpus = corpora.find((name) => name !== 'generated' && name !== 'real');
if (unknownCorpus) {
  console.error(
    `expected --corpus to list generated and/or real, e.g. --corpus generated,real; found ${unknownCorpus}`,
  );
  process.exit(1);
}

const root = process.cwd();
const work = join('bench', 'out', 'vs-starlight');
const starlightRoot = join(root, 'bench', 'out', 'starlight');
const sample = resolve(root, '../shared/corpus/alchemy-insights');
const env = { PATH: `${join(root, 'node_modules', '.bin')}:${process.env.PATH}` };
const astroVersion: string = JSON.parse(readFileSync('package.json', 'utf8')).dependencies.astro;

/** Writes files below `base`, creating folders. */
function writeFiles(base: string, files: { path: string; text: string; bytes?: Uint8Array }[]) {
  for (const file of files) {
    mkdirSync(dirname(join(base, file.path)), { recursive: true });
    writeFileSync(join(base, file.path), file.bytes ?? file.text);
  }
}

/** The files below `dir` with paths relative to it (`en-US/a.mdx`). */
function readTree(dir: string): (CorpusFile & { bytes?: Uint8Array })[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .map((path) => ({
      path: relative(dir, path).split('\\').join('/'),
      // Images byte for byte (as text, their bytes would not survive the copy), each file read once.
      ...(/\/media\//.test(path)
        ? { text: '', bytes: readFileSync(path) }
        : { text: readFileSync(path, 'utf8') }),
    }));
}

const htmlPages = (dist: string) =>
  existsSync(dist)
    ? readdirSync(dist, { recursive: true }).filter((name) => String(name).endsWith('.html')).length
    : 0;

/** Writes the Starlight site for these locales and installs the pinned Starlight unless it is there already. */
async function ensureStarlight(siteLocales: readonly Locale[]) {
  const files = starlightSiteFiles({
    locales: siteLocales,
    sourceLocale,
    astroVersion,
  });
  writeFiles(starlightRoot, files);
  const installed = join(starlightRoot, 'node_modules', '@astrojs', 'starlight', 'package.json');
  if (
    existsSync(installed) &&
    JSON.parse(readFileSync(installed, 'utf8')).version === starlightVersion
  )
    return;
  console.log(
    `installing @astrojs/starlight ${starlightVersion} with astro ${astroVersion} into ${relative(root, starlightRoot)}…`,
  );
  const install = await runMeasured('npm', ['install', '--no-audit', '--no-fund', '--save-exact'], {
    cwd: starlightRoot,
    env,
  });
  if (install.code !== 0)
    throw new Error(
      `npm install in ${starlightRoot} failed:\n${install.lines.map((l) => l.text).join('\n')}`,
    );
}

/** A corpus to build with both, and the locales both sites have. */
interface CorpusSite {
  files: (CorpusFile & { bytes?: Uint8Array })[];
  locales: Locale[];
  note: string;
}

/** The generated corpus, as bench:build makes it. */
function generatedCorpus(): CorpusSite {
  const siteLocales = seedLocales.slice(0, localeCount);
  const files = createCorpus({ articles, locales: siteLocales, seeds });
  return {
    files,
    locales: siteLocales,
    note: `generated: ${articles} articles × ${localeCount} locales = ${files.length} articles`,
  };
}

/** The real sample as `npm run import` takes it today, one locale folder at a time, the source locale first. */
async function realCorpus(): Promise<CorpusSite> {
  const out = join(work, 'real-import');
  rmSync(out, { recursive: true, force: true });
  const counts: string[] = [];
  const present = locales.filter((locale) => existsSync(join(sample, locale, 'AlchemyInsights')));
  for (const locale of present) {
    const run = await runMeasured(
      'node',
      [
        'scripts/import.ts',
        join(sample, locale, 'AlchemyInsights'),
        '--locale',
        locale,
        '--out',
        join(out, 'content'),
      ],
      { env },
    );
    const imported = run.lines.map((l) => /^Imported (\d+)/.exec(l.text)).find(Boolean)?.[1] ?? '0';
    const failed = run.lines.map((l) => /^Failed: (\d+)/.exec(l.text)).find(Boolean)?.[1] ?? '0';
    counts.push(`${locale} ${imported}/${Number(imported) + Number(failed)}`);
  }
  const files = readTree(join(out, 'content'));
  return {
    files,
    locales: present,
    note: `real sample (${relative(root, sample)}), imported today: ${files.length} articles (${counts.join(', ')}; the importer rejects the rest)`,
  };
}

interface Result {
  ms: number;
  cpuMs: number;
  peakTreeKb: number;
  maxRssKb: number;
  pages: number;
  failure?: string;
}

/** Polyhelp's whole `npm run build`, from a clean cache; a failed link check still gets Pagefind run after it, and is noted. */
async function buildPolyhelp(contentDir: string, siteLocales: readonly Locale[]): Promise<Result> {
  // Astro's cache of this content folder holds the content layer and the incremental build's pages: a clean build has neither.
  rmSync(buildCacheDir(contentDir, root), { recursive: true, force: true });
  rmSync(join(root, 'dist'), { recursive: true, force: true });
  // The same locales as the Starlight site, as a shard build: no stand-ins for the 31 locales the corpus lacks.
  const build = await runMeasured('npm', ['run', 'build'], {
    env: { ...env, POLYHELP_CONTENT_DIR: contentDir, POLYHELP_LOCALES: siteLocales.join(',') },
  });
  const result: Result = {
    ms: build.ms,
    cpuMs: build.cpuMs,
    peakTreeKb: build.peakTreeKb,
    maxRssKb: build.maxRssKb,
    pages: htmlPages(join(root, 'dist')),
  };
  if (build.code === 0) return result;
  const linkSummary = build.lines.find((l) => l.text.startsWith('Link check:'));
  if (!linkSummary) throw new Error(`npm run build failed before its link check:\n${tail(build)}`);
  const search = searchIndexCommand('dist');
  const pagefind = await runMeasured(search.command, search.args, { env });
  return {
    ...result,
    ms: result.ms + pagefind.ms,
    cpuMs: result.cpuMs + pagefind.cpuMs,
    peakTreeKb: Math.max(result.peakTreeKb, pagefind.peakTreeKb),
    maxRssKb: Math.max(result.maxRssKb, pagefind.maxRssKb),
    failure: linkSummary.text,
  };
}

/** Starlight's `astro build` (Pagefind included), from a clean cache. */
async function buildStarlight(): Promise<Result> {
  for (const dir of ['dist', '.astro', 'node_modules/.astro'])
    rmSync(join(starlightRoot, dir), { recursive: true, force: true });
  const build = await runMeasured(join(starlightRoot, 'node_modules', '.bin', 'astro'), ['build'], {
    cwd: starlightRoot,
    env,
  });
  if (build.code !== 0) throw new Error(`Starlight's astro build failed:\n${tail(build)}`);
  return {
    ms: build.ms,
    cpuMs: build.cpuMs,
    peakTreeKb: build.peakTreeKb,
    maxRssKb: build.maxRssKb,
    pages: htmlPages(join(starlightRoot, 'dist')),
  };
}

const tail = (run: MeasuredRun) =>
  run.lines
    .slice(-30)
    .map((l) => l.text)
    .join('\n');

/** The findings the real sample's link check accepts, as the corpus test builds it. */
const realLinkBaseline = 'test/fixtures/corpus.link-baseline.txt';

const summary: string[] = [];
for (const name of corpora) {
  const corpus = name === 'generated' ? generatedCorpus() : await realCorpus();
  const contentDir = join(work, name, 'content');
  rmSync(contentDir, { recursive: true, force: true });
  writeFiles(contentDir, corpus.files);
  // The real sample's accepted link findings (the corpus test uses the same file), read beside the content folder.
  if (name === 'real') copyFileSync(realLinkBaseline, `${contentDir}.link-baseline.txt`);
  await ensureStarlight(corpus.locales);
  rmSync(join(starlightRoot, 'src', 'content', 'docs'), { recursive: true, force: true });
  writeFiles(starlightRoot, corpusToStarlightDocs(corpus.files));
  console.log(`\n${corpus.note}`);
  console.log(
    'run  Polyhelp:  wall     CPU   peak tree (largest process)  pages | Starlight:  wall     CPU   peak tree (largest process)  pages',
  );
  const polyhelp: Result[] = [];
  const starlight: Result[] = [];
  for (let run = 1; run <= runs; run++) {
    // Alternate which goes first, so a machine that slows down or speeds up during the bench favours neither.
    const order = run % 2 === 1 ? ['polyhelp', 'starlight'] : ['starlight', 'polyhelp'];
    for (const site of order) {
      if (site === 'polyhelp') polyhelp.push(await buildPolyhelp(contentDir, corpus.locales));
      else starlight.push(await buildStarlight());
    }
    const [p, s] = [polyhelp.at(-1)!, starlight.at(-1)!];
    const cells = (r: Result) =>
      `${seconds(r.ms).padStart(8)} ${seconds(r.cpuMs).padStart(7)} ${`${mib(r.peakTreeKb)} MiB`.padStart(11)} ${`(${mib(r.maxRssKb)} MiB)`.padStart(17)} ${String(r.pages).padStart(6)}`;
    console.log(
      `${String(run).padEnd(4)}     ${cells(p)} |      ${cells(s)}${p.failure ? `   Polyhelp FAILED: ${p.failure}` : ''}`,
    );
  }
  const wall = [median(polyhelp.map((r) => r.ms)), median(starlight.map((r) => r.ms))];
  const cpu = [median(polyhelp.map((r) => r.cpuMs)), median(starlight.map((r) => r.cpuMs))];
  const memory = [
    median(polyhelp.map((r) => r.peakTreeKb)),
    median(starlight.map((r) => r.peakTreeKb)),
  ];
  const line = `${name}: median wall Polyhelp ${seconds(wall[0])}, Starlight ${seconds(wall[1])} → ${(wall[0] / wall[1]).toFixed(2)}×; median CPU ${seconds(cpu[0])} vs ${seconds(cpu[1])} → ${(cpu[0] / cpu[1]).toFixed(2)}×; median peak memory ${mib(memory[0])} MiB vs ${mib(memory[1])} MiB → ${(memory[0] / memory[1]).toFixed(2)}×${polyhelp.some((r) => r.failure) ? ' (Polyhelp runs FAILED their link check)' : ''}`;
  console.log(line);
  summary.push(line);
}
// The builds left .astro/ and dist/ holding the bench corpus; put the project's own content types back.
await runMeasured('astro', ['sync'], { env });
console.log(
  `\nratios are Polyhelp / Starlight (below 1 means Polyhelp is faster or smaller); CPU is user + system time of the whole tree; load average now ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')}`,
);
for (const line of summary) console.log(line);
console.log(
  'dist/ holds the last Polyhelp bench build; `npm run build` puts the project site back.',
);
if (summary.some((line) => line.includes('FAILED'))) process.exitCode = 1;
