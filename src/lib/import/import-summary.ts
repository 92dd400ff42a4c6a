import { formatProblem, type ContentProblem } from '../content/content-problem.ts';
import type { FixKind } from './import-notes.ts';

/** Everything an import run did, for its closing report. */
export interface ImportRun {
  imported: string[];
  /** Slugs made URL-safe: the name as written → the slug. */
  changedSlugs: Array<{ from: string; to: string }>;
  fixes: Array<{ kind: FixKind }>;
  warnings: ContentProblem[];
  failures: ContentProblem[];
  dryRun: boolean;
}

/**
 * The closing report of an import: counts first, then each changed slug, fix kind, warning and failure:
 * `Imported 3 files (dry run: nothing written)` … `fixed: curly-brace 4, symptom-heading 5` … `failed: 1 file`.
 */
export function summarizeImport(run: ImportRun): string {
  const counts = new Map<FixKind, number>();
  for (const fix of run.fixes) counts.set(fix.kind, (counts.get(fix.kind) ?? 0) + 1);
  const failedFiles = new Set(run.failures.map((f) => f.file)).size;
  const plural = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;
  const lines = [
    `Imported ${plural(run.imported.length, 'file')}${run.dryRun ? ' (dry run: nothing written)' : ''}`,
    `Changed slugs: ${run.changedSlugs.length === 0 ? 'none' : run.changedSlugs.map((s) => `"${s.from}" → ${s.to}`).join(', ')}`,
    `Fixed constructs: ${counts.size === 0 ? 'none' : [...counts].sort(([a], [b]) => a.localeCompare(b)).map(([kind, n]) => `${kind} ${n}`).join(', ')}`,
    `Warnings: ${run.warnings.length}`,
    ...run.warnings.map((w) => `  ${formatProblem(w)}`),
    `Failed: ${plural(failedFiles, 'file')}`,
    ...run.failures.map((f) => `  ${formatProblem(f)}`),
  ];
  return lines.join('\n');
}
