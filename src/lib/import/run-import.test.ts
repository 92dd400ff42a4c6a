import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runImport } from './run-import.ts';

/** A small Docs repository: an English article with an image, its French translation, and a broken file. */
function createDocsFolder(): string {
  const root = mkdtempSync(join(tmpdir(), 'polyhelp-import-'));
  const write = (path: string, text: string) => {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  };
  write('docs/en-us/Reset Password.md', '---\ntitle: Reset\nms.date: 03/04/2021\n---\n# Reset\n\n**I forgot it**\n\nSee ![shot](media/a.png) and [sign-in](sign-in.md).\n');
  write('docs/en-us/media/a.png', 'png');
  write('docs/en-us/sign-in.md', '---\ntitle: Sign in\nms.date: 03/04/2021\n---\n# Sign in\n\nUse <appId>.\n');
  write('docs/en-us/broken.md', '---\ntitle: Broken\nms.date: 03/04/2021\nf1.keywords: x\n---\n# Broken\n');
  return root;
}

const options = (root: string, dryRun = false) => ({
  inputs: [join(root, 'docs')],
  out: join(root, 'content'),
  media: join(root, 'public/media'),
  dryRun,
  symptomHeadings: true,
});

describe('runImport', () => {
  it('writes the good files, reports the bad one, and says that something failed', async () => {
    const root = createDocsFolder();
    const { failed, run } = await runImport(options(root));
    expect(failed).toBe(true);
    expect(run.failures).toMatchObject([{ file: expect.stringContaining('broken.md'), line: 4, field: 'f1.keywords' }]);
    expect(readdirSync(join(root, 'content/en-US')).sort()).toEqual(['reset-password.mdx', 'sign-in.mdx']);
    expect(readFileSync(join(root, 'content/en-US/reset-password.mdx'), 'utf8')).toBe(
      '---\ntitle: Reset\nms.date: 03/04/2021\n---\n# <a name="reset"></a>Reset\n\n## <a name="i-forgot-it"></a>I forgot it\n\nSee ![shot](/media/en-us/media/a.png) and [sign-in](/en-us/sign-in/).\n',
    );
    expect(existsSync(join(root, 'public/media/en-us/media/a.png'))).toBe(true);
    expect(run.changedSlugs).toEqual([{ from: 'Reset Password', to: 'reset-password' }]);
  });

  it('gives the same files when run twice', async () => {
    const root = createDocsFolder();
    await runImport(options(root));
    const first = readFileSync(join(root, 'content/en-US/sign-in.mdx'), 'utf8');
    await runImport(options(root));
    expect(readFileSync(join(root, 'content/en-US/sign-in.mdx'), 'utf8')).toBe(first);
    expect(readdirSync(join(root, 'content/en-US')).filter((name) => name.includes('.tmp'))).toEqual([]);
  });

  it('writes nothing on a dry run but still prints the summary', async () => {
    const root = createDocsFolder();
    const { summary } = await runImport(options(root, true));
    expect(existsSync(join(root, 'content'))).toBe(false);
    expect(summary).toContain('Imported 2 files (dry run: nothing written)');
  });

  it('gives a translation its source\'s section ids when --out is written ./content/', async () => {
    const root = mkdtempSync(join(tmpdir(), 'polyhelp-import-'));
    mkdirSync(join(root, 'docs/en-us'), { recursive: true });
    mkdirSync(join(root, 'docs/fr-fr'), { recursive: true });
    writeFileSync(join(root, 'docs/en-us/reset.md'), '---\ntitle: Reset\nms.date: 03/04/2021\n---\n# Reset\n\n**I forgot it**\n\nText.\n');
    writeFileSync(join(root, 'docs/fr-fr/reset.md'), '---\ntitle: Réinitialiser\nms.date: 03/04/2021\nms.contentlocale: fr-FR\nms.openlocfilehash: 9d8184efdc60befd359059c62ea3eb1a14ad7d2a20dade921d4a71e424f52033\nms.sourcegitcommit: b5f7da89a650d2915dc652449623c78be6247175\nms.translationtype: MT\nms.lasthandoff: 08/05/2021\nms.locfileid: "54038956"\n---\n# Réinitialiser\n\n**Je l’ai oublié**\n\nTexte.\n');
    const cwd = process.cwd();
    process.chdir(root);
    try {
      const { run } = await runImport({ ...options(root), inputs: ['docs'], out: './content/', media: 'public/media' });
      expect(run.failures).toEqual([]);
      expect(run.warnings).toEqual([]);
    } finally {
      process.chdir(cwd);
    }
    expect(readFileSync(join(root, 'content/fr-FR/reset.mdx'), 'utf8')).toContain('# <a name="reset"></a>Réinitialiser\n\n## <a name="i-forgot-it"></a>Je l’ai oublié');
  });
});
