// `node bench/page-weight.ts [dist]`: prints what each built article page costs a reader on first load,
// against the budget (HTML + CSS ≤ 20 KB gzipped, eager JavaScript ≤ 1.5 KB gzipped, no inline script).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { articlePageBudget, getPageWeight } from '../src/lib/page-weight.ts';

const dist = process.argv[2] ?? 'dist';
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`.padStart(9);
const articlePages = readdirSync(dist, { recursive: true, encoding: 'utf8' })
  .map((path) => path.split('\\').join('/'))
  .filter((path) => /^[a-z]{2}-[a-z]{2}\/(?!404\/|search\/)[^/]+\/index\.html$/.test(path))
  .sort();
if (articlePages.length === 0) {
  console.error(`no article pages in ${dist}/<locale>/<slug>/index.html: run \`npm run build\` first`);
  process.exit(1);
}

console.log(`${'page'.padEnd(36)} ${'HTML gz'.padStart(9)} ${'CSS gz'.padStart(9)} ${'HTML+CSS'.padStart(9)} ${'JS gz'.padStart(9)}`);
let over = 0;
for (const path of articlePages) {
  const weight = getPageWeight(readFileSync(join(dist, path), 'utf8'), (href) => readFileSync(join(dist, href)));
  const total = weight.htmlGzip + weight.cssGzip;
  const fits = total <= articlePageBudget.htmlCssGzip && weight.jsGzip <= articlePageBudget.eagerJsGzip && weight.inlineScriptBytes === 0;
  if (!fits) over++;
  console.log(`/${path.replace(/index\.html$/, '')}`.padEnd(36), kb(weight.htmlGzip), kb(weight.cssGzip), kb(total), kb(weight.jsGzip), fits ? '' : 'OVER BUDGET');
}
console.log(`budget: HTML+CSS ≤ ${kb(articlePageBudget.htmlCssGzip).trim()} gzipped, eager JS ≤ ${kb(articlePageBudget.eagerJsGzip).trim()} gzipped, no inline script; ${over} of ${articlePages.length} article pages over`);
