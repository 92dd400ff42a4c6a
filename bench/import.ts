// `npm run bench:import [-- <count>]`: imports a generated corpus of Docs articles (half en-US, half their
// fr-FR translations, every hostile construct the importer handles) and prints articles per second and peak memory.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runImport } from '../src/lib/import/run-import.ts';

const count = Number(process.argv[2] ?? 1000);
const root = mkdtempSync(join(tmpdir(), 'polyhelp-bench-'));

const translationKeys = [
  'ms.openlocfilehash: 9d8184efdc60befd359059c62ea3eb1a14ad7d2a20dade921d4a71e424f52033',
  'ms.sourcegitcommit: b5f7da89a650d2915dc652449623c78be6247175',
  'ms.translationtype: MT',
  'ms.contentlocale: fr-FR',
  'ms.lasthandoff: 08/05/2021',
  'ms.locfileid: "54038956"',
];

/** One article of about the seed's size, varied by `n` so no two are alike. */
function article(n: number, locale: 'en-US' | 'fr-FR'): string {
  const fr = locale === 'fr-FR';
  const symptoms = Array.from({ length: 3 + (n % 4) }, (_, i) =>
    [
      `**${fr ? 'Je vois l’erreur' : 'I see error'} ${n}-${i}**`,
      '',
      `- ${fr ? 'Exécutez' : 'Run'} \`Get-Mailbox <mailboxname>\` ${fr ? 'puis' : 'then'} Set-User <Group Name> {HealthCheckString}<br>${fr ? 'ligne' : 'line'} ${i}.`,
      `- ${fr ? 'Voir' : 'See'} <https://contoso.example/kb/${n}_${i}> ${fr ? 'ou écrivez à' : 'or mail'} <help${i}@contoso.example> </span>`,
      `- [${fr ? 'Article suivant' : 'Next article'}](article-${String((n + 1) % count).padStart(4, '0')}.md) ${fr ? 'et' : 'and'} [${fr ? 'paramètres' : 'settings'}](ms-settings:windowsupdate) <!-- review -->`,
      '',
      '> [!NOTE]',
      `> ${fr ? 'Une remarque' : 'A note'} \u00a0: List<T> < ${i} >.`,
      '',
      '    Get-User | Where-Object { $_.Enabled }',
      '',
    ].join('\n'),
  );
  return [
    '---',
    `title: "${fr ? 'Résoudre' : 'Fix'}: article ${n}"`,
    'ms.date: 3/4/2021',
    'ms.custom:',
    '- "6128"',
    ...(fr ? translationKeys : []),
    '---',
    `# ${fr ? 'Résoudre l’article' : 'Fix article'} ${n}`,
    '',
    ...symptoms,
  ].join('\n');
}

const half = Math.ceil(count / 2);
for (const locale of ['en-US', 'fr-FR'] as const) {
  mkdirSync(join(root, 'docs', locale), { recursive: true });
  for (let n = 0; n < (locale === 'en-US' ? half : count - half); n++) {
    writeFileSync(
      join(root, 'docs', locale, `article-${String(n).padStart(4, '0')}.md`),
      article(n, locale),
    );
  }
}

const started = performance.now();
const { run } = await runImport({
  inputs: [join(root, 'docs')],
  out: join(root, 'content'),
  dryRun: false,
  symptomHeadings: true,
});
const seconds = (performance.now() - started) / 1000;
rmSync(root, { recursive: true, force: true });

console.log(
  `articles: ${count} (${run.imported.length} imported, ${new Set(run.failures.map((f) => f.file)).size} failed)`,
);
console.log(`time: ${seconds.toFixed(1)} s`);
console.log(`throughput: ${(count / seconds).toFixed(1)} articles/s`);
console.log(`peak RSS: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`);
if (run.failures.length) console.log(`first failure: ${JSON.stringify(run.failures[0])}`);
