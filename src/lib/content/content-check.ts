import { locales, sourceLocale, type Locale } from '../../i18n/locales.ts';
import { isLocale } from '../../i18n/locale-helpers.ts';
import { closestMatch } from '../closest-match.ts';
import { ensureArticleSlug, ensureContentDir, isArticleSlug, isMediaName, refToContentPath, splitContentPath } from './article-catalog.ts';
import { problemIn, problemReporter, type ContentProblem } from './content-problem.ts';
import { checkFrontmatter } from './frontmatter-check.ts';
import type { Frontmatter } from './frontmatter-schema.ts';
import type { Root } from 'mdast';
import { nativeMdxTree } from '../markdown/native-mdx-tree.ts';
import { parseArticleBody } from './parse-article-body.ts';
import { checkSectionIds } from './section-id-check.ts';
import { readSectionHeadings, type SourceHeading } from './section-ids.ts';
import { treeToSourceLinks, type SourceLink } from './source-links.ts';
import { FrontmatterSyntaxError, splitFrontmatter } from './split-frontmatter.ts';
import { findDisallowedContent } from './disallowed-content.ts';
import { findNestingProblems, findSizeProblems } from './input-limits.ts';
import { breadcrumbFileName, parseBreadcrumbConfig, type BreadcrumbConfig } from '../site/breadcrumb-config.ts';

/** A content file as read from disk; `path` is relative to the project root. */
export interface ContentFile {
  path: string;
  text: string;
  /** Set when the file could not be read as text (a symlink, not UTF-8, too large…): it is reported, not checked. */
  problem?: ContentProblem;
}

/** An article that passed its own checks. */
export interface CheckedArticle {
  path: string;
  locale: Locale;
  slug: string;
  data: Frontmatter;
  /** The frontmatter as YAML gave it, before validation: what Astro's collection schema parses again. */
  frontmatter: Record<string, unknown>;
  headings: SourceHeading[];
  /** Everything after the frontmatter, byte for byte: what translations hash and what MDX renders. */
  body: string;
  /** Its link and image URLs with file lines, from the tree the checks parsed: what translation link parity compares. */
  links: SourceLink[];
  /**
   * False for an article of a locale another shard builds (`checksBody`): its body was not parsed here, so its
   * `headings` and `links` are empty; its own shard checks it.
   */
  bodyChecked: boolean;
}

/** Options of `checkContent`. */
export interface ContentCheckOptions {
  /** Unknown frontmatter keys are problems, not warnings. */
  strict?: boolean;
  /**
   * The locales whose article bodies are parsed and checked (every one when absent). A shard build checks the
   * bodies it compiles, its locales' and the source's; the others are read for their location and frontmatter,
   * which routes, language links and browse lists need, and checked in full by the shard that builds them.
   */
  checksBody?: (locale: Locale) => boolean;
  /**
   * Given each parsed body once every rule has read it, for an article that passed its own checks: the articles
   * loader renders the page from it instead of parsing the body again. The tree is the callee's to change.
   */
  useTree?: (path: string, body: string, tree: Root) => void;
  /**
   * Whether bodies are parsed with Sätteri where it gives mdxParser's tree (`nativeMdxTree`, the default), or always
   * with mdxParser: for a build whose MDX compile parses with micromark again (POLYHELP_MARKDOWN=unified-mdx), so what
   * is checked is what that compile reads, even on the rare text the two parsers read differently.
   */
  nativeParse?: boolean;
}

/** The images a locale's `media/` folder may hold: what the importer copies and the MDX image pipeline bundles. */
const mediaExtension = /\.(?:png|jpe?g|gif|webp)$/i;

/** What `checkContent` found: the articles that passed, what fails the build, and what only needs a look. */
export interface ContentCheckResult {
  articles: CheckedArticle[];
  problems: ContentProblem[];
  /** Worth a look, never a reason to refuse a file: an unknown frontmatter key, a translation without its source. */
  warnings: ContentProblem[];
  /** Each locale's breadcrumb configuration (`<locale>/breadcrumb.yml`), when it has one that is valid. */
  breadcrumbs: Partial<Record<Locale, BreadcrumbConfig>>;
}

/**
 * Checks every content file, alone and against its source-locale counterpart: location,
 * frontmatter, stable section ids, and that translations have the same ids as their source.
 * Images in a locale's media folder are left to the MDX image pipeline.
 * A translation whose source is absent is published (readers need it) and warned about
 * (rule `translation-without-source`); `l10n:status` lists it as `no-source`.
 * `strict` turns unknown frontmatter keys from warnings into problems. Warnings also say what the site
 * repaired (a heading id that would clash).
 */
export function checkContent(files: ContentFile[], contentDir = 'content', options: ContentCheckOptions = {}): ContentCheckResult {
  return checkAcrossFiles(files, contentDir, checkEachFile(files, contentDir, options));
}

/**
 * The rules of each file alone (everything `checkContent` checks but a translation against its source): files can
 * be checked in parts, side by side, and the parts' results joined in order before `checkAcrossFiles`.
 */
export function checkEachFile(files: ContentFile[], contentDir = 'content', options: ContentCheckOptions = {}): ContentCheckResult {
  const problems: ContentProblem[] = [];
  const warnings: ContentProblem[] = [];
  const articles: CheckedArticle[] = [];
  const breadcrumbs: Partial<Record<Locale, BreadcrumbConfig>> = {};
  for (const file of files) {
    const parts = file.problem ? undefined : splitContentPath(file.path, contentDir);
    if (parts?.name === breadcrumbFileName && isLocale(parts.folder)) {
      const parsed = parseBreadcrumbConfig(file.text, file.path);
      if ('problems' in parsed) problems.push(...parsed.problems);
      else breadcrumbs[parts.folder] = parsed.config;
      continue;
    }
    const article = checkFile(file, contentDir, problems, warnings, options);
    if (article) articles.push(article);
  }
  return { articles, problems, warnings, breadcrumbs };
}

/** The rules across files, on the results of `checkEachFile` for all of `files`: each translation against its source. */
export function checkAcrossFiles(files: ContentFile[], contentDir: string, checked: ContentCheckResult): ContentCheckResult {
  const { articles, problems, warnings } = checked;
  const sources = new Map(articles.filter((a) => a.locale === sourceLocale).map((a) => [a.slug, a]));
  const presentSources = new Set(files.map((f) => f.path));
  for (const article of articles.filter((a) => a.locale !== sourceLocale && a.bodyChecked)) {
    const sourcePath = refToContentPath({ locale: sourceLocale, slug: article.slug }, contentDir);
    const source = sources.get(article.slug);
    if (!source) {
      if (!presentSources.has(sourcePath)) {
        const fix = `import or write the ${sourceLocale} article, or check the slug (file name) matches it`;
        warnings.push(problemIn(article.path, undefined, `translation without a source: published as it is, expected ${sourcePath}`, { found: 'no such file', fix, rule: 'translation-without-source' }));
      }
      continue;
    }
    problems.push(...compareSectionIds(source, article));
  }
  return checked;
}

function checkFile(file: ContentFile, contentDir: string, problems: ContentProblem[], warnings: ContentProblem[], { strict, checksBody, useTree, nativeParse = true }: ContentCheckOptions): CheckedArticle | undefined {
  const report = problemReporter(problems, file.path);
  if (file.problem) {
    problems.push(file.problem);
    return undefined;
  }
  const parts = splitContentPath(file.path, contentDir);
  // `<locale>/media/` holds the images articles refer to (`./media/x.png`); the MDX pipeline checks they exist.
  if (parts && isMediaName(parts.name) && mediaExtension.test(parts.name)) return undefined;
  if (!parts || !parts.name.endsWith('.mdx') || isMediaName(parts.name)) {
    report(undefined, `expected an article at ${ensureContentDir(contentDir)}/<locale>/<slug>.mdx`, { found: JSON.stringify(file.path), fix: 'move or rename the file (Markdown articles use the .mdx extension)' });
    return undefined;
  }
  const { folder, name } = parts;
  const slug = name.slice(0, -'.mdx'.length);
  if (!isLocale(folder)) {
    const suggestion = locales.find((l) => l.toLowerCase() === folder.toLowerCase()) ?? closestMatch(folder, locales);
    const fix = suggestion ? `did you mean ${suggestion}? rename the folder` : 'add the locale to src/i18n/locales.ts with a dictionary in src/i18n/ui/';
    report('locale', `unknown locale: expected one of ${locales.join(', ')}`, { found: JSON.stringify(folder), fix });
    return undefined;
  }
  if (!isArticleSlug(slug)) {
    report('slug', 'expected a URL-safe slug: lower-case letters, digits and single hyphens', { found: JSON.stringify(slug), fix: `rename the file to ${ensureArticleSlug(slug)}.mdx` });
  }
  // Limits first: past them the parsers below could take minutes or overflow their stack.
  const tooLarge = findSizeProblems(file.path, file.text);
  if (tooLarge.length > 0) {
    problems.push(...tooLarge);
    return undefined;
  }
  let split;
  try {
    split = splitFrontmatter(file.text);
  } catch (error) {
    if (!(error instanceof FrontmatterSyntaxError)) throw error;
    report('frontmatter', error.fix ? error.message : `YAML does not parse: ${error.message}`, { line: error.line, fix: error.fix ?? 'quote values that hold a colon, and indent lists under their key' });
    return undefined;
  }
  if (!split.data) {
    report('frontmatter', 'expected a frontmatter block between --- lines with at least a title', { line: 1, found: 'none' });
    return undefined;
  }
  const tooDeep = findNestingProblems(file.path, split.body, split.bodyLine);
  if (tooDeep.length > 0) {
    problems.push(...tooDeep);
    return undefined;
  }
  const checked = checkFrontmatter({ file: file.path, text: file.text, data: split.data, locale: folder, isSource: folder === sourceLocale, strict });
  problems.push(...checked.problems);
  warnings.push(...checked.warnings);
  // Bodies another shard compiles are checked by that shard (`checksBody`).
  const bodyChecked = checksBody?.(folder) ?? true;
  const body = bodyChecked ? checkBody(file.path, split, name.split('/').length - 1, problems, warnings, nativeParse) : { headings: [] };
  if (!checked.data || problems.some((p) => p.file === file.path)) return undefined;
  const links = body.tree ? treeToSourceLinks(body.tree, split.bodyLine) : [];
  if (body.tree) useTree?.(file.path, split.body, body.tree);
  return { path: file.path, locale: folder, slug, data: checked.data, frontmatter: split.data, headings: body.headings, body: split.body, links, bodyChecked };
}

/**
 * One parse of an article's body for every rule that reads it (the section ids are those the page will show): its
 * problems and warnings are added, its headings and tree returned. `depth` is how many folders its slug has. The tree
 * comes from Sätteri's parser where it is mdxParser's (`nativeMdxTree`); a body with anything to report is checked again
 * on mdxParser's tree, so what is reported (lines of attributes included) is the reference parser's.
 */
function checkBody(path: string, split: { body: string; bodyLine: number }, depth: number, problems: ContentProblem[], warnings: ContentProblem[], nativeParse: boolean): { headings: SourceHeading[]; tree?: Root } {
  const native = nativeParse ? nativeMdxTree(split.body) : undefined;
  const quick = native && checkTree(path, split, depth, { tree: native });
  const checked = quick && quick.problems.length + quick.warnings.length === 0 ? quick : checkTree(path, split, depth, parseArticleBody(path, split.body, split.bodyLine));
  problems.push(...checked.problems);
  warnings.push(...checked.warnings);
  return { headings: checked.headings, tree: checked.tree };
}

function checkTree(path: string, split: { body: string; bodyLine: number }, depth: number, body: { tree?: Root; problem?: ContentProblem }): { headings: SourceHeading[]; tree?: Root; problems: ContentProblem[]; warnings: ContentProblem[] } {
  const headings = body.tree ? readSectionHeadings(body.tree, split.body, split.bodyLine) : [];
  if (body.problem) return { headings, problems: [body.problem], warnings: [] };
  const sectionIds = checkSectionIds(path, headings);
  const problems = [...sectionIds.problems, ...findDisallowedContent(path, split.body, split.bodyLine, { depth, tree: body.tree })];
  return { headings, tree: body.tree, problems, warnings: sectionIds.warnings };
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
