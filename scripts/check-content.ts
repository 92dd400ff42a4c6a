// `npm run check:content`: the content rules alone, without building (the build runs them too).
import { readContentFiles } from '../src/bindings/read-content-files.ts';
import { checkContent } from '../src/lib/content/content-check.ts';
import { formatProblem, formatProblems } from '../src/lib/content/content-problem.ts';

const { articles, problems, warnings } = checkContent(readContentFiles(process.cwd()));
for (const warning of warnings) console.warn(`warning: ${formatProblem(warning)}`);
if (problems.length > 0) {
  console.error(formatProblems(problems));
  process.exit(1);
}
console.log(`${articles.length} articles: no content problems`);
