import { formatProblem } from '../content/content-problem.ts';
import {
  applyLinkBaseline,
  countByRule,
  formatBaselineEntry,
  type BaselineEntry,
} from './link-baseline.ts';
import type { LinkFinding } from './link-finding.ts';

/** A finding as reported: identical findings from several pages (a shared component) merged into one. */
export interface ReportedFinding extends Omit<LinkFinding, 'page'> {
  pages: string[];
}

/** The whole outcome of a link check, as printed by `--json`. */
export interface LinkReport {
  strict: boolean;
  /** Errors and warnings the baseline does not accept; errors fail the check. */
  errors: number;
  warnings: number;
  pagesChecked: number;
  linksChecked: number;
  findings: ReportedFinding[];
  /** The baseline file read (project-relative), or null when the content has none. */
  baselineFile: string | null;
  /** How many findings the baseline accepted, in all and by rule; they are not in `errors`, `warnings` or `findings`. */
  baselined: number;
  baselinedByRule: Record<string, number>;
  baselinedFindings: ReportedFinding[];
  /** Baseline entries no finding matches any more: fixed, to remove with `--update-baseline`. */
  fixedInBaseline: BaselineEntry[];
}

/** The accepted findings of a content folder, read from its baseline file. */
export interface LinkBaseline {
  file: string;
  contentDir: string;
  entries: readonly BaselineEntry[];
}

/**
 * Builds the report: `--strict` turns warnings into errors; findings sorted by file and line, duplicates merged;
 * findings the baseline accepts are counted apart.
 */
export function createLinkReport(
  findings: readonly LinkFinding[],
  counts: { pages: number; links: number },
  strict = false,
  baseline?: LinkBaseline,
): LinkReport {
  const merged = new Map<string, ReportedFinding>();
  for (const { page, ...finding } of findings) {
    const severity = strict ? 'error' : finding.severity;
    const key = JSON.stringify([
      finding.file,
      finding.line,
      finding.rule,
      finding.message,
      finding.fix,
      severity,
    ]);
    const existing = merged.get(key);
    if (existing) {
      if (page && !existing.pages.includes(page)) existing.pages.push(page);
    } else merged.set(key, { ...finding, severity, pages: page ? [page] : [] });
  }
  const sorted = [...merged.values()].sort(
    (a, b) =>
      a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || a.rule.localeCompare(b.rule),
  );
  const split = baseline
    ? applyLinkBaseline(sorted, baseline.entries, baseline.contentDir)
    : { fresh: sorted, accepted: [], fixed: [] };
  return {
    strict,
    errors: split.fresh.filter((f) => f.severity === 'error').length,
    warnings: split.fresh.filter((f) => f.severity === 'warning').length,
    pagesChecked: counts.pages,
    linksChecked: counts.links,
    findings: split.fresh,
    baselineFile: baseline?.file ?? null,
    baselined: split.accepted.length,
    baselinedByRule: countByRule(split.accepted),
    baselinedFindings: split.accepted,
    fixedInBaseline: split.fixed,
  };
}

/**
 * Renders the report for people, grouped by file, each finding on an editor-clickable `file:line` line:
 * `  warning content/fr-FR/a.mdx:27: legacy-host: link "…" uses docs.microsoft.com…` then `    fix: …`.
 */
export function formatLinkReport(report: LinkReport): string {
  const lines = [
    `Link check: ${count(report.errors, 'error')}, ${count(report.warnings, 'warning')} (${count(report.pagesChecked, 'page')}, ${count(report.linksChecked, 'link')} checked${report.strict ? ', strict' : ''})`,
  ];
  if (report.baselined > 0) {
    const byRule = Object.entries(report.baselinedByRule).map(([rule, n]) => `${n} ${rule}`);
    lines.push(
      `Baselined: ${count(report.baselined, 'finding')} accepted by ${report.baselineFile} (${byRule.join(', ')}), not counted above`,
    );
  }
  const byFile = Map.groupBy(report.findings, (finding) => finding.file);
  for (const [file, inFile] of byFile) {
    const pages = [...new Set(inFile.flatMap((f) => f.pages))];
    lines.push(
      '',
      `${file}${pages.length > 0 ? ` (${pageList(pages)})` : ''}: ${count(inFile.filter((f) => f.severity === 'error').length, 'error')}, ${count(inFile.filter((f) => f.severity === 'warning').length, 'warning')}`,
    );
    for (const finding of inFile) {
      const onPages =
        finding.pages.length > 1 && finding.line === undefined
          ? ` [${pageList(finding.pages)}]`
          : '';
      lines.push(
        `  ${finding.severity} ${formatProblem({ ...finding, field: finding.rule, message: finding.message + onPages })}`.replace(
          /\n {4}fix:/,
          '\n      fix:',
        ),
      );
    }
  }
  if (report.fixedInBaseline.length > 0) {
    const fixed = report.fixedInBaseline.length;
    lines.push(
      '',
      `${report.baselineFile}: ${count(fixed, 'baselined finding')} no longer ${fixed === 1 ? 'occurs' : 'occur'} (fixed); remove ${fixed === 1 ? 'it' : 'them'} with \`npm run check:links -- --update-baseline\`:`,
    );
    for (const entry of report.fixedInBaseline)
      lines.push(`  ${formatBaselineEntry(entry).replaceAll('\t', '  ')}`);
  }
  return lines.join('\n');
}

function pageList(pages: readonly string[]): string {
  if (pages.length <= 3) return `page${pages.length > 1 ? 's' : ''} ${pages.join(', ')}`;
  return `${pages.length} pages: ${pages.slice(0, 3).join(', ')}…`;
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
