// `npm run bench:build -- --articles N --locales M [--translation-type HT] [--variant satteri] [--shard <locale,…>]`:
// generates N articles in M locales and runs the whole build on them (astro build, link check, Pagefind, as `npm run
// build` does; with --shard, the build of that shard, as `POLYHELP_LOCALES=<locale,…> npm run build` does); prints pages
// per second, peak memory, output bytes per page, where the time went, and what a first search costs. A link check
// that fails is reported and the numbers are still printed; the run is then marked failed and exits 1.
import { mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import {
  linkCheckCommand,
  pagesCommand,
  searchIndexCommand,
  type BuildCommand,
} from '../src/bindings/build-commands.ts';
import { buildCacheDir } from '../src/bindings/content-dir.ts';
import { localizedPath } from '../src/i18n/locale-helpers.ts';
import type { Locale } from '../src/i18n/locales.ts';
import { parseShardLocales } from '../src/lib/site/shard-locales.ts';
import { readCorpusSize } from './corpus-size.ts';
import { buildPhasesFromLog, pageTimesFromLog, type PageTime } from './build-phases.ts';
import { configVariants, isConfigVariant } from './config-variants.ts';
import { createCorpus } from './corpus.ts';
import { median, mib, runMeasured, seconds } from './run-measured.ts';
import { measureFirstQueries } from './search-first-query.ts';
import { readSeedArticles } from './seed-articles.ts';

// The corpus is written with the words of the seed article, so it has the locales that article has.
const { locales, seeds } = readSeedArticles();
const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '100' },
    locales: { type: 'string', default: String(locales.length) },
    query: { type: 'string', default: 'password reset' },
    variant: { type: 'string', default: 'project' },
    'translation-type': { type: 'string', default: 'MT' },
    shard: { type: 'string' },
  },
});
const { articles, localeCount } = readCorpusSize(values, locales);
if (!isConfigVariant(values.variant)) {
  console.error(
    `expected --variant to be one of ${Object.keys(configVariants).join(', ')}, found ${values.variant}`,
  );
  process.exit(1);
}
const variant = configVariants[values.variant];
let shard: Locale[] | undefined;
try {
  shard = parseShardLocales(values.shard);
} catch (error) {
  console.error(`--shard: ${(error as Error).message}`);
  process.exit(1);
}
const translationType = values['translation-type'];
if (translationType !== 'MT' && translationType !== 'HT') {
  console.error(
    `expected --translation-type MT (translations show each source section again) or HT, found ${translationType}`,
  );
  process.exit(1);
}

const root = process.cwd();
const work = join('bench', 'out', `corpus-${articles}x${localeCount}`);
const contentDir = join(work, 'content');
const outDir = join(root, work, 'dist');
const bin = join(root, 'node_modules', '.bin');

const env = { PATH: `${bin}:${process.env.PATH}`, POLYHELP_LOCALES: shard?.join(',') ?? '' };

/**
 * Runs one build step, the command `npm run build` runs (src/bindings/build-commands.ts); a failed step stops the
 * bench unless `mayFail` (the link check: its numbers are still wanted).
 */
async function step(
  { command, args, env: commandEnv }: BuildCommand,
  extraEnv: Record<string, string> = {},
  mayFail = false,
) {
  const run = await runMeasured(command, args, { env: { ...env, ...commandEnv, ...extraEnv } });
  if (run.code !== 0 && !mayFail) {
    throw new Error(
      `${command} ${args.join(' ')} failed (exit ${run.code}):\n${run.lines
        .slice(-40)
        .map((l) => l.text)
        .join('\n')}`,
    );
  }
  return run;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

const started = performance.now();
rmSync(work, { recursive: true, force: true });
// A clean build: nothing kept from the last one, neither Astro's content layer nor the link check's pages.
rmSync(buildCacheDir(contentDir, root), { recursive: true, force: true });
for (const file of createCorpus({
  articles,
  locales: locales.slice(0, localeCount),
  seeds,
  translationType,
})) {
  const path = join(contentDir, file.path);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, file.text);
}
const generateMs = performance.now() - started;

const configFile = join('bench', 'out', `astro.config.${values.variant}.mjs`);
if (variant) writeFileSync(configFile, variant);
const astro = await step(
  pagesCommand(outDir, ['--force', ...(variant ? ['--config', configFile] : [])]),
  { POLYHELP_CONTENT_DIR: contentDir },
);
// Side by side, as `npm run build` runs them (scripts/build.ts).
const [links, pagefind] = await Promise.all([
  step(linkCheckCommand(relative(root, outDir)), { POLYHELP_CONTENT_DIR: contentDir }, true),
  step(searchIndexCommand(outDir)),
]);
// The bench left .astro/ pointing at the corpus; put the project's own content back for dev and tests.
await step({ command: 'astro', args: ['sync'] });

const phases = buildPhasesFromLog(astro.lines, astro.ms);
// The same phases on the CPU clock (sampled every 100 ms): on a shared machine wall time mostly measures the others.
const cpuPhases = buildPhasesFromLog(astro.lines, astro.cpuMs, (line) => line.cpuMs ?? 0);
const output = filesUnder(outDir);
const pages = output.filter((f) => f.endsWith('.html')).length;
const bytesOf = (files: string[]) => files.reduce((sum, f) => sum + statSync(f).size, 0);
const htmlBytes = bytesOf(output.filter((f) => f.endsWith('.html')));
const searchBytes = bytesOf(output.filter((f) => f.includes(`${join(outDir, 'pagefind')}/`)));
const totalMs = astro.ms + Math.max(links.ms, pagefind.ms);
const searchLocale = shard?.[0] ?? locales[0];
const searchPage = localizedPath(searchLocale, 'article-1');
const [search] = await measureFirstQueries(
  outDir,
  [{ locale: searchLocale, query: values.query, page: searchPage }],
  1,
);

console.log(
  `corpus: ${articles} articles × ${localeCount} locales = ${articles * localeCount} articles (translations ${translationType}), generated in ${seconds(generateMs)}; Markdown pipeline: ${values.variant}${shard ? `; shard: ${shard.join(', ')}` : ''}`,
);
console.log(
  `pages: ${pages} HTML pages built and indexed in ${seconds(totalMs)} → ${(pages / (totalMs / 1000)).toFixed(1)} pages/s`,
);
console.log(
  `peak memory (process tree, sampled): astro build ${mib(astro.peakTreeKb)} MiB, link check ${mib(links.peakTreeKb)} MiB, pagefind ${mib(pagefind.peakTreeKb)} MiB`,
);
console.log(
  `output: ${kb(bytesOf(output) / pages)} per page (HTML ${kb(htmlBytes / pages)}, search index ${kb(searchBytes / pages)}), ${(bytesOf(output) / 1048576).toFixed(1)} MB in all`,
);
console.log(
  `CPU (user + system, whole tree): astro build ${seconds(astro.cpuMs)}, link check ${seconds(links.cpuMs)}, pagefind ${seconds(pagefind.cpuMs)}; load average ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')}`,
);
console.log('time (wall, then CPU user + system of the process tree):');
const phaseRow = (name: string, phase: keyof typeof phases) =>
  console.log(
    `  ${name.padEnd(27)} ${seconds(phases[phase]).padStart(8)} ${seconds(cpuPhases[phase]).padStart(8)}`,
  );
phaseRow('start-up and content check', 'startup');
phaseRow('content sync (frontmatter)', 'contentSync');
phaseRow('types and build info', 'prepare');
phaseRow('MDX compile and bundling', 'compile');
phaseRow('rendering pages', 'render');
phaseRow('sitemap and exit', 'finish');
console.log(
  `  link check (beside Pagefind) ${seconds(links.ms).padStart(7)} ${seconds(links.cpuMs).padStart(8)}`,
);
console.log(
  `  Pagefind indexing (beside)  ${seconds(pagefind.ms).padStart(8)} ${seconds(pagefind.cpuMs).padStart(8)}`,
);
printPageTimes(pageTimesFromLog(astro.lines));
const transferred = search.files.reduce((sum, file) => sum + file.bytes, 0);
console.log(
  `search: first query "${values.query}" typed on ${searchPage} transferred ${kb(transferred)} in ${search.files.length} requests, first result after ${search.msToFirstResult} ms (${search.results} results shown)`,
);
for (const file of search.files) console.log(`  ${file.path} ${kb(file.bytes)}`);

/**
 * Render time by kind of page, so per-page work shows: home pages list every article, translations render their
 * source again for "Show original" (source-locale pages do not). Times are wall clock, so compare kinds within a run.
 */
function printPageTimes(times: PageTime[]) {
  const source = localizedPath(locales[0]);
  const kinds: [string, (path: string) => boolean][] = [
    ['home pages', (path) => /^\/[a-z]{2}-[a-z]{2}\/index\.html$/.test(path)],
    [
      `${locales[0]} articles`,
      (path) => path.startsWith(source) && /^\/[a-z-]+\/article-\d+\/index\.html$/.test(path),
    ],
    [
      'translations',
      (path) => !path.startsWith(source) && /^\/[a-z-]+\/article-\d+\/index\.html$/.test(path),
    ],
  ];
  // astro.config.mjs renders several pages at a time (build.concurrency): each page's time includes the others'.
  console.log(
    `render time per page (Astro's log, wall clock, pages rendered side by side), ${times.length} pages in all:`,
  );
  for (const [kind, isKind] of kinds) {
    const ms = times.filter((t) => isKind(t.path)).map((t) => t.ms);
    if (ms.length > 0)
      console.log(
        `  ${kind.padEnd(16)} ${String(ms.length).padStart(5)} pages, median ${median(ms)} ms, sum ${seconds(ms.reduce((a, b) => a + b, 0))}`,
      );
  }
}

const linkSummary =
  links.lines.find((l) => l.text.startsWith('Link check:'))?.text ?? `exit ${links.code}`;
console.log(`link check: ${linkSummary}`);
if (links.code !== 0) {
  const errors = links.lines.filter((l) => /^\s+error /.test(l.text));
  console.log(
    `RUN FAILED: the link check failed; the first of the ${errors.length} error lines of its report:`,
  );
  for (const line of errors.slice(0, 5)) console.log(line.text);
  process.exitCode = 1;
}
