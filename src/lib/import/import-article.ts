import type { Root } from 'mdast';
import type { Locale } from '../../i18n/locales.ts';
import { sourceLocale } from '../../i18n/locales.ts';
import { ensureContentDir, refToContentPath } from '../content/article-catalog.ts';
import { checkContent } from '../content/content-check.ts';
import type { ContentProblem } from '../content/content-problem.ts';
import { createLineIndex } from '../line-index.ts';
import { parseArticleBody } from '../content/parse-article-body.ts';
import { readSectionHeadings, type SourceHeading } from '../content/section-ids.ts';
import { splitFrontmatter } from '../content/split-frontmatter.ts';
import { isScriptUrl } from '../content/unsafe-url.ts';
import { expandDocsExtensions, type ExtensionOptions } from './docs-extensions.ts';
import type { FixKind, PassOutput } from './import-notes.ts';
import { convertDisabledConstructs } from './mdx-disabled-constructs.ts';
import { escapeProse } from './escape-text.ts';
import { fileSourceHash } from '../l10n/source-hash.ts';
import { stampHash } from '../l10n/stamp-hash.ts';
import { normalizeFrontmatter } from './normalize-frontmatter.ts';
import { convertRawHtml } from './raw-html.ts';
import { restorePositions } from './restore-positions.ts';
import { rewriteLinks, type LinkContext } from './rewrite-links.ts';
import { convertSectionHeadings } from './section-headings.ts';
import { applyEdits } from './source-edits.ts';
import { verifyMdx } from './verify-mdx.ts';
import {
  diffVisibleContent,
  markdownParser,
  markdownVisibleContent,
  mdxVisibleContent,
  type VisibleContent,
} from './visible-text.ts';

/** One article to import, already located (locale and slug known). */
export interface ImportArticleInput {
  /** The input path, for messages. */
  file: string;
  text: string;
  locale: Locale;
  slug: string;
}

/** What an article's import depends on besides its own text. */
export interface ImportArticleOptions {
  /** Turn bold symptom lines into sections (on by default in the CLI). */
  symptomHeadings: boolean;
  /** Keep frontmatter keys the schema does not know as YAML comments instead of as they are. */
  commentUnknownKeys?: boolean;
  /** Fail the file on a frontmatter key the schema does not know (`--strict`). */
  strict?: boolean;
  /** The source-locale article with the same slug, as written, when there is one: it supplies section ids. */
  sourceArticle?: string;
  /**
   * The source article is the one imported with this translation (in this run, or by an earlier run and unchanged
   * since): its body hash is recorded in `polyhelp.sourcehash`, which later proves the translation up to date or
   * outdated. Without it nothing is recorded and `l10n:status` says `unverified`.
   */
  recordSourceHash?: boolean;
  /** The content folder the output goes to (`content`; `./content/` is the same folder). */
  contentDir: string;
  links: Omit<LinkContext, 'locale'>;
  readInclude: ExtensionOptions['readInclude'];
}

/** One article's import: the output file, or why it failed; fixes by kind and warnings either way. */
export interface ImportArticleResult {
  /** `content/<locale>/<slug>.mdx`, as `refToContentPath` spells it. */
  path: string;
  /** The MDX text; undefined when the import failed. */
  output?: string;
  fixes: Array<{ kind: FixKind; line: number }>;
  warnings: ContentProblem[];
  problems: ContentProblem[];
}

/**
 * Converts one Microsoft Docs article into an MDX entry and proves it: the output compiles, passes the
 * content check, and shows the reader the same text and link targets as the input rendered as CommonMark.
 * Everything not rewritten stays byte for byte.
 */
export async function importArticle(
  input: ImportArticleInput,
  options: ImportArticleOptions,
): Promise<ImportArticleResult> {
  const contentDir = ensureContentDir(options.contentDir);
  const path = refToContentPath(input, contentDir);
  const result: ImportArticleResult = { path, fixes: [], warnings: [], problems: [] };
  const fail = (problem: Omit<ContentProblem, 'file'>) => {
    result.problems.push({ file: input.file, ...problem });
    return result;
  };

  const frontmatter = normalizeFrontmatter(input.file, input.text, {
    commentUnknownKeys: options.commentUnknownKeys,
    strict: options.strict,
  });
  result.fixes.push(...frontmatter.fixes);
  result.warnings.push(...frontmatter.warnings);
  if (frontmatter.problems.length) {
    result.problems.push(...frontmatter.problems);
    return result;
  }
  const { body, bodyLine } = frontmatter.split ?? splitFrontmatter(frontmatter.text);
  const written = frontmatter.text.slice(0, frontmatter.text.length - body.length);
  const isTranslation = input.locale !== sourceLocale;
  const canRecord =
    isTranslation &&
    options.sourceArticle !== undefined &&
    options.recordSourceHash &&
    frontmatter.split?.data !== undefined;
  const head = canRecord ? stampHash(written, fileSourceHash(options.sourceArticle!)) : written;
  const expanded = expandDocsExtensions(body, { readInclude: options.readInclude });
  const source = expanded.body;
  const sourceLines = createLineIndex(source);
  const toFileLine = (offset: number) =>
    bodyLine + (expanded.lineMap[sourceLines.lineAt(offset) - 1] ?? 1) - 1;
  result.fixes.push(...expanded.fixes.map((f) => ({ kind: f.kind, line: bodyLine + f.line - 1 })));
  result.warnings.push(
    ...expanded.warnings.map((w) => ({ file: input.file, ...w, line: bodyLine + w.line - 1 })),
  );
  result.problems.push(
    ...expanded.problems.map((p) => ({ file: input.file, ...p, line: bodyLine + p.line - 1 })),
  );
  const tree = markdownParser.parse(source) as Root;
  restorePositions(tree, source);

  const html = convertRawHtml(tree, source);
  const links = rewriteLinks(tree, source, { ...options.links, locale: input.locale });
  const sourceHeadings =
    options.sourceArticle === undefined ? undefined : readSourceHeadings(options.sourceArticle);
  const passes: PassOutput[] = [
    html,
    escapeProse(tree, source, html.removed),
    convertDisabledConstructs(tree, source),
    convertSectionHeadings(tree, source, {
      symptomHeadings: options.symptomHeadings,
      sourceHeadings,
    }),
    links,
  ];
  for (const pass of passes) {
    result.fixes.push(...pass.fixes.map((f) => ({ kind: f.kind, line: toFileLine(f.offset) })));
    result.warnings.push(
      ...pass.warnings.map(({ offset, ...w }) => ({
        file: input.file,
        line: offset === undefined ? undefined : toFileLine(offset),
        ...w,
      })),
    );
  }
  result.problems.push(
    ...links.problems.map(({ offset, ...p }) => ({
      file: input.file,
      line: offset === undefined ? undefined : toFileLine(offset),
      ...p,
    })),
  );
  if (result.problems.length > 0) return result;
  let converted: string;
  try {
    converted = applyEdits(
      source,
      passes.flatMap((p) => p.edits),
    );
  } catch (error) {
    return fail({
      message: `the importer could not combine its rewrites (${(error as Error).message})`,
      fix: 'report this file to the Polyhelp maintainers; convert it by hand meanwhile',
    });
  }

  let after: VisibleContent | undefined;
  const mdxError = await verifyMdx(converted, (mdxTree) => (after = mdxVisibleContent(mdxTree)));
  // The compiler's line is one of the converted body: close to the input's, not always equal.
  if (mdxError)
    return fail({
      line: mdxError.line && bodyLine + mdxError.line - 1,
      field: 'mdx',
      message: `the converted article does not compile as MDX: ${mdxError.message}`,
      fix: 'escape the construct on that line in the input (e.g. \\< or \\{) and import again',
    });
  const before = markdownVisibleContent(tree, html);
  before.targets = before.targets
    .filter((t) => !isScriptUrl(t))
    .map((t) => links.targets.get(t) ?? t);
  const lost = diffVisibleContent(before, after!);
  if (lost)
    return fail({
      field: 'nothing lost',
      message: `the converted article would not show the reader the same content: ${lost}`,
      fix: 'simplify the construct around that text in the input, or convert this file by hand',
    });

  const output = head + converted;
  const files = [{ path, text: output }];
  const sourcePath = refToContentPath({ locale: sourceLocale, slug: input.slug }, contentDir);
  if (options.sourceArticle !== undefined && isTranslation)
    files.push({ path: sourcePath, text: options.sourceArticle });
  const checked = checkContent(files, contentDir, { strict: options.strict });
  result.problems.push(
    ...checked.problems.filter((p) => p.file === path).map((p) => ({ ...p, file: input.file })),
  );
  // Unknown keys were already reported, at their line, by normalizeFrontmatter.
  result.warnings.push(
    ...checked.warnings
      .filter((w) => w.file === path && w.rule !== 'unknown-key')
      .map((w) => ({ ...w, file: input.file })),
  );
  if (result.problems.length === 0) result.output = output;
  return result;
}

/** The headings of the source-locale article, read as the content check reads them; none when it does not parse. */
function readSourceHeadings(text: string): SourceHeading[] | undefined {
  const { body } = splitFrontmatter(text);
  const { tree } = parseArticleBody('', body);
  return tree && readSectionHeadings(tree, body);
}
