import { formatProblem } from '../content/content-problem.ts';
import type { LinkFinding } from './link-finding.ts';

/** A finding as reported: identical findings from several pages (a shared component) merged into one. */
export interface ReportedFinding extends Omit<LinkFinding, 'page'> {
  pages: string[];
}

/** The whole outcome of a link check, as printed by `--json`. */
export interface LinkReport {
  strict: boolean;
  errors: number;
  warnings: number;
  pagesChecked: number;
  linksChecked: number;
  findings: ReportedFinding[];
}

/** Builds the report: `--strict` turns warnings into errors; findings sorted by file and line, duplicates merged. */
export function createLinkReport(findings: readonly LinkFinding[], counts: { pages: number; links: number }, strict = false): LinkReport {
  const merged = new Map<string, ReportedFinding>();
  for (const { page, ...finding } of findings) {
    const severity = strict ? 'error' : finding.severity;
    const key = JSON.stringify([finding.file, finding.line, finding.rule, finding.message, finding.fix, severity]);
    const existing = merged.get(key);
    if (existing) {
      if (page && !existing.pages.includes(page)) existing.pages.push(page);
    } else merged.set(key, { ...finding, severity, pages: page ? [page] : [] });
  }
  const sorted = [...merged.values()].sort(
    (a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || a.rule.localeCompare(b.rule),
  );
  return {
    strict,
    errors: sorted.filter((f) => f.severity === 'error').length,
    warnings: sorted.filter((f) => f.severity === 'warning').length,
    pagesChecked: counts.pages,
    linksChecked: counts.links,
    findings: sorted,
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
  const byFile = Map.groupBy(report.findings, (finding) => finding.file);
  for (const [file, inFile] of byFile) {
    const pages = [...new Set(inFile.flatMap((f) => f.pages))];
    lines.push('', `${file}${pages.length > 0 ? ` (${pageList(pages)})` : ''}: ${count(inFile.filter((f) => f.severity === 'error').length, 'error')}, ${count(inFile.filter((f) => f.severity === 'warning').length, 'warning')}`);
    for (const finding of inFile) {
      const onPages = finding.pages.length > 1 && finding.line === undefined ? ` [${pageList(finding.pages)}]` : '';
      lines.push(`  ${finding.severity} ${formatProblem({ ...finding, field: finding.rule, message: finding.message + onPages })}`.replace(/\n {4}fix:/, '\n      fix:'));
    }
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
