import type { Root } from 'mdast';
import { sourceLocale } from '../../i18n/locales.ts';
import { contentPathToRef, splitSitePath } from '../content/article-catalog.ts';
import { closestMatch } from '../closest-match.ts';
import { mdxParser } from '../markdown/mdx-parser.ts';
import { splitFrontmatter } from '../content/split-frontmatter.ts';
import { treeToSourceLinks, type SourceLink } from '../content/source-links.ts';
import type { LinkFinding } from './link-finding.ts';

/**
 * The link and image URLs of an MDX article, in order, with file lines (references resolved, JSX
 * `<a href>`/`<img src>` included): `getSourceLinks('---\nt: 1\n---\n[a](/b/)\n')` → `[{ url: '/b/', line: 4 }]`.
 */
export function getSourceLinks(text: string): SourceLink[] {
  const { body, bodyLine } = splitFrontmatter(text);
  let tree: Root;
  try {
    tree = mdxParser.parse(body) as Root;
  } catch (error) {
    // The parser counts lines from the body; people count them from the top of the file.
    const place = error as { line?: number };
    if (typeof place.line === 'number') place.line += bodyLine - 1;
    throw error;
  }
  return treeToSourceLinks(tree, bodyLine);
}

/** Makes a site path locale-neutral, since a translation links its own locale: `/fr-fr/a/` → `/{locale}/a/`. */
function neutralize(url: string): string {
  const split = splitSitePath(url);
  return split ? `/{locale}${split.rest}` : url;
}

/**
 * Compares the links of a translation with those of its source: the same URLs, as many times each,
 * whatever the link text. Reports added, dropped and altered links with both files.
 */
function compareLinks(
  sourcePath: string,
  sourceLinks: SourceLink[],
  translationPath: string,
  translationLinks: SourceLink[],
): LinkFinding[] {
  const unmatched = [...sourceLinks];
  const added: SourceLink[] = [];
  for (const link of translationLinks) {
    const index = unmatched.findIndex(
      (candidate) => neutralize(candidate.url) === neutralize(link.url),
    );
    if (index === -1) added.push(link);
    else unmatched.splice(index, 1);
  }
  const findings: LinkFinding[] = [];
  const base = { severity: 'error' as const, rule: 'translation-links', file: translationPath };
  for (const link of added) {
    const closest = closestMatch(
      link.url,
      unmatched.map((candidate) => candidate.url),
    );
    const altered =
      closest === undefined ? undefined : unmatched.find((candidate) => candidate.url === closest);
    if (altered) {
      unmatched.splice(unmatched.indexOf(altered), 1);
      findings.push({
        ...base,
        line: link.line,
        link: link.url,
        message: `link "${link.url}" differs from the source's "${altered.url}" (${sourcePath}:${altered.line})`,
        fix: `link "${altered.url}" as the source does, or change the source first`,
      });
    } else {
      findings.push({
        ...base,
        line: link.line,
        link: link.url,
        message: `link "${link.url}" is not in the source ${sourcePath}`,
        fix: `remove it, or add it to ${sourcePath} first`,
      });
    }
  }
  for (const link of unmatched) {
    findings.push({
      ...base,
      link: link.url,
      message: `link "${link.url}" of the source ${sourcePath}:${link.line} is missing from this translation`,
      fix: 'translate the sentence with its link, keeping the URL as it is',
    });
  }
  return findings;
}

/**
 * Checks every translation among `files` against its source-locale file of the same slug. `knownLinks` gives a
 * file's links when they are already known (the content check read them at build time), else it is parsed here.
 */
export function checkTranslationParity(
  files: readonly { path: string; text: string }[],
  knownLinks: (file: { path: string; text: string }) => SourceLink[] | undefined = () => undefined,
): LinkFinding[] {
  const sources = files.flatMap((file) => {
    const ref = contentPathToRef(file.path);
    return ref?.locale === sourceLocale ? [[ref.slug, file] as const] : [];
  });
  const bySlug = new Map(sources);
  const findings: LinkFinding[] = [];
  const linksOf = (file: { path: string; text: string }) => {
    const known = knownLinks(file);
    if (known) return known;
    try {
      return getSourceLinks(file.text);
    } catch (error) {
      const place = (error as { line?: number }).line;
      findings.push({
        severity: 'error',
        rule: 'translation-links',
        file: file.path,
        line: place,
        message: `cannot read the links: ${(error as Error).message}`,
        fix: 'fix the MDX syntax (astro build reports it too)',
      });
      return undefined;
    }
  };
  const sourceLinks = new Map([...bySlug.values()].map((file) => [file.path, linksOf(file)]));
  for (const file of files) {
    const ref = contentPathToRef(file.path);
    const source = ref && bySlug.get(ref.slug);
    if (!ref || ref.locale === sourceLocale || !source) continue;
    const links = sourceLinks.get(source.path);
    const translated = linksOf(file);
    if (links && translated)
      findings.push(...compareLinks(source.path, links, file.path, translated));
  }
  return findings;
}
