import { closestMatch } from '../closest-match.ts';
import type { ContentProblem } from '../content/content-problem.ts';
import { frontmatterFields } from '../content/frontmatter-schema.ts';
import { FrontmatterSyntaxError, splitFrontmatter, type SplitArticle } from '../content/split-frontmatter.ts';

/** Keys real Docs repositories use for a schema key, too far apart for a typo match. */
const aliases: Record<string, string> = { audience: 'ms.audience', 'ms.localizationpriority': 'localization_priority' };
const keyLinePattern = /^([^\s#:'"-][^:]*?|-[^\s:][^:]*?)[ \t]*:(?=\s|$)(.*)$/;

/** The article's frontmatter lines, rewritten only where a key or value had to change, and what changed. */
export interface NormalizedFrontmatter {
  /** The whole file text with the frontmatter fixed; the body is untouched. */
  text: string;
  fixes: Array<{ kind: 'frontmatter-key' | 'frontmatter-quote'; line: number }>;
  /** Changes a person should confirm (a renamed key), with the suggested fix applied. */
  warnings: ContentProblem[];
  /** What could not be fixed: the file fails. */
  problems: ContentProblem[];
  /** `text` split at its frontmatter, when the check that it parses already split it: callers need not parse the YAML again. */
  split?: SplitArticle;
}

/**
 * Repairs the frontmatter mistakes seen in Docs repositories, line by line so the rest stays as written:
 * misspelled keys renamed to the closest known key (`ms,.custom:` → `ms.custom:`, reported), `audience:` →
 * `ms.audience:`, unquoted values holding `: ` quoted (`title: Error: x` → `title: "Error: x"`).
 * A key the schema does not know fails the file, or with `commentUnknownKeys` becomes a YAML comment
 * (`f1.keywords: x` → `# f1.keywords: x`), reported: kept for people, ignored by the site, lines unchanged.
 */
export function normalizeFrontmatter(file: string, text: string, options: { commentUnknownKeys?: boolean } = {}): NormalizedFrontmatter {
  const result: NormalizedFrontmatter = { text, fixes: [], warnings: [], problems: [] };
  const lines = text.split('\n');
  if (!/^\uFEFF?---\r?$/.test(lines[0] ?? '')) return result;
  const end = lines.findIndex((line, index) => index > 0 && /^---[ \t]*\r?$/.test(line));
  if (end === -1) return result;
  const known = Object.keys(frontmatterFields);
  const present = new Set(lines.slice(1, end).map((line) => keyLinePattern.exec(line)?.[1]).filter(Boolean));
  for (let index = 1; index < end; index++) {
    const match = keyLinePattern.exec(lines[index]);
    if (!match) continue;
    const [, key, rest] = match;
    if (known.includes(key)) continue;
    const suggestion = aliases[key] ?? closestMatch(key, known);
    const at = { file, line: index + 1, field: key };
    if (!suggestion && options.commentUnknownKeys) {
      for (let line = index; line === index || (line < end && /^[ \t]|^- /.test(lines[line])); line++) lines[line] = `# ${lines[line]}`;
      result.fixes.push({ kind: 'frontmatter-key', line: index + 1 });
      result.warnings.push({ ...at, message: 'unknown key: kept as a YAML comment, the site ignores it', fix: 'remove it, or add it to src/lib/content/frontmatter-schema.ts if the site should use it' });
      continue;
    }
    if (!suggestion) {
      result.problems.push({ ...at, message: 'unknown key: not in the content schema', fix: `remove it, rename it to one of ${known.join(', ')}, add it to src/lib/content/frontmatter-schema.ts, or import with --comment-unknown-keys` });
      continue;
    }
    if (present.has(suggestion)) {
      result.problems.push({ ...at, message: `looks like \`${suggestion}\`, which is already set`, fix: `merge the two and remove \`${key}\`` });
      continue;
    }
    lines[index] = `${suggestion}:${rest}`;
    present.add(suggestion);
    result.fixes.push({ kind: 'frontmatter-key', line: index + 1 });
    result.warnings.push({ ...at, message: `renamed to \`${suggestion}\``, fix: `check that \`${suggestion}\` was meant` });
  }
  result.text = lines.join('\n');
  try {
    result.split = splitFrontmatter(result.text);
  } catch (error) {
    if (!(error instanceof FrontmatterSyntaxError)) throw error;
    quoteColonValues(lines, end, result);
    result.text = lines.join('\n');
    try {
      result.split = splitFrontmatter(result.text);
    } catch (again) {
      if (!(again instanceof FrontmatterSyntaxError)) throw again;
      result.problems.push({ file, line: again.line, field: 'frontmatter', message: `YAML does not parse: ${again.message}`, fix: 'quote values that hold a colon or start with a quote, and indent lists under their key' });
    }
  }
  return result;
}

/** Quotes plain scalars that YAML cannot read as written: a `: ` inside, or a quote that does not close the value. */
function quoteColonValues(lines: string[], end: number, result: NormalizedFrontmatter): void {
  for (let index = 1; index < end; index++) {
    const match = keyLinePattern.exec(lines[index]);
    if (!match) continue;
    const value = match[2].trim();
    const isQuoted = /^(['"]).*\1$/.test(value);
    if (value === '' || isQuoted || /^[|>[{&*!]/.test(value)) continue;
    if (!value.includes(': ') && !/^['"]/.test(value) && !value.includes(' #')) continue;
    lines[index] = `${match[1]}: ${JSON.stringify(value)}`;
    result.fixes.push({ kind: 'frontmatter-quote', line: index + 1 });
  }
}
