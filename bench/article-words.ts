import { splitFrontmatter } from '../src/lib/split-frontmatter.ts';

/**
 * The distinct words (two letters or more) of an article file's body, leaving out its frontmatter, tags,
 * web link targets and Markdown marks, so generated text has the language's real vocabulary:
 * `articleWords('---\ntitle: A\n---\n# Reset <a name="x"></a>your **password**\n')` → `['Reset', 'your', 'password']`.
 */
export function articleWords(text: string): string[] {
  const body = splitFrontmatter(text).body.replace(/<[^>]+>|\(http[^)]*\)|[#*`[\]()|>-]/g, ' ');
  return [...new Set(body.match(/\p{L}{2,}/gu) ?? [])];
}
