// `npm run l10n:status [-- --json]`: per locale, which translations are up to date, outdated, unverified, missing or without a source.
import { locales, sourceLocale } from '../src/i18n/locales.ts';
import { getContentDir } from '../src/bindings/content-dir.ts';
import { readContentFiles } from '../src/bindings/read-content-files.ts';
import { checkContent } from '../src/lib/content/content-check.ts';
import { formatProblems } from '../src/lib/content/content-problem.ts';
import { bodyHash } from '../src/lib/l10n/source-hash.ts';
import { statusesToReport, statusesToText } from '../src/lib/l10n/status-report.ts';
import { getTranslationStatuses } from '../src/lib/l10n/translation-status.ts';

const contentDir = getContentDir();
const { articles, problems } = checkContent(
  readContentFiles(process.cwd(), contentDir),
  contentDir,
);
if (problems.length > 0) {
  // A file that fails its checks would show up as "missing": say why instead of printing a wrong report.
  console.error(
    `${formatProblems(problems)}\nFix these first (npm run check:content), then run l10n:status again.`,
  );
  process.exit(1);
}
const hashed = articles.map((a) => ({
  locale: a.locale,
  slug: a.slug,
  hash: a.locale === sourceLocale ? bodyHash(a.body) : undefined,
  sourceHash: a.data['polyhelp.sourcehash'],
  localizationHash: a.data['ms.openlocfilehash'],
}));
const statuses = getTranslationStatuses(hashed, locales, sourceLocale);
console.log(
  process.argv.includes('--json')
    ? JSON.stringify(statusesToReport(statuses), null, 2)
    : statusesToText(statuses),
);
