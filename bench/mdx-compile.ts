// `node bench/mdx-compile.ts [--articles 167] [--locales 6]`: compiles every article of a generated corpus to a JS module
// with the MDX renderer Astro calls (`processor.createMdxRenderer(…).process`): the site's unified pipeline with our
// plugins, the same without them, and Sätteri without them, outside any build: how much of the build's "MDX compile and
// bundling" phase is the Markdown engine, and how much an engine switch could save at most.
import { parseArgs } from 'node:util';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { unified } from '@astrojs/markdown-remark';
import { satteri } from '@astrojs/markdown-satteri';
import remarkGfm from 'remark-gfm';
import config from '../astro.config.mjs';
import { contentPathToLocale } from '../src/lib/content/article-catalog.ts';
import { locales, sourceLocale } from '../src/i18n/locales.ts';
import { createTranslator } from '../src/i18n/ui.ts';
import { splitFrontmatter } from '../src/lib/content/split-frontmatter.ts';
import { gfmOptions } from '../src/lib/markdown/mdx-parser.ts';
import { createCorpus } from './corpus.ts';
import { seconds } from './run-measured.ts';
import { satteriHastPlugins, satteriMdastPlugins } from './satteri-plugins.ts';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '167' },
    locales: { type: 'string', default: String(locales.length) },
  },
});
const seeds = Object.fromEntries(
  locales.map((locale) => [
    locale,
    readFileSync(join('content', locale, 'troubleshoot-sspr.mdx'), 'utf8'),
  ]),
);
const files = createCorpus({
  articles: Number(values.articles),
  locales: locales.slice(0, Number(values.locales)),
  seeds,
});
const t = (path: string) => createTranslator(contentPathToLocale(path) ?? sourceLocale);
const shared = { syntaxHighlight: false as const, gfm: true, smartypants: false };
const engines = {
  'unified + our plugins (the site)': config.markdown!.processor!,
  'unified, no plugins of ours': unified({
    gfm: false,
    remarkPlugins: [[remarkGfm, gfmOptions]],
    smartypants: false,
  }),
  'Sätteri, no plugins of ours': satteri({ features: { gfm: true, smartPunctuation: false } }),
  'Sätteri + bench/satteri-plugins.ts': satteri({
    features: { gfm: true, smartPunctuation: false },
    mdastPlugins: satteriMdastPlugins({ title: (path, kind) => t(path)(`callout.${kind}`) }),
    hastPlugins: satteriHastPlugins({
      anchorLabel: (path, heading) => t(path)('article.anchorLabel', { heading }),
      label: (path) => t(path)('footnotes.label'),
    }),
  }),
};
/** The static HTML of a compiled article (optimize puts it in `set:html` strings), boolean attributes written one way, and its headings (the TOC's source). */
const staticHtml = (code: string) =>
  [...code.matchAll(/"set:html": ("(?:[^"\\]|\\.)*")/g)]
    .map((m) => JSON.parse(m[1]) as string)
    .join('')
    .replaceAll('=""', '') +
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
  `  ratio Sätteri / the site's unified pipeline: ${(ms[2] / ms[0]).toFixed(2)} without our plugins, ${(ms[3] / ms[0]).toFixed(2)} with the sketched port`,
);
console.log(
  `  same static HTML (boolean attributes aside) from the sketched port as from the site's pipeline: ${sameHtml} of ${files.length} articles`,
);
