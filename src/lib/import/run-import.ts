import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { sourceLocale, type Locale } from '../../i18n/locales.ts';
import { localeToPathSegment } from '../../i18n/locale-helpers.ts';
import { refToContentPath } from '../content/article-catalog.ts';
import { FrontmatterSyntaxError, splitFrontmatter } from '../content/split-frontmatter.ts';
import { locateArticle } from './article-location.ts';
import { importArticle } from './import-article.ts';
import { summarizeImport, type ImportRun } from './import-summary.ts';

/** The command-line options of `npm run import`, parsed. */
export interface RunImportOptions {
  /** Files and folders to import; folders are searched for `.md` files, skipping `includes/`. */
  inputs: string[];
  locale?: string;
  /** The content folder to write to. */
  out: string;
  /** Where copied images go; they are served from `/media/…`. */
  media: string;
  dryRun: boolean;
  symptomHeadings: boolean;
  /** Keep unknown frontmatter keys as YAML comments instead of failing the file. */
  commentUnknownKeys?: boolean;
  /** Called with a progress line now and then on large imports. */
  progress?: (line: string) => void;
}

interface Planned {
  file: string;
  text: string;
  locale: Locale;
  slug: string;
}

const progressEvery = 100;

/**
 * The importer bound to the file system: finds the articles, imports source-locale ones first (translations
 * take their section ids), writes each output whole (temp file, then rename) unless `dryRun`, and returns
 * the summary. A file that fails is reported and skipped; the others are still written.
 */
export async function runImport(options: RunImportOptions): Promise<{ summary: string; failed: boolean; run: ImportRun }> {
  const run: ImportRun = { imported: [], changedSlugs: [], fixes: [], warnings: [], failures: [], dryRun: options.dryRun };
  const planned: Planned[] = [];
  for (const file of options.inputs.flatMap(findMarkdownFiles)) {
    const text = readFileSync(file, 'utf8');
    let data: Record<string, unknown> | undefined;
    try {
      data = splitFrontmatter(text).data;
    } catch (error) {
      if (!(error instanceof FrontmatterSyntaxError)) throw error;
    }
    const location = locateArticle(file, data, options.locale);
    if ('problem' in location) {
      run.failures.push({ file, field: 'locale', ...location.problem });
      continue;
    }
    if (location.slugChangedFrom) run.changedSlugs.push({ from: location.slugChangedFrom, to: location.slug });
    const twin = planned.find((p) => p.locale === location.locale && p.slug === location.slug);
    if (twin) {
      run.failures.push({ file, field: 'slug', message: `same slug as ${twin.file}`, found: JSON.stringify(location.slug), fix: 'rename one of the two files' });
      continue;
    }
    planned.push({ file, text, locale: location.locale, slug: location.slug });
  }
  planned.sort((a, b) => Number(b.locale === sourceLocale) - Number(a.locale === sourceLocale));

  const outputs = new Map<string, string>();
  const copies = new Map<string, string>();
  const namesByLocale = new Map<Locale, Map<string, string>>();
  const namesIn = (locale: Locale) => namesByLocale.get(locale) ?? namesByLocale.set(locale, articleNames(planned, options.out, locale)).get(locale)!;
  for (const [index, article] of planned.entries()) {
    if (planned.length > progressEvery && index % progressEvery === 0) options.progress?.(`importing ${index + 1}/${planned.length}…`);
    // Spelled as importArticle spells its output path, so a source imported in this run is found in `outputs`.
    const sourcePath = refToContentPath({ locale: sourceLocale, slug: article.slug }, options.out);
    const result = await importArticle(article, {
      symptomHeadings: options.symptomHeadings,
      commentUnknownKeys: options.commentUnknownKeys,
      contentDir: options.out,
      sourceArticle: outputs.get(sourcePath) ?? readIfExists(sourcePath),
      links: { articles: namesIn(article.locale), imageUrl: (path) => planImageCopy(article, path, options.media, copies) },
      readInclude: (path) => readIfExists(resolve(dirname(article.file), path)),
    });
    run.fixes.push(...result.fixes);
    run.warnings.push(...result.warnings);
    run.failures.push(...result.problems);
    if (result.output === undefined) continue;
    outputs.set(result.path, result.output);
    run.imported.push(article.file);
  }
  if (!options.dryRun) {
    for (const [path, text] of outputs) writeWhole(path, text);
    for (const [to, from] of copies) {
      mkdirSync(dirname(to), { recursive: true });
      copyFileSync(from, to);
    }
  }
  return { summary: summarizeImport(run), failed: run.failures.length > 0, run };
}

function findMarkdownFiles(input: string): string[] {
  if (!statSync(input).isDirectory()) return [input];
  return readdirSync(input, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.md$/i.test(entry.name) && !/(^|[\\/])includes([\\/]|$)/.test(relative(input, entry.parentPath)))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/** The articles a link may point at, in the import and already in the content folder: file name as written → slug. */
function articleNames(planned: Planned[], out: string, locale: Locale): Map<string, string> {
  const folder = join(out, locale);
  const existing = existsSync(folder) ? readdirSync(folder).filter((name) => name.endsWith('.mdx')).map((name) => name.slice(0, -4)) : [];
  const names = new Map(existing.map((slug) => [slug, slug]));
  for (const article of planned.filter((p) => p.locale === locale)) {
    names.set(basename(article.file).replace(/\.md$/i, '').replace(/\.[a-z]{2,3}-[a-z]{2,4}$/i, ''), article.slug);
  }
  return names;
}

/** Arranges for an image next to the article to be copied under the media folder; returns its site URL. */
function planImageCopy(article: Planned, path: string, media: string, copies: Map<string, string>): string | undefined {
  const from = resolve(dirname(article.file), path);
  if (!existsSync(from)) return undefined;
  const inside = path.split(/[\\/]/).filter((part) => part && part !== '.' && part !== '..').join('/');
  const segment = localeToPathSegment(article.locale);
  copies.set(join(media, segment, inside), from);
  return `/media/${segment}/${inside}`;
}

function readIfExists(path: string): string | undefined {
  return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
}

/** Writes a file so a reader never sees half of it: a temp file beside it, then a rename. */
function writeWhole(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  if (readIfExists(path) === text) return;
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  writeFileSync(temp, text);
  renameSync(temp, path);
}
