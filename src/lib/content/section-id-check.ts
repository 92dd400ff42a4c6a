import { slug } from 'github-slugger';
import { sourceLocale } from '../../i18n/locales.ts';
import { problemIn, type ContentProblem } from './content-problem.ts';
import { generateHeadingIds, isValidSectionId, type SourceHeading } from './section-ids.ts';

/** Headings at these depths are sections: each must carry a stable id. */
const sectionDepths = [1, 2];
const field = 'section id';

/**
 * The rules on one article's heading ids: every section (h1, h2) has a stable id, valid in a `#fragment` link and
 * used once. Warnings name the headings without an anchor whose generated id would equal an anchor's: the site
 * gives them another. `checkSectionIds('a.mdx', [{ depth: 2, text: 'Steps', line: 5 }])` →
 * `{ problems: [{ file: 'a.mdx', line: 5, field: 'section id', message: 'a section heading needs a stable id, …' }], warnings: [] }`.
 */
export function checkSectionIds(file: string, headings: readonly SourceHeading[]): { problems: ContentProblem[]; warnings: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const seen = new Map<string, number>();
  for (const heading of headings) {
    if (!heading.id) {
      if (sectionDepths.includes(heading.depth)) {
        const fix = `start the heading with <a name="some-id"></a>, using the id of the ${sourceLocale} article`;
        problems.push(problemIn(file, field, 'a section heading needs a stable id, the same in every locale', { line: heading.line, found: JSON.stringify(heading.text), fix }));
      }
      continue;
    }
    const first = seen.get(heading.id);
    const at = { line: heading.line, found: JSON.stringify(heading.id) };
    if (!isValidSectionId(heading.id)) {
      const fix = `write <a name="${slug(heading.id) || 'section'}"></a>, with the same id in every locale`;
      problems.push(problemIn(file, field, 'expected an id that works in a #link as written: letters, digits, - _ and . only, no spaces', { ...at, fix }));
    } else if (first) problems.push(problemIn(file, field, `duplicate id, already used on line ${first}`, { ...at, fix: 'give each heading its own id' }));
    if (!first) seen.set(heading.id, heading.line);
  }
  return { problems, warnings: findGeneratedIdClashes(file, headings, seen) };
}

/** Headings without an anchor whose slug would be an anchor's id (or empty): the page gives them the id `generateHeadingIds` makes. */
function findGeneratedIdClashes(file: string, headings: readonly SourceHeading[], anchors: ReadonlyMap<string, number>): ContentProblem[] {
  const unanchored = headings.filter((heading) => !heading.id);
  const { slugs, ids } = generateHeadingIds(new Set(anchors.keys()), unanchored.map((heading) => heading.text));
  return unanchored.flatMap((heading, index) => {
    const anchorLine = anchors.get(slugs[index]);
    if (anchorLine === undefined && slugs[index] !== '') return [];
    const why = anchorLine === undefined ? 'has no text to make an id of' : `would get the id "${slugs[index]}" from its text, which the anchor on line ${anchorLine} has`;
    const fix = 'start the heading with its own <a name="some-id"></a>, or reword it';
    return [problemIn(file, field, `a heading without an anchor ${why}: the page gives it "${ids[index]}" instead`, { line: heading.line, found: JSON.stringify(heading.text), fix })];
  });
}
