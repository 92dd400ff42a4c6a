// `node bench/mdx-compile.ts [--articles 167] [--locales 6]`: compiles every article of a generated corpus to a JS module
// with the MDX renderer Astro calls (`processor.createMdxRenderer(…).process`): the site's unified pipeline with our
// plugins, the same without them, Sätteri without them and Sätteri with their ports (POLYHELP_MARKDOWN=satteri), outside
// any build: how much of the build's "MDX compile and bundling" phase is the Markdown engine, what the switch saves.
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { unified } from '@astrojs/markdown-remark';
import { satteri } from '@astrojs/markdown-satteri';
import remarkGfm from 'remark-gfm';
import { siteMarkdownProcessor } from '../src/bindings/markdown-processor.ts';
import { splitFrontmatter } from '../src/lib/content/split-frontmatter.ts';
import { gfmOptions } from '../src/lib/markdown/mdx-parser.ts';
import { createCorpus } from './corpus.ts';
import { readSeedArticles } from './seed-articles.ts';
import { seconds } from './run-measured.ts';

// The corpus is written with the words of the seed article, so it has the locales that article has (as bench:build's).
const { locales, seeds } = readSeedArticles();
const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '167' },
    locales: { type: 'string', default: String(locales.length) },
  },
});
const files = createCorpus({
  articles: Number(values.articles),
  locales: locales.slice(0, Number(values.locales)),
  seeds,
});
const shared = { syntaxHighlight: false as const, gfm: true, smartypants: false };
const engines = {
  'unified + our plugins (the site)': siteMarkdownProcessor('unified'),
  'unified, no plugins of ours': unified({
    gfm: false,
    remarkPlugins: [[remarkGfm, gfmOptions]],
    smartypants: false,
  }),
  'Sätteri, no plugins of ours': satteri({ features: { gfm: true, smartPunctuation: false } }),
  'Sätteri + the ported plugins': siteMarkdownProcessor('satteri'),
};
/** The static HTML of a compiled article (optimize puts it in `set:html` strings) and its headings (the TOC's source). */
const staticHtml = (code: string) =>
  [...code.matchAll(/"set:html": ("(?:[^"\\]|\\.)*")/g)]
    .map((m) => new Function(`return ${m[1]}`)() as string)
    .join('') +
  JSON.stringify(
    JSON.parse(/getHeadings\(\) \{\s*return (\[.*?\]);?\s*\}/s.exec(code)?.[1] ?? 'null'),
  );

const renderers = await Promise.all(
  Object.values(engines).map((processor) =>
    processor.createMdxRenderer!(shared, { optimize: true }),
  ),
);
const ms = renderers.map(() => 0);
const bytes = renderers.map(() => 0);
let sameHtml = 0;
// Warm up first: a renderer's first call loads its modules, which a build pays once.
for (const renderer of renderers)
  for (const file of files.slice(0, 6))
    await renderer.process(
      splitFrontmatter(file.text).body,
      resolve('bench/out/mdx', file.path),
      {},
    );
// Each article goes through both engines in turn, so load from other work on the machine weighs on both alike.
for (const file of files) {
  const { data, body } = splitFrontmatter(file.text);
  const html: string[] = [];
  for (const [index, renderer] of renderers.entries()) {
    // CPU time of the process (every thread), not wall time: on a shared machine wall time mostly measures the others.
    const started = process.cpuUsage();
    const result = await renderer.process(body, resolve('bench/out/mdx', file.path), data ?? {});
    const used = process.cpuUsage(started);
    ms[index] += (used.user + used.system) / 1000;
    bytes[index] += result.code.length;
    html.push(staticHtml(result.code));
  }
  if (html[0] !== '' && html[0] === html[3]) sameHtml++;
}
console.log(
  `${files.length} articles, MDX compiled to JS with optimize on, as the build does (the engines take turns, article by article; CPU time):`,
);
for (const [index, name] of Object.keys(engines).entries()) {
  console.log(
    `  ${name.padEnd(34)} ${seconds(ms[index]).padStart(7)}  ${(ms[index] / files.length).toFixed(1)} ms/article  ${(bytes[index] / files.length / 1024).toFixed(1)} KB of JS/article`,
  );
}
console.log(
  `  ratio Sätteri / the site's unified pipeline: ${(ms[2] / ms[0]).toFixed(2)} without our plugins, ${(ms[3] / ms[0]).toFixed(2)} with the ported plugins`,
);
console.log(
  `  same static HTML and headings from Sätteri with the ported plugins as from the site's pipeline: ${sameHtml} of ${files.length} articles`,
);
