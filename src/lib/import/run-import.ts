import { existsSync, lstatSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, extname, join, posix, relative, resolve, sep } from 'node:path';
import { sourceLocale, type Locale } from '../../i18n/locales.ts';
import { ensureContentDir, refToContentPath } from '../content/article-catalog.ts';
import { FrontmatterSyntaxError, splitFrontmatter } from '../content/split-frontmatter.ts';
import { locateArticle } from './article-location.ts';
import { decodeInput } from './decode-input.ts';
import { importArticle } from './import-article.ts';
import { contentHash, readManifest } from './import-manifest.ts';
import { inputRoot, resolveInScope } from './import-scope.ts';
import { repairKinds, summarizeImport, type ImportRun } from './import-summary.ts';
import { articleSlug } from './nested-slug.ts';
import type { ArticleLinkTarget, ImageTarget } from './rewrite-links.ts';
import { writeImportOutputs } from './write-outputs.ts';
import { docsBreadcrumbPath, docsBreadcrumbToProduct } from './docs-breadcrumb.ts';
import { breadcrumbConfigToText, breadcrumbFileName } from '../site/breadcrumb-config.ts';

/** The command-line options of `npm run import`, parsed. */
export interface RunImportOptions {
  /** Files and folders to import; folders are searched for `.md` files, skipping `includes/`. */
  inputs: string[];
  locale?: string;
  /** The content folder to write to; images go to `<out>/<locale>/media/`. */
  out: string;
  /** A folder includes may also come from (`--includes`), besides the folder being imported. */
  includesRoot?: string;
  /** Where site-root links point (`--site-root-host`); default `https://learn.microsoft.com`. */
  siteRootHost?: string;
  dryRun: boolean;
  /** Replace files the importer did not write, or that were edited since (`--force`). */
  force?: boolean;
  /** Fail files with frontmatter keys the schema does not know (`--strict`). */
  strict?: boolean;
  symptomHeadings: boolean;
  /** Keep unknown frontmatter keys as YAML comments instead of as they are. */
  commentUnknownKeys?: boolean;
  /** Called with a progress line now and then on large imports. */
  progress?: (line: string) => void;
}

/** One input article: where it is, what folder it was imported from, and where it goes. */
interface Planned {
  file: string;
  root: string;
  text: string;
  locale: Locale;
  slug: string;
}

/** The image types `<locale>/media/` holds: what Astro's image pipeline bundles. */
const imageExtensions = new Set(['.png', '.jpg', '.jpeg', '.gif', '.webp']);
const progressEvery = 100;
export const defaultSiteRootHost = 'https://learn.microsoft.com';

/**
 * The importer bound to the file system: finds the articles, imports source-locale ones first (translations
 * take their section ids and record the source hash), reads nothing outside the folders being imported,
 * and writes each output whole, never over a file it did not write (see write-outputs.ts), unless `dryRun`.
 * A file that fails is reported and skipped; the others are still written.
 */
export async function runImport(
  options: RunImportOptions,
): Promise<{ summary: string; failed: boolean; run: ImportRun }> {
  const out = ensureContentDir(options.out);
  const siteRootHost = options.siteRootHost ?? defaultSiteRootHost;
  const run: ImportRun = {
    filesIn: 0,
    imported: [],
    written: [],
    unchanged: [],
    repaired: [],
    images: [],
    changedSlugs: [],
    fixes: [],
    warnings: [],
    failures: [],
    siteRootHost,
    dryRun: options.dryRun,
  };
  const extraRoots = options.includesRoot ? [inputRoot(options.includesRoot, true)] : [];
  const planned = planArticles(options, run);
  planned.sort((a, b) => Number(b.locale === sourceLocale) - Number(a.locale === sourceLocale));
  const byFile = new Map(planned.map((article) => [article.file, article]));
  const manifest = readManifest(out);

  const outputs = new Map<string, string>();
  const copies = new Map<string, string>();
  for (const [index, article] of planned.entries()) {
    if (planned.length > progressEvery && index % progressEvery === 0)
      options.progress?.(`importing ${index + 1}/${planned.length}…`);
    const roots = [article.root, ...extraRoots];
    const sourcePath = refToContentPath({ locale: sourceLocale, slug: article.slug }, out);
    const onDisk = outputs.has(sourcePath) ? undefined : readIfFile(sourcePath);
    // The source is the one this translation was imported with when this run made it, or an earlier run did and nobody edited it since.
    const recordSourceHash =
      outputs.has(sourcePath) ||
      (onDisk !== undefined &&
        manifest.files[posix.relative(out, sourcePath)] === contentHash(onDisk));
    const articleCopies = new Map<string, string>();
    const result = await importArticle(article, {
      symptomHeadings: options.symptomHeadings,
      commentUnknownKeys: options.commentUnknownKeys,
      strict: options.strict,
      contentDir: out,
      sourceArticle: outputs.get(sourcePath) ?? onDisk,
      recordSourceHash,
      links: {
        siteRootHost,
        resolveArticle: (path) => resolveArticleLink(article, path, roots, byFile, out),
        resolveSiteRoot: (path) => resolveSiteRootLink(path, planned, article.locale),
        resolveImage: (path) => planImageCopy(article, path, roots, out, articleCopies),
      },
      readInclude: (path) => readInclude(article, path, roots),
    });
    run.fixes.push(...result.fixes);
    run.warnings.push(...result.warnings);
    run.failures.push(...result.problems);
    if (result.output === undefined) continue;
    outputs.set(result.path, result.output);
    for (const [to, from] of articleCopies) copies.set(to, from);
    run.imported.push(article.file);
    if (result.fixes.some((fix) => repairKinds.includes(fix.kind))) run.repaired.push(article.file);
  }
  planBreadcrumbs(options, planned, out, outputs, run);
  writeImportOutputs(
    { out, outputs, copies, manifest, force: options.force ?? false, dryRun: options.dryRun },
    run,
  );
  return { summary: summarizeImport(run), failed: run.failures.length > 0, run };
}

/**
 * Carries each input folder's Docs breadcrumb configuration (`breadcrumb/toc.yml`) into `<out>/<locale>/breadcrumb.yml`:
 * the product crumb's name in that locale, which the article breadcrumbs show. The locale is that of the folder's
 * articles (`--locale`, or what they say). A malformed configuration is a failure naming its file, line and field; articles still import.
 */
function planBreadcrumbs(
  options: RunImportOptions,
  planned: Planned[],
  out: string,
  outputs: Map<string, string>,
  run: ImportRun,
): void {
  for (const input of options.inputs) {
    if (!statSync(input).isDirectory()) continue;
    const root = inputRoot(input, true);
    const locale = planned.find((p) => p.root === root)?.locale;
    for (const entry of readdirSync(input, { recursive: true, withFileTypes: true })) {
      const file = join(entry.parentPath, entry.name);
      if (!entry.isFile() || !docsBreadcrumbPath.test(relative(input, file))) continue;
      run.filesIn++;
      if (!locale) {
        run.warnings.push({
          file,
          rule: 'docs-breadcrumb',
          message:
            'a breadcrumb configuration in a folder with no article: skipped, its locale is unknown',
          fix: 'import it with the folder of its articles, or pass --locale',
        });
        continue;
      }
      const decoded = decodeInput(readFileSync(file));
      if ('problem' in decoded) {
        run.failures.push({ file, rule: 'not-utf8', field: 'encoding', ...decoded.problem });
        continue;
      }
      const parsed = docsBreadcrumbToProduct(decoded.text, file);
      if ('problems' in parsed) {
        run.failures.push(...parsed.problems);
        continue;
      }
      const to = posix.join(out, locale, breadcrumbFileName);
      outputs.set(
        to,
        breadcrumbConfigToText(
          { product: parsed.product, folders: {} },
          relative(input, file).split(sep).join('/'),
        ),
      );
    }
  }
}

/** Finds, reads and locates every input article; what cannot be read or placed is a failure. */
function planArticles(options: RunImportOptions, run: ImportRun): Planned[] {
  const planned: Planned[] = [];
  for (const input of options.inputs) {
    const isDirectory = statSync(input).isDirectory();
    const root = inputRoot(input, isDirectory);
    for (const file of findMarkdownFiles(input, isDirectory, run)) {
      run.filesIn++;
      const decoded = decodeInput(readFileSync(file));
      if ('problem' in decoded) {
        run.failures.push({ file, rule: 'not-utf8', field: 'encoding', ...decoded.problem });
        continue;
      }
      const text = decoded.text;
      let data: Record<string, unknown> | undefined;
      try {
        data = splitFrontmatter(text).data;
      } catch (error) {
        if (!(error instanceof FrontmatterSyntaxError)) throw error;
      }
      const location = locateArticle(file, data, options.locale);
      if ('problem' in location) {
        run.failures.push({ file, field: 'locale', rule: 'locale', ...location.problem });
        continue;
      }
      const slug = articleSlug(relative(root, realOf(file)), location.locale);
      if ('problem' in slug) {
        run.failures.push({ file, field: 'slug', rule: 'slug', ...slug.problem });
        continue;
      }
      if (slug.changedFrom) run.changedSlugs.push({ from: slug.changedFrom, to: slug.slug });
      const twin = planned.find((p) => p.locale === location.locale && p.slug === slug.slug);
      if (twin) {
        run.failures.push({
          file,
          field: 'slug',
          rule: 'slug',
          message: `same slug as ${twin.file}`,
          found: JSON.stringify(slug.slug),
          fix: 'rename one of the two files',
        });
        continue;
      }
      planned.push({ file, root, text, locale: location.locale, slug: slug.slug });
    }
  }
  return planned;
}

/** The `.md` files of an input, sorted; symlinks are reported and skipped, never followed. */
function findMarkdownFiles(input: string, isDirectory: boolean, run: ImportRun): string[] {
  if (!isDirectory) return [input];
  const files: string[] = [];
  for (const entry of readdirSync(input, { recursive: true, withFileTypes: true })) {
    const path = join(entry.parentPath, entry.name);
    if (/(^|[\\/])includes([\\/]|$)/.test(relative(input, entry.parentPath))) continue;
    if (entry.isSymbolicLink() && (/\.md$/i.test(entry.name) || safeIsDirectory(path))) {
      run.warnings.push({
        file: path,
        rule: 'symlink-skipped',
        message: 'a symbolic link: skipped, the importer reads only real files inside the folder',
        fix: 'copy the file into the folder instead of linking it',
      });
    } else if (entry.isFile() && /\.md$/i.test(entry.name)) {
      files.push(path);
    }
  }
  return files.sort();
}

/** The slug a relative `.md` link leads to: the article's file inside the import, found in any letter case. */
function resolveArticleLink(
  article: Planned,
  path: string,
  roots: string[],
  byFile: Map<string, Planned>,
  out: string,
): ArticleLinkTarget {
  const found = resolveInScope(realOf(article.file), path, roots);
  if ('problem' in found) {
    if (found.problem === 'outside') return { problem: 'outside' };
    // Not in this import: an article already in the content folder (imported before) still counts.
    const wanted = articleSlug(
      relative(article.root, resolve(dirname(realOf(article.file)), path)),
      article.locale,
    );
    const exists =
      'slug' in wanted &&
      existsSync(out) &&
      readdirSync(out, { withFileTypes: true }).some(
        (locale) =>
          locale.isDirectory() && existsSync(join(out, locale.name, `${wanted.slug}.mdx`)),
      );
    return exists && 'slug' in wanted ? { slug: wanted.slug } : { problem: 'missing' };
  }
  const target = [...byFile.values()].find((p) => realOf(p.file) === found.path);
  const slug = target?.slug ?? articleSlug(relative(found.root, found.path), article.locale);
  if (typeof slug !== 'string' && 'problem' in slug) return { problem: 'missing' };
  return { slug: typeof slug === 'string' ? slug : slug.slug, caseDiffers: found.caseDiffers };
}

/**
 * The article a site-root link names when its path is `/<imported folder>/<article>` (optionally after a
 * locale segment), as Docs publishes a repository: `/AlchemyInsights/reset-password` → `reset-password`.
 */
function resolveSiteRootLink(path: string, planned: Planned[], locale: Locale): string | undefined {
  const parts = path.split('/').filter(Boolean);
  if (/^[a-z]{2,3}(?:-[a-z0-9]{2,8})+$/i.test(parts[0] ?? '')) parts.shift();
  const [folder, ...rest] = parts;
  if (!folder || rest.length === 0) return undefined;
  const wanted = rest.join('/').replace(/\.md$/i, '').toLowerCase();
  const match = planned.find(
    (p) =>
      p.locale === locale &&
      basename(p.root).toLowerCase() === folder.toLowerCase() &&
      relative(p.root, realOf(p.file)).split(sep).join('/').replace(/\.md$/i, '').toLowerCase() ===
        wanted,
  );
  return match?.slug;
}

/** Arranges for an image to be copied to `<out>/<locale>/media/…`; returns the reference the article writes. */
function planImageCopy(
  article: Planned,
  path: string,
  roots: string[],
  out: string,
  copies: Map<string, string>,
): ImageTarget {
  if (!imageExtensions.has(extname(path).toLowerCase())) return { problem: 'type' };
  const found = resolveInScope(realOf(article.file), path, roots);
  if ('problem' in found) return found;
  // `media/x.png` of a locale tree (`docs/fr-fr/media/x.png` too) → `<out>/<locale>/media/x.png`; other folders are kept below media/.
  const inRoot = relative(found.root, found.path)
    .split(sep)
    .filter((part, index) => index > 0 || part.toLowerCase() !== article.locale.toLowerCase());
  const inMedia = inRoot[0]?.toLowerCase() === 'media' ? inRoot.slice(1) : inRoot;
  const to = posix.join(ensureContentDir(out), article.locale, 'media', ...inMedia);
  copies.set(to, found.path);
  const articleDir = posix.dirname(refToContentPath(article, out));
  const reference = posix.relative(articleDir, to).split('/').map(encodeURIComponent).join('/');
  return {
    url: reference.startsWith('../') ? reference : `./${reference}`,
    caseDiffers: found.caseDiffers,
  };
}

/** An included file's text, only from inside the import; a refusal names why. */
function readInclude(article: Planned, path: string, roots: string[]) {
  const found = resolveInScope(realOf(article.file), path, roots);
  if ('problem' in found) {
    if (found.problem === 'missing') return undefined;
    return {
      rule: 'path-outside-import',
      message: `include "${path}" leads out of the folder being imported: nothing was read`,
      fix: 'put the included file inside the folder (or pass --includes <folder>), or remove the include',
    };
  }
  const decoded = decodeInput(readFileSync(found.path));
  if ('problem' in decoded)
    return {
      rule: 'not-utf8',
      message: `included file ${path}: ${decoded.problem.message}`,
      fix: decoded.problem.fix,
    };
  return decoded.text;
}

function readIfFile(path: string): string | undefined {
  return existsSync(path) && lstatSync(path).isFile() ? readFileSync(path, 'utf8') : undefined;
}

function safeIsDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false; // a dangling or looping link
  }
}

/** The real path of an input file, so paths compare with the realpath'd roots. */
function realOf(file: string): string {
  const real = resolve(file);
  return realCache.get(real) ?? realCache.set(real, realpathOrSelf(real)).get(real)!;
}
const realCache = new Map<string, string>();
function realpathOrSelf(path: string): string {
  try {
    return join(inputRoot(dirname(path), true), basename(path));
  } catch {
    return path;
  }
}
