// `npm run import -- <file-or-folder>... [--locale xx-XX] [--out content] [--dry-run] [--no-symptom-headings] [--comment-unknown-keys]`:
// converts Microsoft Docs markdown into content/<locale>/<slug>.mdx. The conversion lives in src/lib/import/.
import { parseArgs } from 'node:util';
import { runImport } from '../src/lib/import/run-import.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    locale: { type: 'string' },
    out: { type: 'string', default: 'content' },
    media: { type: 'string', default: 'public/media' },
    'dry-run': { type: 'boolean', default: false },
    'no-symptom-headings': { type: 'boolean', default: false },
    'comment-unknown-keys': { type: 'boolean', default: false },
  },
});
if (positionals.length === 0) {
  console.error('usage: npm run import -- <file-or-folder>... [--locale xx-XX] [--out content] [--media public/media] [--dry-run] [--no-symptom-headings] [--comment-unknown-keys]');
  process.exit(2);
}
const { summary, failed } = await runImport({
  inputs: positionals,
  locale: values.locale,
  out: values.out,
  media: values.media,
  dryRun: values['dry-run'],
  symptomHeadings: !values['no-symptom-headings'],
  commentUnknownKeys: values['comment-unknown-keys'],
  progress: (line) => process.stderr.write(`${line}\n`),
});
console.log(summary);
process.exit(failed ? 1 : 0);
