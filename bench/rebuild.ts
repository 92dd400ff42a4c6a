// `npm run bench:rebuild -- [--articles 167] [--locales 6] [--unchanged]`: the whole build (astro build, link check, Pagefind) of a
// generated corpus from a clean cache, then again with Astro's content layer cache (node_modules/.astro-content/<folder>, the
// cacheDir of a non-default content folder) kept after one source article changed (`--unchanged`: and before, with nothing changed).
import { appendFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { readCorpusSize } from './corpus-size.ts';
import { buildPhasesFromLog, pageTimesFromLog } from './build-phases.ts';
import { createCorpus } from './corpus.ts';
import { mib, runMeasured, seconds } from './run-measured.ts';
import { readSeedArticles } from './seed-articles.ts';
import {
  linkCheckCommand,
  pagesCommand,
  searchIndexCommand,
  type BuildCommand,
} from '../src/bindings/build-commands.ts';
import { buildCacheDir } from '../src/bindings/content-dir.ts';

// The corpus is written with the words of the seed article, so it has the locales that article has.
const { locales, seeds } = readSeedArticles();

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '167' },
    locales: { type: 'string', default: String(locales.length) },
    unchanged: { type: 'boolean', default: false },
  },
});
const { articles, localeCount } = readCorpusSize(values, locales, 2);

const root = process.cwd();
const work = join('bench', 'out', `rebuild-${articles}x${localeCount}`);
const contentDir = join(work, 'content');
const outDir = join(root, work, 'dist');
const env = {
  PATH: `${join(root, 'node_modules', '.bin')}:${process.env.PATH}`,
  POLYHELP_CONTENT_DIR: contentDir,
};
/** Runs one step's command, as `npm run build` runs it (src/bindings/build-commands.ts). */
const measure = ({ command, args, env: commandEnv }: BuildCommand) =>
  runMeasured(command, args, { env: { ...env, ...commandEnv } });

rmSync(work, { recursive: true, force: true });
// A clean build: nothing kept from the last one, neither Astro's content layer nor the link check's pages.
rmSync(buildCacheDir(contentDir, root), { recursive: true, force: true });
for (const file of createCorpus({ articles, locales: locales.slice(0, localeCount), seeds })) {
  mkdirSync(dirname(join(contentDir, file.path)), { recursive: true });
  writeFileSync(join(contentDir, file.path), file.text);
}

/** One whole build; `force` clears Astro's content layer cache first, as a clean CI checkout without a kept cache would. */
async function wholeBuild(label: string, force: boolean) {
  const astro = await measure(pagesCommand(outDir, force ? ['--force'] : []));
  if (astro.code !== 0)
    throw new Error(
      `astro build failed:\n${astro.lines
        .slice(-30)
        .map((l) => l.text)
        .join('\n')}`,
    );
  // Side by side, as `npm run build` runs them (scripts/build.ts).
  const [links, pagefind] = await Promise.all([
    measure(linkCheckCommand(relative(root, outDir))),
    measure(searchIndexCommand(outDir)),
  ]);
  const phases = buildPhasesFromLog(astro.lines, astro.ms);
  const rendered = pageTimesFromLog(astro.lines).length;
  const total = astro.ms + Math.max(links.ms, pagefind.ms);
  const cpu = astro.cpuMs + links.cpuMs + pagefind.cpuMs;
  console.log(
    `${label.padEnd(34)} ${seconds(total).padStart(7)} (CPU ${seconds(cpu)})  astro ${seconds(astro.ms).padStart(7)} (CPU ${seconds(astro.cpuMs)}, content sync ${seconds(phases.contentSync)}, compile ${seconds(phases.compile)}, render ${seconds(phases.render)}, ${rendered} pages rendered)  links ${seconds(links.ms)}  pagefind ${seconds(pagefind.ms)}  peak ${mib(Math.max(astro.peakTreeKb, links.peakTreeKb, pagefind.peakTreeKb))} MiB`,
  );
}

console.log(
  `corpus: ${articles} articles × ${localeCount} locales; each line is the whole build (astro build, link check, Pagefind)`,
);
await wholeBuild('clean (--force, no cache)', true);
if (values.unchanged) await wholeBuild('cache kept, nothing changed', false);
appendFileSync(
  join(contentDir, locales[0], 'article-1.mdx'),
  '\nOne more sentence, so the source article changed.\n',
);
await wholeBuild(`cache kept, ${locales[0]}/article-1 changed`, false);
// The bench left .astro/ pointing at the corpus; put the project's own content back for dev and tests.
await runMeasured('astro', ['sync'], { env: { PATH: env.PATH } });
