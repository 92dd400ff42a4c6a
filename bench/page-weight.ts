// `node bench/page-weight.ts [dist] [--modules]`: prints what each built article page costs a reader on first load,
// against the budget (HTML + CSS ≤ 20 KB gzipped, eager JavaScript ≤ 1.5 KB gzipped, no inline script).
// `--modules` also lists, under each page, every module it loads before interaction, gzipped and raw.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import {
  articlePageBudget,
  getPageWeight,
  isArticlePagePath,
} from '../src/lib/site/page-weight.ts';

const { values, positionals } = parseArgs({
  options: { modules: { type: 'boolean', default: false } },
  allowPositionals: true,
});
const dist = positionals[0] ?? 'dist';
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`.padStart(9);
const articlePages = readdirSync(dist, { recursive: true, encoding: 'utf8' })
  .map((file) => `/${file.split('\\').join('/')}`)
  .filter(
    (file) => file.endsWith('/index.html') && isArticlePagePath(file.replace(/index\.html$/, '')),
  )
  .sort();
if (articlePages.length === 0) {
  console.error(
    `no article pages in ${dist}/<locale>/<slug>/index.html: run \`npm run build\` first`,
  );
  process.exit(1);
}

console.log(
  `${'page'.padEnd(36)} ${'HTML gz'.padStart(9)} ${'CSS gz'.padStart(9)} ${'HTML+CSS'.padStart(9)} ${'JS gz'.padStart(9)}`,
);
let over = 0;
for (const file of articlePages) {
  const weight = getPageWeight(readFileSync(join(dist, file), 'utf8'), (href) =>
    readFileSync(join(dist, href)),
  );
  const total = weight.htmlGzip + weight.cssGzip;
  const fits =
    total <= articlePageBudget.htmlCssGzip &&
    weight.jsGzip <= articlePageBudget.eagerJsGzip &&
    weight.inlineScriptBytes === 0;
  if (!fits) over++;
  console.log(
    file.replace(/index\.html$/, '').padEnd(36),
    kb(weight.htmlGzip),
    kb(weight.cssGzip),
    kb(total),
    kb(weight.jsGzip),
    fits ? '' : 'OVER BUDGET',
  );
  if (values.modules) {
    for (const module of weight.modules)
      console.log(
        `  ${String(module.gzip).padStart(5)} B gz  ${String(module.bytes).padStart(5)} B  ${module.path}`,
      );
  }
}
console.log(
  `budget: HTML+CSS ≤ ${kb(articlePageBudget.htmlCssGzip).trim()} gzipped, eager JS ≤ ${kb(articlePageBudget.eagerJsGzip).trim()} gzipped, no inline script; ${over} of ${articlePages.length} article pages over`,
);
