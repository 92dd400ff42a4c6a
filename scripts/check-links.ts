// `npm run check:links [-- --strict] [--json]`: proves every link of the built site (run by `npm run build`
// after Astro). Errors exit 1; warnings are printed and exit 0 unless --strict.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { locales, sourceLocale } from '../src/i18n/locales.ts';
import { readBuiltSite } from '../src/bindings/read-built-site.ts';
import { readContentFiles } from '../src/bindings/read-content-files.ts';
import { checkSiteLinks } from '../src/lib/links/check-site-links.ts';
import { createLinkReport, formatLinkReport } from '../src/lib/links/format-link-report.ts';
import { mapAncestryToComponents } from '../src/lib/links/locate-findings.ts';
import { mapPagesToSources } from '../src/lib/links/page-source.ts';

const { values } = parseArgs({
  options: {
    strict: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
    dist: { type: 'string', default: 'dist' },
    root: { type: 'string', default: process.cwd() },
  },
});
const root = values.root;
const dist = join(root, values.dist);
if (!existsSync(dist)) {
  console.error(`check:links: no build output at ${dist}; run \`npm run build\` (or \`astro build\`) first`);
  process.exit(1);
}

/** Project files (`src/components/…`) relative to the root, recursively. */
function listFiles(folder: string): string[] {
  const base = join(root, folder);
  if (!existsSync(base)) return [];
  return readdirSync(base, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(root.length + 1).split('\\').join('/'))
    .sort();
}

const started = performance.now();
// Pagefind writes its index after this check, so links into /pagefind/ cannot be proven yet.
const site = readBuiltSite(dist, { laterAssets: ['/pagefind/'] });
const componentFiles = [...listFiles('src/components'), ...listFiles('src/layouts')].filter((file) => file.endsWith('.astro'));
const content = new Map(readContentFiles(root).map((file) => [file.path, file.text]));
const result = checkSiteLinks(site, {
  content,
  // The route list says which template and content file made each page, from the content alone.
  pages: mapPagesToSources(content.keys(), { locales, sourceLocale }),
  components: mapAncestryToComponents(componentFiles.map((path) => ({ path, text: readFileSync(join(root, path), 'utf8') }))),
});
const report = createLinkReport(result.findings, result, values.strict);
const seconds = ((performance.now() - started) / 1000).toFixed(2);
if (values.json) console.log(JSON.stringify({ ...report, seconds: Number(seconds) }, null, 2));
else console.log(`${formatLinkReport(report)}\n\nChecked in ${seconds} s.`);
process.exit(report.errors > 0 ? 1 : 0);
