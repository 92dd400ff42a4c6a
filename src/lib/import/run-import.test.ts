import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../content/content-problem.ts';
import { manifestName } from './import-manifest.ts';
import { runImport, type RunImportOptions } from './run-import.ts';

const translationKeys =
  'ms.contentlocale: fr-FR\nms.openlocfilehash: b5f7da89a650d2915dc652449623c78be6247175\nms.sourcegitcommit: b5f7da89a650d2915dc652449623c78be6247175\nms.translationtype: MT\nms.lasthandoff: 08/05/2021\nms.locfileid: "54038956"\n';

/** A folder laid out as a Docs repository, with files written from `files` (path → text or bytes). */
function createDocsFolder(files: Record<string, string | Buffer>): string {
  const root = mkdtempSync(join(tmpdir(), 'polyhelp-import-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

const article = (title: string, body: string, extra = '') =>
  `---\ntitle: ${title}\n${extra}---\n# ${title}\n\n${body}\n`;

const options = (root: string, more: Partial<RunImportOptions> = {}): RunImportOptions => ({
  inputs: [join(root, 'docs')],
  out: join(root, 'content'),
  dryRun: false,
  symptomHeadings: true,
  ...more,
});

const english = () =>
  createDocsFolder({
    'docs/en-us/Reset Password.md': article(
      'Reset',
      '**I forgot it**\n\nSee ![shot](media/Shot.png) and [sign-in](sign-in.md).',
      'ms.date: 03/04/2021\n',
    ),
    'docs/en-us/media/shot.png': 'png',
    'docs/en-us/sign-in.md': article(
      'Sign in',
      'Use <appId>. Replace {tenant} with your tenant. See [admin](/microsoft-365/admin/add-users?view=o365#top).',
    ),
    'docs/en-us/commercial-dialogues/sign-in.md': article(
      'Sign in (dialogue)',
      'Back to [the article](../sign-in.md).',
    ),
    'docs/en-us/broken.md': article('Broken', 'Text.', 'ms.date: 2021-13-45\n'),
  });

describe('runImport', () => {
  it('writes the good files, images beside them, and reports the bad one', async () => {
    const root = english();
    const { failed, run } = await runImport(options(root));
    expect(failed).toBe(true);
    expect(run.failures.map(formatProblem)).toEqual([
      expect.stringMatching(/broken\.md:3: ms\.date: expected a date as MM\/DD\/YYYY/),
    ]);
    expect(readdirSync(join(root, 'content/en-US')).sort()).toEqual([
      'commercial-dialogues',
      'media',
      'reset-password.mdx',
      'sign-in.mdx',
    ]);
    expect(readFileSync(join(root, 'content/en-US/reset-password.mdx'), 'utf8')).toBe(
      '---\ntitle: Reset\nms.date: 03/04/2021\n---\n# <a name="reset"></a>Reset\n\n## <a name="i-forgot-it"></a>I forgot it\n\nSee ![shot](./media/shot.png) and [sign-in](/en-us/sign-in/).\n',
    );
    expect(readFileSync(join(root, 'content/en-US/media/shot.png'), 'utf8')).toBe('png');
    expect(run.warnings).toMatchObject([
      {
        rule: 'image-case',
        line: 9,
        message: expect.stringContaining(
          '"media/Shot.png" matched a file only when ignoring letter case',
        ),
      },
    ]);
    expect(run.changedSlugs).toEqual([{ from: 'Reset Password', to: 'reset-password' }]);
  });

  it('keeps a subfolder article apart from the top-level one of the same name, links included', async () => {
    const root = english();
    await runImport(options(root));
    expect(
      readFileSync(join(root, 'content/en-US/commercial-dialogues/sign-in.mdx'), 'utf8'),
    ).toContain('Back to [the article](/en-us/sign-in/).');
  });

  it('points site-root links at the Docs host, counts them, and escapes braces in prose', async () => {
    const root = english();
    const { run, summary } = await runImport(
      options(root, { siteRootHost: 'https://docs.example' }),
    );
    const signIn = readFileSync(join(root, 'content/en-US/sign-in.mdx'), 'utf8');
    expect(signIn).toContain(
      '[admin](https://docs.example/microsoft-365/admin/add-users?view=o365#top)',
    );
    expect(signIn).toContain('Use \\<appId>. Replace \\{tenant\\} with your tenant.');
    expect(run.fixes.filter((f) => f.kind === 'site-root-link')).toHaveLength(1);
    expect(summary).toContain('Site-root links made absolute on https://docs.example: 1');
  });

  it('gives the same files when run twice, and says they are unchanged', async () => {
    const root = english();
    await runImport(options(root));
    const first = readFileSync(join(root, 'content/en-US/sign-in.mdx'), 'utf8');
    const { run } = await runImport(options(root));
    expect(readFileSync(join(root, 'content/en-US/sign-in.mdx'), 'utf8')).toBe(first);
    expect(run.written).toEqual([]);
    expect(run.unchanged).toHaveLength(3);
    expect(
      readdirSync(join(root, 'content/en-US')).filter((name) => name.includes('.tmp')),
    ).toEqual([]);
  });

  it('writes nothing on a dry run but still prints the summary', async () => {
    const root = english();
    const { summary } = await runImport(options(root, { dryRun: true }));
    expect(existsSync(join(root, 'content'))).toBe(false);
    expect(summary).toContain('Imported 3 of 4 files (dry run: nothing written)');
  });

  it('never overwrites a file it did not write, names it, and replaces it only with --force', async () => {
    const root = english();
    mkdirSync(join(root, 'content/en-US/media'), { recursive: true });
    writeFileSync(join(root, 'content/en-US/sign-in.mdx'), 'hand-written');
    writeFileSync(join(root, 'content/en-US/media/shot.png'), 'someone else’s image');
    const { run, failed } = await runImport(options(root));
    expect(failed).toBe(true);
    expect(run.failures.filter((f) => f.rule === 'would-overwrite').map(formatProblem)).toEqual([
      `${join(root, 'content/en-US/sign-in.mdx')}: exists and was not written by the importer: not overwritten\n    fix: move it away or merge by hand, or import again with --force to replace it`,
      `${join(root, 'content/en-US/media/shot.png')}: exists and was not written by the importer: not overwritten\n    fix: move it away or merge by hand, or import again with --force to replace it`,
    ]);
    expect(readFileSync(join(root, 'content/en-US/sign-in.mdx'), 'utf8')).toBe('hand-written');
    await runImport(options(root, { force: true }));
    expect(readFileSync(join(root, 'content/en-US/sign-in.mdx'), 'utf8')).toContain(
      '# <a name="sign-in"></a>Sign in',
    );
  });

  it('replaces its own earlier output, but not once someone edited it', async () => {
    const root = english();
    await runImport(options(root));
    expect(
      JSON.parse(readFileSync(join(root, 'content', manifestName), 'utf8')).files,
    ).toHaveProperty(['en-US/sign-in.mdx']);
    writeFileSync(join(root, 'docs/en-us/sign-in.md'), article('Sign in', 'New text.'));
    expect((await runImport(options(root))).run.written).toEqual([
      join(root, 'content/en-US/sign-in.mdx'),
    ]);
    writeFileSync(
      join(root, 'content/en-US/sign-in.mdx'),
      `${readFileSync(join(root, 'content/en-US/sign-in.mdx'), 'utf8')}\nEdited by hand.\n`,
    );
    writeFileSync(join(root, 'docs/en-us/sign-in.md'), article('Sign in', 'Newer text.'));
    const { run } = await runImport(options(root));
    expect(run.failures.filter((f) => f.rule === 'would-overwrite')).toMatchObject([
      {
        message:
          'exists and was not written by the importer (or was edited since): not overwritten',
      },
    ]);
  });

  it('refuses a Latin-1 file with its line instead of garbling it', async () => {
    const root = createDocsFolder({
      'docs/en-us/latin.md': Buffer.from('---\ntitle: R\xe9soudre\n---\n# R\xe9soudre\n', 'latin1'),
    });
    const { run, failed } = await runImport(options(root));
    expect(failed).toBe(true);
    expect(run.failures.map(formatProblem)).toEqual([
      `${join(root, 'docs/en-us/latin.md')}:2: encoding: this file is not UTF-8 (looks like Latin-1 or Windows-1252: byte 0xe9 is not valid UTF-8)\n    fix: convert it, e.g. iconv -f WINDOWS-1252 -t UTF-8 in.md > out.md, check the accents, and import again`,
    ]);
    expect(existsSync(join(root, 'content'))).toBe(false);
  });

  it('records the source hash a translation was imported against, so l10n:status can prove freshness', async () => {
    const root = createDocsFolder({
      'docs/en-us/reset.md': article('Reset', '**I forgot it**\n\nText.'),
      'docs/fr-fr/reset.md': article(
        'Réinitialiser',
        '**Je l’ai oublié**\n\nTexte.',
        translationKeys,
      ),
    });
    const { run } = await runImport(options(root));
    expect(run.failures).toEqual([]);
    const french = readFileSync(join(root, 'content/fr-FR/reset.mdx'), 'utf8');
    expect(french).toMatch(
      /\nms\.locfileid: "54038956"\npolyhelp\.sourcehash: [0-9a-f]{64}\n---\n# <a name="reset"><\/a>Réinitialiser\n\n## <a name="i-forgot-it"><\/a>Je l’ai oublié/,
    );
    expect(french).toContain('ms.openlocfilehash: b5f7da89a650d2915dc652449623c78be6247175');
  });

  it('publishes a translation whose source is absent, with a warning and no recorded hash', async () => {
    const root = createDocsFolder({
      'docs/fr-fr/orphan.md': article('Orphelin', 'Texte.', translationKeys),
    });
    const { run, failed } = await runImport(options(root));
    expect(failed).toBe(false);
    expect(run.warnings).toMatchObject([{ rule: 'translation-without-source' }]);
    expect(readFileSync(join(root, 'content/fr-FR/orphan.mdx'), 'utf8')).not.toContain(
      'polyhelp.sourcehash',
    );
  });

  it('reports a link to an article outside the imported set and keeps it as written', async () => {
    const root = createDocsFolder({ 'docs/en-us/a.md': article('A', 'See [b](b.md).') });
    const { run } = await runImport(options(root));
    expect(run.warnings.map(formatProblem)).toEqual([
      `${join(root, 'docs/en-us/a.md')}:6: link: link to "b.md" points at no article of this import: kept as written\n    fix: import that article too, or link to its published URL`,
    ]);
  });

  it('fails an article whose image is missing, naming file and line, and writes nothing for it', async () => {
    const root = createDocsFolder({
      'docs/en-us/a.md': article('A', 'Text.\n\n![gone](media/gone.png)'),
    });
    const { run } = await runImport(options(root));
    expect(run.failures.map(formatProblem)).toEqual([
      `${join(root, 'docs/en-us/a.md')}:8: image: image "media/gone.png" was not found next to the article\n    fix: add the file where the reference points (any letter case), or fix the reference`,
    ]);
    expect(existsSync(join(root, 'content/en-US/a.mdx'))).toBe(false);
  });

  it('prints counts by class and warnings by rule as JSON for scripts', async () => {
    const root = english();
    const { summaryToJson } = await import('./import-summary.ts');
    const json = summaryToJson((await runImport(options(root))).run);
    expect(json).toMatchObject({
      filesIn: 4,
      imported: 3,
      written: 3,
      failed: 1,
      images: 1,
      warningsByRule: { 'image-case': 1 },
      failuresByRule: { 'ms.date': 1 },
    });
  });
});

describe('runImport stays inside the folder being imported', () => {
  const hostile = {
    include: '[!INCLUDE [s](../../../../../../../../etc/passwd)]',
    image: '![x](../../../../../../../../etc/passwd.png)',
    home: '![x](~/.bashrc.png)',
  };

  it.each(Object.entries(hostile))(
    'refuses a %s path out of the import, reads and copies nothing, and fails',
    async (name, line) => {
      const root = createDocsFolder({ 'docs/en-us/a.md': article('A', `Text.\n\n${line}`) });
      const { run, failed } = await runImport(options(root));
      expect(failed).toBe(true);
      const [failure] = run.failures;
      expect(failure).toMatchObject({ file: join(root, 'docs/en-us/a.md'), line: 8 });
      expect(failure.message).toMatch(
        name === 'home'
          ? /was not found next to the article/
          : /leads out of the folder being imported: nothing was (read|read or copied)/,
      );
      expect(existsSync(join(root, 'content'))).toBe(false);
    },
  );

  it('reads an include from the configured includes folder', async () => {
    const root = createDocsFolder({
      'docs/en-us/a.md': article('A', 'Text.\n\n[!INCLUDE [s](../../shared/steps.md)]'),
      'shared/steps.md': 'Step one.',
    });
    const { run } = await runImport(options(root, { includesRoot: join(root, 'shared') }));
    expect(run.failures).toEqual([]);
    expect(readFileSync(join(root, 'content/en-US/a.mdx'), 'utf8')).toContain('Step one.');
  });
});

describe('runImport and the breadcrumb configuration', () => {
  const crumbs =
    '- name: Informations sur Alchemy\n  tocHref: /\n  topicHref: /AlchemyInsights/index\n- name: Alchemy Insights\n  tocHref: /\n  topicHref: /AlchemyInsights/index\n';

  it("writes the folder's product crumb to <out>/<locale>/breadcrumb.yml, never the corpus file itself", async () => {
    const root = createDocsFolder({
      'docs/reset.md': article('Réinitialiser', 'Texte.', translationKeys),
      'docs/breadcrumb/toc.yml': crumbs,
    });
    const { failed } = await runImport(options(root, { locale: 'fr-FR' }));
    expect(failed).toBe(false);
    expect(readFileSync(join(root, 'content/fr-FR/breadcrumb.yml'), 'utf8')).toBe(
      '# Imported from breadcrumb/toc.yml. "folders:" may map a slug folder to its topic label.\nproduct: Informations sur Alchemy\n',
    );
  });

  it('reports a malformed configuration with its file, line and field, and still imports the articles', async () => {
    const root = createDocsFolder({
      'docs/reset.md': article('Réinitialiser', 'Texte.', translationKeys),
      'docs/breadcrumb/toc.yml': '- name: 42\n  tocHref: /\n',
    });
    const { failed, run } = await runImport(options(root, { locale: 'fr-FR' }));
    expect(failed).toBe(true);
    expect(run.failures.map(formatProblem)).toEqual([
      expect.stringMatching(
        /breadcrumb\/toc\.yml:1: \[0\]\.name: expected the crumb text as a non-empty string, found 42/,
      ),
      expect.stringMatching(
        /breadcrumb\/toc\.yml:1: \[0\]\.topicHref: expected a site path starting with \/, found nothing/,
      ),
    ]);
    expect(existsSync(join(root, 'content/fr-FR/reset.mdx'))).toBe(true);
    expect(existsSync(join(root, 'content/fr-FR/breadcrumb.yml'))).toBe(false);
  });
});
