// `npm run check:content`: the content rules alone, without building (the build runs them too).
import { getContentDir } from '../src/bindings/content-dir.ts';
import { readContentFiles } from '../src/bindings/read-content-files.ts';
import { checkContent } from '../src/lib/content/content-check.ts';
import { formatProblems } from '../src/lib/content/content-problem.ts';

const contentDir = getContentDir();
const { articles, problems } = checkContent(readContentFiles(process.cwd(), contentDir), contentDir);
if (problems.length > 0) {
  console.error(formatProblems(problems));
  process.exit(1);
}
console.log(`${articles.length} articles: no content problems`);
