import { splitFrontmatter } from '../src/lib/content/split-frontmatter.ts';

/**
 * The distinct words of an article file's body, leaving out its frontmatter, tags, link targets and Markdown
 * marks, so generated text has the language's real vocabulary; elided forms stay whole, as a search index
 * sees them: `articleWords('---\ntitle: A\n---\n# Trouver [l’erreur](/fr-fr/a/) **d’accès**\n')` → `['Trouver', 'l’erreur', 'd’accès']`.
 */
export function articleWords(text: string): string[] {
  const body = splitFrontmatter(text).body.replace(/<[^>]+>|\]\([^)]*\)|[#*_`[\]()|>-]/g, ' ');
  return [...new Set(body.match(/\p{L}+(?:['’]\p{L}+)*/gu) ?? [])];
}
