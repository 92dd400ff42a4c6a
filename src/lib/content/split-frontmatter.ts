import { parseFrontmatter } from '@astrojs/markdown-remark';

/** An article file split at its frontmatter. */
export interface SplitArticle {
  /** The parsed YAML, or undefined when the file has none. */
  data?: Record<string, unknown>;
  /** Everything after the closing `---` line: what translations hash and what MDX renders. */
  body: string;
  /** 1-based file line of the body's first line. */
  bodyLine: number;
}

/** Thrown for YAML that does not parse; carries the 1-based file line. */
export class FrontmatterSyntaxError extends Error {
  readonly line: number;
  /** How to fix it, when the YAML parses but breaks a limit. */
  readonly fix?: string;
  constructor(message: string, line: number, fix?: string) {
    super(message);
    this.line = line;
    this.fix = fix;
  }
}

/** A frontmatter block at the start of a file, with its YAML in group 1 (from the file's second line on). */
export const frontmatterPattern = /^\uFEFF?---\r?\n([\s\S]*?\r?\n)?---[ \t]*(?:\r?\n|$)/;

/**
 * The most values (strings, numbers, list items, keys…) frontmatter may hold once its YAML aliases are expanded.
 * An article's has about 20; the limit stops an alias bomb (nine lines that expand to 10⁹ values) from hanging
 * whatever walks the data next.
 */
export const maxFrontmatterValues = 10_000;

/** Counts the values in parsed YAML as if aliases were copies, stopping at `limit` (also for cyclic data). */
function countValues(value: unknown, limit: number): number {
  let count = 0;
  const stack = [value];
  while (stack.length > 0 && count < limit) {
    const next = stack.pop();
    count++;
    if (next !== null && typeof next === 'object' && !(next instanceof Date)) stack.push(...Object.values(next).slice(0, limit));
  }
  return count;
}

/**
 * Splits an article into frontmatter data and body:
 * `splitFrontmatter('---\ntitle: A\n---\n# A\n')` → `{ data: { title: 'A' }, body: '# A\n', bodyLine: 4 }`.
 */
export function splitFrontmatter(text: string): SplitArticle {
  const match = frontmatterPattern.exec(text);
  if (!match) return { body: text, bodyLine: 1 };
  let data: unknown;
  try {
    data = parseFrontmatter(text).frontmatter;
  } catch (error) {
    const mark = (error as { mark?: { line: number }; reason?: string }).mark;
    const reason = (error as { reason?: string }).reason ?? String(error);
    throw new FrontmatterSyntaxError(reason, (mark?.line ?? 0) + 1);
  }
  const values = countValues(data, maxFrontmatterValues + 1);
  if (values > maxFrontmatterValues) {
    const aliasLine = match[0].split('\n').findIndex((line) => /(?:^|[\s,[{-])\*[^\s,\]}]/.test(line) && !/^\s*#/.test(line));
    throw new FrontmatterSyntaxError(
      `the YAML expands to more than ${maxFrontmatterValues.toLocaleString('en-US')} values once its aliases are expanded (each *alias repeats what its &anchor names: a few lines can expand to billions)`,
      aliasLine === -1 ? 2 : aliasLine + 1,
      'write the values out instead of using & anchors and * aliases',
    );
  }
  const bodyLine = match[0].split('\n').length;
  return {
    data: data && typeof data === 'object' ? (data as Record<string, unknown>) : {},
    body: text.slice(match[0].length),
    bodyLine: match[0].endsWith('\n') ? bodyLine : bodyLine + 1,
  };
}
