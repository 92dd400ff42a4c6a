import { formatProblem, type ContentProblem } from '../content/content-problem.ts';

/**
 * One accepted link finding of the content: its file relative to the content folder, its rule and its link. No line
 * number, so editing an article above a finding does not churn the baseline.
 */
export interface BaselineEntry {
  /** Relative to the content folder: `fr-FR/a.mdx`. */
  file: string;
  rule: string;
  /** The URL (or text) the finding is about; empty for a finding about no link. */
  link: string;
}

/** What a baseline needs of a finding: where it is, the rule, the link. */
export interface BaselineCandidate {
  file: string;
  rule: string;
  link?: string;
}

/** A baseline file that cannot be read, with every bad line. */
export class BaselineError extends Error {
  readonly problems: ContentProblem[];
  constructor(problems: ContentProblem[]) {
    super(problems.map((p) => formatProblem(p)).join('\n'));
    this.problems = problems;
  }
}

const header = [
  '# Link findings accepted for this content: `npm run check:links` fails on any other.',
  '# One per line: file (in the content folder), rule, link, separated by tabs. Written by `npm run check:links -- --update-baseline`,',
  '# which also removes the findings that were fixed. Fix a finding rather than adding it here when you can.',
];

/** Where the baseline of a content folder lives: beside it, so the content check never sees it: `'content'` → `'content.link-baseline.txt'`. */
export function baselinePathFor(contentDir: string): string {
  return `${contentDir}.link-baseline.txt`;
}

/**
 * The baseline entry of a finding in a content file; undefined for findings in the project's own files (templates,
 * components), which the project fixes rather than accepts:
 * `findingToBaselineEntry({ file: 'content/fr-FR/a.mdx', rule: 'missing-page', link: '/fr-fr/b/' }, 'content')` → `{ file: 'fr-FR/a.mdx', rule: 'missing-page', link: '/fr-fr/b/' }`.
 */
export function findingToBaselineEntry(
  finding: BaselineCandidate,
  contentDir: string,
): BaselineEntry | undefined {
  if (!finding.file.startsWith(`${contentDir}/`)) return undefined;
  return {
    file: finding.file.slice(contentDir.length + 1),
    rule: finding.rule,
    link: finding.link ?? '',
  };
}

/** Sorts entries by file, rule and link, in code-point order so every machine writes the same file. */
export function sortBaselineEntries(entries: readonly BaselineEntry[]): BaselineEntry[] {
  const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return [...entries].sort(
    (a, b) => compare(a.file, b.file) || compare(a.rule, b.rule) || compare(a.link, b.link),
  );
}

/** One entry as a line of the file: `formatBaselineEntry({ file: 'fr-FR/a.mdx', rule: 'missing-page', link: '/b/' })` → `'fr-FR/a.mdx\tmissing-page\t/b/'`. */
export function formatBaselineEntry(entry: BaselineEntry): string {
  return [entry.file, entry.rule, entry.link].map(escapeField).join('\t');
}

/** The baseline file's text: a header saying what it is, then the entries in stable order, one per line. */
export function formatLinkBaseline(entries: readonly BaselineEntry[]): string {
  return `${[...header, ...sortBaselineEntries(entries).map(formatBaselineEntry)].join('\n')}\n`;
}

/**
 * Reads a baseline file; `#` lines and blank lines are comments. Throws a `BaselineError` naming every bad line:
 * `parseLinkBaseline('fr-FR/a.mdx\tmissing-page\t/b/\n', 'content.link-baseline.txt')` → `[{ file: 'fr-FR/a.mdx', rule: 'missing-page', link: '/b/' }]`.
 */
export function parseLinkBaseline(text: string, path: string): BaselineEntry[] {
  const entries: BaselineEntry[] = [];
  const problems: ContentProblem[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    if (line.trim() === '' || line.startsWith('#')) return;
    const fields = line.split('\t');
    if (fields.length !== 3 || fields[0] === '' || fields[1] === '') {
      problems.push({
        file: path,
        line: index + 1,
        message: 'expected a file, a rule and a link separated by tabs',
        found: JSON.stringify(line),
        fix: 'restore the line from version control, or rewrite the file with `npm run check:links -- --update-baseline`',
      });
      return;
    }
    const [file, rule, link] = fields.map(unescapeField);
    entries.push({ file, rule, link });
  });
  if (problems.length > 0) throw new BaselineError(problems);
  return entries;
}

/** How a report's findings divide against a baseline. */
export interface BaselineSplit<F> {
  /** Findings the baseline does not accept: they count, and fail the check. */
  fresh: F[];
  /** Findings the baseline accepts. */
  accepted: F[];
  /** Entries no finding matched any more: fixed, to remove with `--update-baseline`. */
  fixed: BaselineEntry[];
}

/**
 * Splits findings into those the baseline accepts and the fresh ones; an entry written twice accepts two findings.
 * Findings outside the content folder are always fresh.
 */
export function applyLinkBaseline<F extends BaselineCandidate>(
  findings: readonly F[],
  entries: readonly BaselineEntry[],
  contentDir: string,
): BaselineSplit<F> {
  const remaining = new Map<string, BaselineEntry[]>();
  for (const entry of entries) {
    const key = formatBaselineEntry(entry);
    remaining.set(key, [...(remaining.get(key) ?? []), entry]);
  }
  const split: BaselineSplit<F> = { fresh: [], accepted: [], fixed: [] };
  for (const finding of findings) {
    const entry = findingToBaselineEntry(finding, contentDir);
    const matches = entry && remaining.get(formatBaselineEntry(entry));
    if (matches && matches.length > 0) {
      matches.pop();
      split.accepted.push(finding);
    } else split.fresh.push(finding);
  }
  split.fixed = sortBaselineEntries([...remaining.values()].flat());
  return split;
}

/** Counts findings by rule, rules in alphabetical order: `{ 'missing-page': 2, 'translation-links': 1 }`. */
export function countByRule(findings: readonly { rule: string }[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const rule of findings.map((f) => f.rule).sort()) counts[rule] = (counts[rule] ?? 0) + 1;
  return counts;
}

function escapeField(value: string): string {
  return value.replace(
    /[\\\t\n\r]/g,
    (char) => ({ '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' })[char]!,
  );
}

function unescapeField(value: string): string {
  return value.replace(
    /\\([\\tnr])/g,
    (_, char: string) => ({ '\\': '\\', t: '\t', n: '\n', r: '\r' })[char]!,
  );
}
