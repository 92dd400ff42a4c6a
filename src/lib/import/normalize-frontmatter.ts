import type { ContentProblem } from '../content/content-problem.ts';
import { frontmatterFields } from '../content/frontmatter-schema.ts';
import {
  FrontmatterSyntaxError,
  splitFrontmatter,
  type SplitArticle,
} from '../content/split-frontmatter.ts';
import { isWellFormedKey, repairKey } from './repair-key.ts';

/** Keys real Docs repositories use for a schema key, too far apart for a typo match. */
const aliases: Record<string, string> = { 'ms.localizationpriority': 'localization_priority' };
const keyLinePattern = /^([^\s#:'"-][^:]*?|-[^\s:][^:]*?)[ \t]*:(?=\s|$)(.*)$/;

/** How `normalizeFrontmatter` treats keys it does not know. */
export interface FrontmatterOptions {
  /** Keep well-formed unknown keys as YAML comments instead of as they are. */
  commentUnknownKeys?: boolean;
  /** Fail the file on a well-formed unknown key (`--strict`). */
  strict?: boolean;
}

/** The article's frontmatter lines, rewritten only where a key or value had to change, and what changed. */
export interface NormalizedFrontmatter {
  /** The whole file text with the frontmatter fixed; the body is untouched. */
  text: string;
  fixes: Array<{ kind: 'frontmatter-key' | 'frontmatter-quote'; line: number }>;
  /** Changes a person should confirm (a repaired key), and keys kept that the site does not use. */
  warnings: ContentProblem[];
  /** What could not be fixed: the file fails. */
  problems: ContentProblem[];
  /** `text` split at its frontmatter, when the check that it parses already split it: callers need not parse the YAML again. */
  split?: SplitArticle;
}

/**
 * Repairs the frontmatter mistakes seen in Docs repositories, line by line so the rest stays as written, and
 * says what it did: keys damaged by machine translation repaired when one known key fits
 * (`munlocking-an-account s.custom:` → `ms.custom:`, `ms,.custom:` → `ms.custom:`), a damaged key nothing fits
 * kept as a YAML comment (`# m x y:`), unquoted values holding `: ` quoted (`title: Error: x` → `title: "Error: x"`).
 * A well-formed key the schema does not know is kept as it is and warned about (`strict` fails the file;
 * `commentUnknownKeys` comments it out): real corpora carry metadata we never saw, and nothing is dropped.
 */
export function normalizeFrontmatter(
  file: string,
  text: string,
  options: FrontmatterOptions = {},
): NormalizedFrontmatter {
  const result: NormalizedFrontmatter = { text, fixes: [], warnings: [], problems: [] };
  const lines = text.split('\n');
  if (!/^\uFEFF?---\r?$/.test(lines[0] ?? '')) return result;
  const end = lines.findIndex((line, index) => index > 0 && /^---[ \t]*\r?$/.test(line));
  if (end === -1) return result;
  const known = Object.keys(frontmatterFields);
  const present = new Set(
    lines
      .slice(1, end)
      .map((line) => keyLinePattern.exec(line)?.[1])
      .filter(Boolean),
  );
  const commentOut = (index: number) => {
    for (let line = index; line === index || (line < end && /^[ \t]|^- /.test(lines[line])); line++)
      lines[line] = `# ${lines[line]}`;
    result.fixes.push({ kind: 'frontmatter-key', line: index + 1 });
  };
  for (let index = 1; index < end; index++) {
    const match = keyLinePattern.exec(lines[index]);
    if (!match) continue;
    const [, key, rest] = match;
    if (known.includes(key)) continue;
    const at = { file, line: index + 1, field: key };
    const wellFormed = isWellFormedKey(key);
    const suggestion =
      aliases[key] ??
      repairKey(
        key,
        known.filter((k) => !present.has(k)),
      );
    if (!suggestion) {
      const clash = repairKey(key, known);
      if (!wellFormed) {
        commentOut(index);
        result.warnings.push({
          ...at,
          rule: 'damaged-key',
          message: clash
            ? `damaged key: looks like \`${clash}\`, which is already set, so it was kept as a YAML comment`
            : 'damaged key: no known key fits, so it was kept as a YAML comment',
          fix: 'restore the key by hand, or remove the comment',
        });
      } else if (options.strict) {
        result.problems.push({
          ...at,
          rule: 'unknown-key',
          message: 'unknown key (--strict)',
          fix: 'remove it, add it to src/lib/content/frontmatter-schema.ts, or import without --strict to keep it',
        });
      } else if (options.commentUnknownKeys) {
        commentOut(index);
        result.warnings.push({
          ...at,
          rule: 'unknown-key',
          message: 'unknown key: kept as a YAML comment, the site ignores it',
          fix: 'remove it, or add it to src/lib/content/frontmatter-schema.ts if the site should use it',
        });
      } else {
        result.warnings.push({
          ...at,
          rule: 'unknown-key',
          message: 'unknown key: kept in the file, not used by the site',
          fix: clash
            ? `did you mean \`${clash}\`? it is already set`
            : 'remove it, or add it to src/lib/content/frontmatter-schema.ts if the site should use it',
        });
      }
      continue;
    }
    lines[index] = `${suggestion}:${rest}`;
    present.add(suggestion);
    result.fixes.push({ kind: 'frontmatter-key', line: index + 1 });
    const how = aliases[key]
      ? 'an older spelling'
      : wellFormed
        ? 'a misspelt key'
        : 'a key damaged by machine translation';
    result.warnings.push({
      ...at,
      rule: 'repaired-key',
      message: `repaired ${how}: \`${key}\` → \`${suggestion}\``,
      fix: `check that \`${suggestion}\` was meant`,
    });
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
      result.problems.push({
        file,
        line: again.line,
        field: 'frontmatter',
        message: `YAML does not parse: ${again.message}`,
        fix: 'quote values that hold a colon or start with a quote, and indent lists under their key',
      });
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
