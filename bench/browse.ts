// `npm run bench:browse -- --articles N [--locales M]`: generates N articles in M locales (1 by default), builds the site
// with Astro alone (no link check or Pagefind: neither changes the home), then prints each locale home's gzipped
// HTML + CSS against the 60 KB target, its link count, the largest browse page, and the clicks from the home to the
// deepest article (a breadth-first walk over the links of the home and the browse pages: articles are not opened, so
// the walk reads a few dozen files at any size; an article reached only through another one counts as unreachable).
// Exits 1 when a home is over the target or an article is unreachable.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { localizedPath } from '../src/i18n/locale-helpers.ts';
import { getPageWeight } from '../src/lib/site/page-weight.ts';
import { readCorpusSize } from './corpus-size.ts';
import { createCorpus } from './corpus.ts';
import { runMeasured, seconds } from './run-measured.ts';
import { readSeedArticles } from './seed-articles.ts';

const homeTargetGzip = 60 * 1024;
const { locales, seeds } = readSeedArticles();
const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '300' },
    locales: { type: 'string', default: '1' },
  },
});
const { articles, localeCount } = readCorpusSize(values, locales);

const root = process.cwd();
const work = join('bench', 'out', `browse-${articles}x${localeCount}`);
const contentDir = join(work, 'content');
const outDir = join(root, work, 'dist');
rmSync(work, { recursive: true, force: true });
const chosen = locales.slice(0, localeCount);
for (const file of createCorpus({ articles, locales: chosen, seeds })) {
  const path = join(contentDir, file.path);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, file.text);
}
const build = await runMeasured(
  join(root, 'node_modules', '.bin', 'astro'),
  ['build', '--force', '--outDir', outDir],
  {
    env: { PATH: process.env.PATH ?? '', POLYHELP_CONTENT_DIR: contentDir },
  },
);
if (build.code !== 0) {
  console.error(
    `astro build failed (exit ${build.code}):\n${build.lines
      .slice(-40)
      .map((line) => line.text)
      .join('\n')}`,
  );
  process.exit(1);
}

// Every built page's path, from the file names alone: `dist/fr-fr/a-z/r/index.html` → `/fr-fr/a-z/r/`.
const builtPages = new Set(
  readdirSync(outDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name === 'index.html')
    .map((entry) =>
      `/${join(entry.parentPath, '/')
        .slice(outDir.length + 1)
        .split('\\')
        .join('/')}`.replace(/^\/+/, '/'),
    ),
);
const isBrowsePage = (path: string) => /^\/[^/]+\/(a-z|topics)\//.test(path);
const linksOf = (path: string) => {
  const html = readFileSync(join(outDir, path, 'index.html'), 'utf8');
  return [...html.matchAll(/<a [^>]*href="(\/[^"#?]*)/g)].map((match) => match[1]);
};
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
let failed = false;
console.log(
  `${articles} articles × ${chosen.length} locale(s), built in ${seconds(build.ms)} (CPU ${seconds(build.cpuMs)}, peak ${Math.round(build.peakTreeKb / 1024)} MB)`,
);
for (const locale of chosen) {
  const home = localizedPath(locale);
  const weight = getPageWeight(readFileSync(join(outDir, home, 'index.html'), 'utf8'), (href) =>
    readFileSync(join(outDir, href)),
  );
  const total = weight.htmlGzip + weight.cssGzip;
  // Clicks from the home, breadth first, following links that stay in the locale (not the header's or the switcher's),
  // opening only the home and browse pages.
  const depth = new Map([[home, 0]]);
  let largestBrowse = 0;
  for (const queue = [home]; queue.length > 0;) {
    const path = queue.shift()!;
    const links = linksOf(path);
    if (isBrowsePage(path)) largestBrowse = Math.max(largestBrowse, links.length);
    for (const link of links) {
      if (!link.startsWith(home) || depth.has(link) || !builtPages.has(link)) continue;
      depth.set(link, depth.get(path)! + 1);
      if (isBrowsePage(link)) queue.push(link);
    }
  }
  const articlePaths = [...builtPages].filter(
    (path) =>
      path.startsWith(home) && path !== home && !/^\/[^/]+\/(search|404|a-z|topics)\//.test(path),
  );
  const unreachable = articlePaths.filter((path) => !depth.has(path));
  const deepest = Math.max(...articlePaths.map((path) => depth.get(path) ?? Infinity));
  const over = total > homeTargetGzip;
  failed ||= over || unreachable.length > 0;
  console.log(
    `${home}: HTML ${kb(weight.htmlGzip)} + CSS ${kb(weight.cssGzip)} = ${kb(total)} gzipped (target < ${kb(homeTargetGzip)}${over ? ', OVER' : ''}), ` +
      `${linksOf(home).length} links; largest browse page ${largestBrowse} links; deepest of ${articlePaths.length} articles: ${deepest} clicks` +
      (unreachable.length > 0 ? `; ${unreachable.length} unreachable, e.g. ${unreachable[0]}` : ''),
  );
}
process.exit(failed ? 1 : 0);
