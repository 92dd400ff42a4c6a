import { locales, sourceLocale, type Locale } from '../../i18n/locales.ts';
import { isLocale } from '../../i18n/locale-helpers.ts';
import { closestMatch } from '../closest-match.ts';
import { problemIn, problemReporter, type ContentProblem } from './content-problem.ts';
import { checkFrontmatter } from './frontmatter-check.ts';
import type { Frontmatter } from './frontmatter-schema.ts';
import { parseArticleBody } from './parse-article-body.ts';
import { checkSectionIds } from './section-id-check.ts';
import { readSectionHeadings, type SourceHeading } from './section-ids.ts';
import { FrontmatterSyntaxError, splitFrontmatter } from './split-frontmatter.ts';
import { findUnsafeContent } from './unsafe-content.ts';

/** A content file as read from disk; `path` is relative to the project root. */
export interface ContentFile {
  path: string;
  text: string;
}

/** An article that passed its own checks. */
export interface CheckedArticle {
  path: string;
  locale: Locale;
  slug: string;
  data: Frontmatter;
  headings: SourceHeading[];
  body: string;
}

const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Checks every content file, alone and against its source-locale counterpart: location,
 * frontmatter, stable section ids, and that translations have a source with the same ids.
 * Problems fail the build; warnings say what the site repaired (a heading id that would clash).
 */
export function checkContent(files: ContentFile[], contentDir = 'content'): { articles: CheckedArticle[]; problems: ContentProblem[]; warnings: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const warnings: ContentProblem[] = [];
  const articles: CheckedArticle[] = [];
  for (const file of files) {
    const article = checkFile(file, contentDir, problems, warnings);
    if (article) articles.push(article);
  }
  const sources = new Map(articles.filter((a) => a.locale === sourceLocale).map((a) => [a.slug, a]));
  const presentSources = new Set(files.map((f) => f.path));
  for (const article of articles.filter((a) => a.locale !== sourceLocale)) {
    const sourcePath = `${contentDir}/${sourceLocale}/${article.slug}.mdx`;
    const source = sources.get(article.slug);
    if (!source) {
      if (!presentSources.has(sourcePath)) {
        const fix = `write the ${sourceLocale} article first, or check the slug (file name) matches it`;
        problems.push(problemIn(article.path, undefined, `translation without a source: expected ${sourcePath}`, { found: 'no such file', fix, rule: 'translation-without-source' }));
      }
      continue;
    }
    problems.push(...compareSectionIds(source, article));
  }
  return { articles, problems, warnings };
}

function checkFile(file: ContentFile, contentDir: string, problems: ContentProblem[], warnings: ContentProblem[]): CheckedArticle | undefined {
  const report = problemReporter(problems, file.path);
  const parts = file.path.slice(contentDir.length + 1).split('/');
  if (parts.length !== 2 || !parts[1].endsWith('.mdx')) {
    const fix = 'move or rename the file (Markdown articles use the .mdx extension)';
    report(undefined, `expected an article at ${contentDir}/<locale>/<slug>.mdx`, { found: JSON.stringify(file.path), fix });
    return undefined;
  }
  const [folder, name] = parts;
  const slug = name.slice(0, -'.mdx'.length);
  if (!isLocale(folder)) {
    const suggestion = locales.find((l) => l.toLowerCase() === folder.toLowerCase()) ?? closestMatch(folder, locales);
    const fix = suggestion ? `did you mean ${suggestion}? rename the folder` : 'add the locale to src/i18n/locales.ts with a dictionary in src/i18n/ui/';
    report('locale', `unknown locale: expected one of ${locales.join(', ')}`, { found: JSON.stringify(folder), fix });
    return undefined;
  }
  if (!slugPattern.test(slug)) {
    const safeSlug = slug.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
    report('slug', 'expected a URL-safe slug: lower-case letters, digits and single hyphens', { found: JSON.stringify(slug), fix: `rename the file to ${safeSlug}.mdx` });
  }
  let split;
  try {
    split = splitFrontmatter(file.text);
  } catch (error) {
    if (!(error instanceof FrontmatterSyntaxError)) throw error;
    report('frontmatter', `YAML does not parse: ${error.message}`, { line: error.line, fix: 'quote values that hold a colon, and indent lists under their key' });
    return undefined;
  }
  if (!split.data) {
    report('frontmatter', 'expected a frontmatter block between --- lines with at least a title', { line: 1, found: 'none' });
    return undefined;
  }
  const checked = checkFrontmatter({ file: file.path, text: file.text, data: split.data, locale: folder, isSource: folder === sourceLocale });
  problems.push(...checked.problems);
  // One parse of the body for every rule that reads it: the section ids are those the page will show.
  const body = parseArticleBody(file.path, split.body, split.bodyLine);
  const headings = body.tree ? readSectionHeadings(body.tree, split.body, split.bodyLine) : [];
  if (body.problem) problems.push(body.problem);
  else {
    const sectionIds = checkSectionIds(file.path, headings);
    problems.push(...sectionIds.problems, ...findUnsafeContent(file.path, split.body, split.bodyLine, body.tree));
    warnings.push(...sectionIds.warnings);
  }
  if (!checked.data || problems.some((p) => p.file === file.path)) return undefined;
  return { path: file.path, locale: folder, slug, data: checked.data, headings, body: split.body };
}

/** The ids of a translation's sections must be exactly its source's, so links and the language switch keep working. */
function compareSectionIds(source: CheckedArticle, translation: CheckedArticle): ContentProblem[] {
  const ids = (article: CheckedArticle) => new Set(article.headings.flatMap((h) => (h.id ? [h.id] : [])));
  const [sourceIds, translationIds] = [ids(source), ids(translation)];
  const missing = [...sourceIds].filter((id) => !translationIds.has(id));
  const extra = [...translationIds].filter((id) => !sourceIds.has(id));
  if (missing.length === 0 && extra.length === 0) return [];
  const parts = [missing.length ? `missing ${missing.join(', ')}` : '', extra.length ? `not in the source: ${extra.join(', ')}` : ''].filter(Boolean);
  const fix = `use exactly the <a name> ids of ${source.path} (${[...sourceIds].join(', ')})`;
  return [problemIn(translation.path, 'section ids', `expected the same section ids as ${source.path}`, { found: parts.join('; '), fix })];
}
