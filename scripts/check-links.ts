// `npm run check:links [-- --strict] [--json] [--update-baseline] [--baseline <file>]`: proves every link of the built
// site (run by `npm run build` after Astro). Errors exit 1; warnings are printed and exit 0 unless --strict. Findings
// the content's baseline file accepts (`<contentDir>.link-baseline.txt`) are counted, not failed; --update-baseline
// rewrites that file with the content findings that fail the check now.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildCacheDir, getContentDir } from '../src/bindings/content-dir.ts';
import { locales, sourceLocale } from '../src/i18n/locales.ts';
import { readBuiltSite } from '../src/bindings/read-built-site.ts';
import { readPageCache, writePageCache } from '../src/bindings/link-check-page-cache.ts';
import { rendererFingerprint } from '../src/bindings/renderer-fingerprint.ts';
import { readContentFiles } from '../src/bindings/read-content-files.ts';
import { checkSiteLinks } from '../src/lib/links/check-site-links.ts';
import {
  createLinkReport,
  formatLinkReport,
  type LinkBaseline,
} from '../src/lib/links/format-link-report.ts';
import {
  BaselineError,
  baselinePathFor,
  findingToBaselineEntry,
  type BaselineEntry,
} from '../src/lib/links/link-baseline.ts';
import { readLinkBaseline, writeLinkBaseline } from '../src/bindings/link-baseline-file.ts';
import { mapAncestryToComponents } from '../src/lib/links/locate-findings.ts';
import { formatProblem } from '../src/lib/content/content-problem.ts';
import { mapPagesToSources } from '../src/lib/links/page-source.ts';
import { articleTextToHeadingIds, createPagesElsewhere } from '../src/lib/links/pages-elsewhere.ts';
import { contentPathToLocale, refToContentPath } from '../src/lib/content/article-catalog.ts';
import { compilesInShard } from '../src/lib/site/shard-locales.ts';
import { readContentReport } from '../src/bindings/content-report.ts';
import { readSourceHeadingIds, readSourceLinks } from '../src/bindings/source-links-file.ts';
import { pathToFileURL } from 'node:url';
import { getShardLocales } from '../src/bindings/shard-locales.ts';

const { values } = parseArgs({
  options: {
    strict: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
    dist: { type: 'string', default: 'dist' },
    root: { type: 'string', default: process.cwd() },
    baseline: { type: 'string' },
    'update-baseline': { type: 'boolean', default: false },
  },
});
const root = values.root;
const dist = join(root, values.dist);
if (!existsSync(dist)) {
  console.error(
    `check:links: no build output at ${dist}; run \`npm run build\` (or \`astro build\`) first`,
  );
  process.exit(1);
}

/** Project files (`src/components/…`) relative to the root, recursively. */
function listFiles(folder: string): string[] {
  const base = join(root, folder);
  if (!existsSync(base)) return [];
  return readdirSync(base, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) =>
      join(entry.parentPath, entry.name)
        .slice(root.length + 1)
        .split('\\')
        .join('/'),
    )
    .sort();
}

const started = performance.now();
const contentDir = getContentDir();
// The build's Astro cache folder, where its articles loader left what it read from the content.
const cacheFolder = buildCacheDir(contentDir, root);
const cacheDir = pathToFileURL(`${cacheFolder}/`);
// The pages the last check read, kept beside: after a rebuild, only the pages that changed are parsed again.
const pageCacheFile = join(cacheFolder, 'link-check-pages.v8');
const fingerprint = rendererFingerprint();
const pageCache = readPageCache(pageCacheFile, fingerprint);
// Pagefind writes its index after this check, so links into /pagefind/ cannot be proven yet.
const site = readBuiltSite(dist, { laterAssets: ['/pagefind/'], cache: pageCache });
writePageCache(pageCacheFile, fingerprint, pageCache);
const componentFiles = [...listFiles('src/components'), ...listFiles('src/layouts')].filter(
  (file) => file.endsWith('.astro'),
);
const content = new Map(readContentFiles(root, contentDir).map((file) => [file.path, file.text]));
// A shard (POLYHELP_LOCALES) built only its locales: links into the others are checked against the whole site's
// routes and heading ids, from the content without rendering it; translation parity is checked for its locales only
// (with their sources), as the build's content check did.
const shard = getShardLocales();
if (shard) {
  // The routes the build's articles loader worked out from every article (titles included, which name letter pages).
  // The ids the build's content check found, for the articles it parsed (the source ones, whose stand-ins fill every
  // locale without a translation); the others are parsed here, once each.
  const knownIds = readSourceHeadingIds(cacheDir);
  const headingIds = new Map<string, string[]>();
  site.elsewhere = createPagesElsewhere(readContentReport(cacheDir).routes, site.pages, (ref) => {
    const path = refToContentPath(ref, contentDir);
    const text = content.get(path) ?? '';
    let ids = headingIds.get(path);
    if (!ids)
      headingIds.set(path, (ids = knownIds({ path, text }) ?? articleTextToHeadingIds(text)));
    return ids;
  });
}
const result = checkSiteLinks(site, {
  content,
  contentDir,
  // The route list says which template and content file made each page, from the content alone.
  pages: mapPagesToSources(content.keys(), { locales, sourceLocale }),
  components: mapAncestryToComponents(
    componentFiles.map((path) => ({ path, text: readFileSync(join(root, path), 'utf8') })),
  ),
  // Each article's links as the build's content check read them, for files unchanged since.
  knownLinks: readSourceLinks(cacheDir),
  checksParity: (path) => {
    const locale = contentPathToLocale(path);
    return locale === undefined || compilesInShard(locale, shard);
  },
});
const baselineFile = values.baseline ?? baselinePathFor(contentDir);
const baselinePath = resolve(root, baselineFile);
let entries: BaselineEntry[] | undefined;
let note = '';
if (values['update-baseline']) {
  // The baseline holds what would fail the check now: errors, and warnings too with --strict.
  const failing = createLinkReport(result.findings, result, values.strict).findings.filter(
    (finding) => finding.severity === 'error',
  );
  entries = failing.flatMap((finding) => findingToBaselineEntry(finding, contentDir) ?? []);
  writeLinkBaseline(baselinePath, entries);
  note =
    entries.length > 0
      ? `Wrote ${entries.length} accepted finding${entries.length === 1 ? '' : 's'} to ${baselineFile}.`
      : `No content finding fails the check, so there is no ${baselineFile}.`;
  if (entries.length === 0) entries = undefined;
} else {
  try {
    entries = readLinkBaseline(baselinePath, baselineFile);
  } catch (error) {
    if (!(error instanceof BaselineError)) throw error;
    console.error(
      `check:links: cannot read the link baseline ${baselineFile}:\n${error.problems.map((p) => `  ${formatProblem(p)}`).join('\n')}`,
    );
    process.exit(1);
  }
}
const baseline: LinkBaseline | undefined = entries && { file: baselineFile, contentDir, entries };
const report = createLinkReport(result.findings, result, values.strict, baseline);
const seconds = ((performance.now() - started) / 1000).toFixed(2);
if (values.json) console.log(JSON.stringify({ ...report, seconds: Number(seconds) }, null, 2));
else
  console.log(`${formatLinkReport(report)}\n\nChecked in ${seconds} s.${note ? `\n${note}` : ''}`);
// exitCode, not exit(): a report piped to another program (`| jq`) is written out in full before the process ends.
process.exitCode = report.errors > 0 ? 1 : 0;
