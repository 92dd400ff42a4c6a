// `npm run import -- <file-or-folder>... [--locale xx-XX] [--out content] [--includes <folder>] [--site-root-host <url>]
//   [--dry-run] [--force] [--strict] [--json] [--no-symptom-headings] [--comment-unknown-keys]`:
// converts Microsoft Docs markdown into <out>/<locale>/<slug>.mdx, images into <out>/<locale>/media/.
// The conversion lives in src/lib/import/. Exits 1 when any file failed or would overwrite a file it did not write.
import { parseArgs } from 'node:util';
import { runImport } from '../src/lib/import/run-import.ts';
import { summaryToJson } from '../src/lib/import/import-summary.ts';

const usage =
  'usage: npm run import -- <file-or-folder>... [--locale xx-XX] [--out content] [--includes <folder>] [--site-root-host https://learn.microsoft.com] [--dry-run] [--force] [--strict] [--json] [--no-symptom-headings] [--comment-unknown-keys]';
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    locale: { type: 'string' },
    out: { type: 'string', default: 'content' },
    includes: { type: 'string' },
    'site-root-host': { type: 'string' },
    // Kept so scripts that pass it still run: images now go beside the articles, in <out>/<locale>/media/.
    media: { type: 'string' },
    'dry-run': { type: 'boolean', default: false },
    force: { type: 'boolean', default: false },
    strict: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
    'no-symptom-headings': { type: 'boolean', default: false },
    'comment-unknown-keys': { type: 'boolean', default: false },
  },
});
if (positionals.length === 0) {
  console.error(usage);
  process.exit(2);
}
if (values.media)
  console.error(
    `--media is no longer used: images are copied to ${values.out}/<locale>/media/, beside the articles that show them`,
  );
const { summary, failed, run } = await runImport({
  inputs: positionals,
  locale: values.locale,
  out: values.out,
  includesRoot: values.includes,
  siteRootHost: values['site-root-host'],
  dryRun: values['dry-run'],
  force: values.force,
  strict: values.strict,
  symptomHeadings: !values['no-symptom-headings'],
  commentUnknownKeys: values['comment-unknown-keys'],
  progress: (line) => process.stderr.write(`${line}\n`),
});
console.log(values.json ? JSON.stringify(summaryToJson(run), null, 2) : summary);
// exitCode, not exit(): a summary piped to another program (`| jq`) is written out in full before the process ends.
process.exitCode = failed ? 1 : 0;
