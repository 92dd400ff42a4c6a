/** One thing wrong with a content file, said so a person can fix it. */
export interface ContentProblem {
  /** Path from the project root, e.g. `content/fr-FR/troubleshoot-sspr.mdx`. */
  file: string;
  /** 1-based line in `file`, when the problem has one. */
  line?: number;
  /** The frontmatter field or construct concerned, e.g. `ms.date`. */
  field?: string;
  /** What is wrong, or what was expected. */
  message: string;
  /** What the file holds instead, quoted. */
  found?: string;
  /** How to fix it. */
  fix?: string;
  /** The id of the rule that found it (`translation-without-source`, a link rule…), for callers to match on; the message is for people. */
  rule?: string;
}

/** What a problem says besides its file, field and message. */
export type ProblemDetails = Pick<ContentProblem, 'line' | 'found' | 'fix' | 'rule'>;

/**
 * A problem of one file from its parts, in the order a report reads them, so a rule states only what it found:
 * `problemIn('a.mdx', 'slug', 'expected a URL-safe slug', { found: '"A b"' })` →
 * `{ file: 'a.mdx', field: 'slug', message: 'expected a URL-safe slug', found: '"A b"' }`.
 */
export function problemIn(file: string, field: string | undefined, message: string, details: ProblemDetails = {}): ContentProblem {
  const { line, ...rest } = details;
  return { file, ...(line === undefined ? {} : { line }), ...(field === undefined ? {} : { field }), message, ...rest };
}

/**
 * A function that adds problems of one file to a list:
 * `const report = problemReporter(problems, 'a.mdx'); report('slug', 'expected a URL-safe slug', { found: '"A b"' })`.
 */
export function problemReporter(problems: ContentProblem[], file: string): (field: string | undefined, message: string, details?: ProblemDetails) => void {
  return (field, message, details) => void problems.push(problemIn(file, field, message, details));
}

/**
 * Renders a problem on one line plus an optional fix line:
 * `content/fr-FR/a.mdx:7: ms.date: expected a date as MM/DD/YYYY, found "2021-13-01"`.
 */
export function formatProblem(problem: ContentProblem): string {
  const where = problem.line ? `${problem.file}:${problem.line}` : problem.file;
  const field = problem.field ? `${problem.field}: ` : '';
  const found = problem.found === undefined ? '' : `, found ${problem.found}`;
  const fix = problem.fix ? `\n    fix: ${problem.fix}` : '';
  return `${where}: ${field}${problem.message}${found}${fix}`;
}

/**
 * Renders a list of problems (or of warnings, `kind: 'warning'`) as a report whose first line counts them:
 * `formatProblems([p, q])` → `'2 content problems:\n  …'`.
 */
export function formatProblems(problems: ContentProblem[], kind: 'problem' | 'warning' = 'problem'): string {
  const noun = problems.length === 1 ? kind : `${kind}s`;
  return [`${problems.length} content ${noun}:`, ...problems.map((p) => `  ${formatProblem(p)}`)].join('\n');
}

/** Quotes a found value for a message: strings in double quotes, the rest as JSON. */
export function quoteFound(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return JSON.stringify(value);
}
