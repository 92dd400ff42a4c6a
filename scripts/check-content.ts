// `npm run check:content [-- --strict]`: the content rules alone, without building (the build runs them too).
// Warnings (an unknown frontmatter key, a translation without its source) are printed and do not fail,
// unless `--strict` makes unknown keys errors. Reads POLYHELP_CONTENT_DIR like the build.
import { getContentDir } from '../src/bindings/content-dir.ts';
import { readContentFiles } from '../src/bindings/read-content-files.ts';
import { checkContent } from '../src/lib/content/content-check.ts';
import { formatProblems } from '../src/lib/content/content-problem.ts';

const strict = process.argv.includes('--strict');
const contentDir = getContentDir();
const { articles, problems, warnings } = checkContent(
  readContentFiles(process.cwd(), contentDir),
  contentDir,
  { strict },
);
if (warnings.length > 0) console.warn(formatProblems(warnings, 'warning'));
if (problems.length > 0) {
  console.error(formatProblems(problems));
  process.exit(1);
}
console.log(`${articles.length} articles: no content problems`);
