import type { Locale } from '../../i18n/locales.ts';
import type { TranslationState, TranslationStatus } from './translation-status.ts';

/** The JSON report: per locale, the slugs in each state. */
export type StatusReport = Partial<Record<Locale, Record<TranslationState, string[]>>>;

const states: TranslationState[] = [
  'up-to-date',
  'outdated',
  'unverified',
  'missing',
  'no-hash',
  'no-source',
];
/** States the text report counts only when some translation is in them, so the usual line stays short. */
const rareStates: TranslationState[] = ['unverified', 'no-hash', 'no-source'];

const emptyByState = (): Record<TranslationState, string[]> =>
  Object.fromEntries(states.map((state) => [state, []])) as unknown as Record<
    TranslationState,
    string[]
  >;

/**
 * Groups statuses by locale and state, every state present:
 * `[{ locale: 'fr-FR', slug: 'a', state: 'outdated', … }]` → `{ 'fr-FR': { 'up-to-date': [], outdated: ['a'], unverified: [], missing: [], 'no-hash': [], 'no-source': [] } }`.
 */
export function statusesToReport(statuses: readonly TranslationStatus[]): StatusReport {
  const report: StatusReport = {};
  for (const status of statuses)
    (report[status.locale] ??= emptyByState())[status.state].push(status.slug);
  return report;
}

/**
 * A report for people, one block per locale, the hashes shown for outdated translations:
 * `fr-FR: 0 up to date, 1 outdated, 0 missing` then `  outdated  troubleshoot-sspr (recorded 9d8184ef…, source ed894eb6…)`.
 */
export function statusesToText(statuses: readonly TranslationStatus[]): string {
  const report = statusesToReport(statuses);
  const lines: string[] = [];
  for (const [locale, byState] of Object.entries(report)) {
    const counts = states
      .filter((s) => !rareStates.includes(s) || byState[s].length > 0)
      .map((s) => `${byState[s].length} ${s.replace(/-/g, ' ')}`);
    lines.push(`${locale}: ${counts.join(', ')}`);
    for (const status of statuses.filter((s) => s.locale === locale)) {
      const detail =
        status.state === 'outdated'
          ? ` (recorded ${status.recordedHash?.slice(0, 8)}…, source ${status.sourceHash.slice(0, 8)}…)`
          : '';
      lines.push(`  ${status.state.padEnd(10)} ${status.slug}${detail}`);
    }
  }
  const unverified = statuses.some((s) => s.state === 'unverified');
  if (unverified)
    lines.push(
      'unverified: the translation carries only a hash from another system; check it against the source, then npm run l10n:stamp -- <locale>/<slug>',
    );
  return lines.length > 0
    ? lines.join('\n')
    : 'No translations to report: only source-locale articles exist.';
}
