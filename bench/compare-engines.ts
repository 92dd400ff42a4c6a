// `node bench/compare-engines.ts [--content <dir>]`: builds a content folder (default: the shipped `content`) with each
// Markdown engine (POLYHELP_MARKDOWN=unified, unified-mdx, then satteri; `npm run build`'s script, Astro's cache emptied
// first so no page is carried over from another engine) and compares every built file but the search index with the
// default engine's: how many are byte-identical, how many differ only in how characters are written (the same DOM once
// parsed) or in the order of an element's attributes, and where the first differences are. Prints each build's time
// and CPU time. Exits 1 unless every file is identical.
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import type { Element } from 'hast';
import { visit } from 'unist-util-visit';
import { buildCacheDir, getContentDir } from '../src/bindings/content-dir.ts';
import { markdownEngines } from '../src/lib/markdown/markdown-processor.ts';
import { runMeasured, seconds } from './run-measured.ts';

const { values } = parseArgs({ options: { content: { type: 'string', default: 'content' } } });
const contentDir = getContentDir({ POLYHELP_CONTENT_DIR: values.content });
const work = join('bench', 'out', `engines-${contentDir.replace(/[^A-Za-z0-9._-]+/g, '-')}`);
const bin = join(process.cwd(), 'node_modules', '.bin');

/** Every file under `dir` but Pagefind's index (its file names are hashes of a non-deterministic build), relative. */
function builtFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .filter((path) => !path.startsWith(`pagefind/`))
    .sort();
}

for (const engine of markdownEngines) {
  rmSync(buildCacheDir(contentDir), { recursive: true, force: true });
  const run = await runMeasured('node', ['scripts/build.ts', '--out', join(work, engine)], {
    env: {
      PATH: `${bin}:${process.env.PATH}`,
      POLYHELP_CONTENT_DIR: contentDir,
      POLYHELP_MARKDOWN: engine,
    },
  });
  if (run.code !== 0) {
    console.error(
      run.lines
        .slice(-30)
        .map((line) => line.text)
        .join('\n'),
    );
    throw new Error(
      `the ${engine} build of ${contentDir} failed (exit ${run.code}); its output ends above`,
    );
  }
  console.log(`${engine}: built in ${seconds(run.ms)}, CPU (user + system) ${seconds(run.cpuMs)}`);
}

const [first, ...others] = markdownEngines.map((engine) => join(work, engine));
const files = builtFiles(first);
/** The HTML as parsed, re-serialized: equal when a browser builds the same DOM from both. */
const asDom = (html: string, sortAttributes = false) => {
  const tree = fromHtml(html);
  if (sortAttributes)
    visit(tree, 'element', (node: Element) => {
      node.properties = Object.fromEntries(Object.entries(node.properties).sort());
    });
  return toHtml(tree);
};
for (const [index, other] of others.entries()) {
  const missing = builtFiles(other).filter((path) => !existsSync(join(first, path)));
  const differing: { path: string; kind: 'same DOM' | 'attribute order' | 'differs' }[] = [];
  for (const path of files) {
    if (!existsSync(join(other, path))) {
      missing.push(path);
      continue;
    }
    const a = readFileSync(join(first, path), 'utf8');
    const b = readFileSync(join(other, path), 'utf8');
    if (a === b) continue;
    const html = path.endsWith('.html');
    const kind =
      html && asDom(a) === asDom(b)
        ? 'same DOM'
        : html && asDom(a, true) === asDom(b, true)
          ? 'attribute order'
          : 'differs';
    differing.push({ path, kind });
  }
  const count = (kind: string) => differing.filter((d) => d.kind === kind).length;
  console.log(
    `${contentDir}, ${markdownEngines[index + 1]} against ${markdownEngines[0]}: ${files.length} files (${files.filter((path) => path.endsWith('.html')).length} HTML); ${files.length - differing.length - missing.length} byte-identical, ${count('same DOM')} with the same DOM but other bytes, ${count('attribute order')} the same but for the order of attributes, ${count('differs')} different, ${missing.length} built by one engine only`,
  );
  for (const { path, kind } of differing.slice(0, 10)) console.log(`  ${kind}: ${path}`);
  for (const path of missing.slice(0, 10)) console.log(`  only one: ${path}`);
  if (differing.length > 0 || missing.length > 0) process.exitCode = 1;
}
