// `npm run bench:build -- --articles N --locales M`: generates N articles in M locales, builds and indexes them,
// and prints pages per second, peak memory, output bytes per page, where the time went, and what a first search costs.
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { localizedPath } from '../src/i18n/locale-helpers.ts';
import { buildPhasesFromLog, type TimedLine } from './build-phases.ts';
import { configVariants, isConfigVariant } from './config-variants.ts';
import { createCorpus } from './corpus.ts';
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
  },
});
const articles = Number(values.articles);
const localeCount = Number(values.locales);
if (!Number.isInteger(articles) || articles < 1 || !Number.isInteger(localeCount) || localeCount < 1 || localeCount > locales.length) {
  console.error(`expected --articles N (N ≥ 1) and --locales M (1 ≤ M ≤ ${locales.length}, the locales with a seed article in content/: ${locales.join(', ')}), found --articles ${values.articles} --locales ${values.locales}`);
  process.exit(1);
}
if (!isConfigVariant(values.variant)) {
  console.error(`expected --variant to be one of ${Object.keys(configVariants).join(', ')}, found ${values.variant}`);
  process.exit(1);
}
const variant = configVariants[values.variant];

const root = process.cwd();
const work = join('bench', 'out', `corpus-${articles}x${localeCount}`);
const contentDir = join(work, 'content');
const outDir = join(root, work, 'dist');
const bin = join(root, 'node_modules', '.bin');

/** Runs a command under GNU time, recording when each output line arrived; returns the lines, seconds and peak RSS. */
function run(command: string, args: string[], env: Record<string, string> = {}): Promise<{ lines: TimedLine[]; ms: number; maxRssKb: number }> {
  const started = performance.now();
  const lines: TimedLine[] = [];
  return new Promise((resolve, reject) => {
    const child = spawn('/usr/bin/time', ['-f', 'maxrss-kb=%M', command, ...args], {
      env: { ...process.env, ...env, PATH: `${bin}:${process.env.PATH}`, FORCE_COLOR: '0', NO_COLOR: '1' },
    });
    let tail = '';
    const collect = (chunk: Buffer) => {
      const at = performance.now() - started;
      const text = tail + chunk.toString();
      const parts = text.split('\n');
      tail = parts.pop() ?? '';
      for (const part of parts) lines.push({ at, text: part });
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.on('error', reject);
    child.on('close', (code) => {
      if (tail) lines.push({ at: performance.now() - started, text: tail });
      const ms = performance.now() - started;
      const rss = lines.map((l) => /maxrss-kb=(\d+)/.exec(l.text)).find(Boolean);
      if (code !== 0) reject(new Error(`${command} ${args.join(' ')} failed (exit ${code}):\n${lines.slice(-40).map((l) => l.text).join('\n')}`));
      else resolve({ lines, ms, maxRssKb: Number(rss?.[1] ?? 0) });
    });
  });
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

const started = performance.now();
rmSync(work, { recursive: true, force: true });
for (const file of createCorpus({ articles, locales: locales.slice(0, localeCount), seeds })) {
  const path = join(contentDir, file.path);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, file.text);
}
const generateMs = performance.now() - started;

const configFile = join('bench', 'out', `astro.config.${values.variant}.mjs`);
if (variant) writeFileSync(configFile, variant);
const astro = await run('astro', ['build', '--force', '--outDir', outDir, ...(variant ? ['--config', configFile] : [])], { POLYHELP_CONTENT_DIR: contentDir });
const pagefind = await run('pagefind', ['--site', outDir]);
// The bench left .astro/ pointing at the corpus; put the project's own content back for dev and tests.
await run('astro', ['sync']);

const phases = buildPhasesFromLog(astro.lines, astro.ms);
const output = filesUnder(outDir);
const pages = output.filter((f) => f.endsWith('.html')).length;
const bytesOf = (files: string[]) => files.reduce((sum, f) => sum + statSync(f).size, 0);
const htmlBytes = bytesOf(output.filter((f) => f.endsWith('.html')));
const searchBytes = bytesOf(output.filter((f) => f.includes(`${join(outDir, 'pagefind')}/`)));
const totalMs = astro.ms + pagefind.ms;
const searchPage = localizedPath(locales[0], 'article-1');
const [search] = await measureFirstQueries(outDir, [{ locale: locales[0], query: values.query, page: searchPage }], 1);

console.log(`corpus: ${articles} articles × ${localeCount} locales = ${articles * localeCount} articles, generated in ${seconds(generateMs)}; Markdown pipeline: ${values.variant}`);
console.log(`pages: ${pages} HTML pages built and indexed in ${seconds(totalMs)} → ${(pages / (totalMs / 1000)).toFixed(1)} pages/s`);
console.log(`peak memory: astro build ${(astro.maxRssKb / 1024).toFixed(0)} MB, pagefind ${(pagefind.maxRssKb / 1024).toFixed(0)} MB (max RSS)`);
console.log(`output: ${kb(bytesOf(output) / pages)} per page (HTML ${kb(htmlBytes / pages)}, search index ${kb(searchBytes / pages)}), ${(bytesOf(output) / 1048576).toFixed(1)} MB in all`);
console.log('time:');
console.log(`  start-up and content check  ${seconds(phases.startup)}`);
console.log(`  content sync (frontmatter)  ${seconds(phases.contentSync)}`);
console.log(`  types and build info        ${seconds(phases.prepare)}`);
console.log(`  MDX compile and bundling    ${seconds(phases.compile)}`);
console.log(`  rendering pages             ${seconds(phases.render)}`);
console.log(`  sitemap and exit            ${seconds(phases.finish)}`);
console.log(`  Pagefind indexing           ${seconds(pagefind.ms)}`);
const transferred = search.files.reduce((sum, file) => sum + file.bytes, 0);
console.log(`search: first query "${values.query}" typed on ${searchPage} transferred ${kb(transferred)} in ${search.files.length} requests, first result after ${search.msToFirstResult} ms (${search.results} results shown)`);
for (const file of search.files) console.log(`  ${file.path} ${kb(file.bytes)}`);
