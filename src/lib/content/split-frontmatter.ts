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
  constructor(message: string, line: number) {
    super(message);
    this.line = line;
  }
}

/** A frontmatter block at the start of a file, with its YAML in group 1 (from the file's second line on). */
export const frontmatterPattern = /^\uFEFF?---\r?\n([\s\S]*?\r?\n)?---[ \t]*(?:\r?\n|$)/;

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
  const bodyLine = match[0].split('\n').length;
  return {
    data: data && typeof data === 'object' ? (data as Record<string, unknown>) : {},
    body: text.slice(match[0].length),
    bodyLine: match[0].endsWith('\n') ? bodyLine : bodyLine + 1,
  };
}
