import { formatProblem, type ContentProblem } from '../content/content-problem.ts';
import type { FixKind } from './import-notes.ts';

/** Fix kinds that mend damaged input rather than convert a Docs construct: a file with one is "repaired". */
export const repairKinds: readonly FixKind[] = ['frontmatter-key', 'frontmatter-quote'];

/** Everything an import run did, for its closing report. */
export interface ImportRun {
  /** How many Markdown files the inputs held. */
  filesIn: number;
  /** Input files whose article was accepted (written, or already identical). */
  imported: string[];
  /** Output files created or replaced (or that would be, on a dry run). */
  written: string[];
  /** Output files already holding exactly what the import made. */
  unchanged: string[];
  /** Input files accepted with at least one repair of damaged input. */
  repaired: string[];
  /** Images copied (or that would be) into `<out>/<locale>/media/`. */
  images: string[];
  /** Slugs made URL-safe: the name as written → the slug. */
  changedSlugs: Array<{ from: string; to: string }>;
  fixes: Array<{ kind: FixKind }>;
  warnings: ContentProblem[];
  failures: ContentProblem[];
  /** The host site-root links were made absolute on. */
  siteRootHost: string;
  dryRun: boolean;
}

/** The summary as `--json` prints it: counts by class, then every warning and failure. */
export interface ImportSummaryJson {
  dryRun: boolean;
  filesIn: number;
  imported: number;
  written: number;
  unchanged: number;
  repaired: number;
  failed: number;
  images: number;
  siteRootLinks: { host: string; count: number };
  fixesByKind: Record<string, number>;
  warningsByRule: Record<string, number>;
  failuresByRule: Record<string, number>;
  changedSlugs: Array<{ from: string; to: string }>;
  warnings: ContentProblem[];
  failures: ContentProblem[];
}

const countBy = <T>(items: readonly T[], key: (item: T) => string) => {
  const counts: Record<string, number> = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => a.localeCompare(b)));
};
const ruleOf = (problem: ContentProblem) => problem.rule ?? problem.field ?? 'other';

/** The counts and lists of a run, for scripts: `summaryToJson(run).warningsByRule` → `{ 'link-outside-import': 2 }`. */
export function summaryToJson(run: ImportRun): ImportSummaryJson {
  return {
    dryRun: run.dryRun,
    filesIn: run.filesIn,
    imported: run.imported.length,
    written: run.written.length,
    unchanged: run.unchanged.length,
    repaired: run.repaired.length,
    failed: new Set(run.failures.map((f) => f.file)).size,
    images: run.images.length,
    siteRootLinks: {
      host: run.siteRootHost,
      count: run.fixes.filter((f) => f.kind === 'site-root-link').length,
    },
    fixesByKind: countBy(run.fixes, (f) => f.kind),
    warningsByRule: countBy(run.warnings, ruleOf),
    failuresByRule: countBy(run.failures, ruleOf),
    changedSlugs: run.changedSlugs,
    warnings: run.warnings,
    failures: run.failures,
  };
}

/**
 * The closing report of an import for people: counts by class first, then each warning and failure:
 * `Imported 3 of 4 files (dry run: nothing written)` … `Repaired: 1 file (frontmatter-key 1)` … `Failed: 1 file`.
 */
export function summarizeImport(run: ImportRun): string {
  const json = summaryToJson(run);
  const plural = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;
  const list = (counts: Record<string, number>) =>
    Object.entries(counts)
      .map(([name, n]) => `${name} ${n}`)
      .join(', ');
  const repairs = Object.fromEntries(
    Object.entries(json.fixesByKind).filter(([kind]) => repairKinds.includes(kind as FixKind)),
  );
  const conversions = Object.fromEntries(
    Object.entries(json.fixesByKind).filter(([kind]) => !repairKinds.includes(kind as FixKind)),
  );
  const lines = [
    `Imported ${json.imported} of ${plural(json.filesIn, 'file')}${run.dryRun ? ' (dry run: nothing written)' : ''}`,
    `Written: ${json.written}, unchanged: ${json.unchanged}, images: ${json.images}`,
    `Repaired: ${plural(json.repaired, 'file')}${json.repaired ? ` (${list(repairs)})` : ''}`,
    `Site-root links made absolute on ${json.siteRootLinks.host}: ${json.siteRootLinks.count}`,
    `Changed slugs: ${run.changedSlugs.length === 0 ? 'none' : run.changedSlugs.map((s) => `"${s.from}" → ${s.to}`).join(', ')}`,
    `Converted constructs: ${Object.keys(conversions).length === 0 ? 'none' : list(conversions)}`,
    `Warnings: ${run.warnings.length}${run.warnings.length ? ` (${list(json.warningsByRule)})` : ''}`,
    ...run.warnings.map((w) => `  ${formatProblem(w)}`),
    `Failed: ${plural(json.failed, 'file')}${json.failed ? ` (${list(json.failuresByRule)})` : ''}`,
    ...run.failures.map((f) => `  ${formatProblem(f)}`),
  ];
  return lines.join('\n');
}
