import { describe, expect, it } from 'vitest';
import { edit, enUS, frFR, reportFor } from '../../../test/content-fixtures.ts';
import { checkContent } from './content-check.ts';

describe('content layout rules', () => {
  it('rejects an unknown locale folder and suggests the right casing', () => {
    const report = reportFor(enUS, { ...frFR, path: 'content/fr-fr/troubleshoot-sspr.mdx' });
    expect(report).toContain('content/fr-fr/troubleshoot-sspr.mdx: locale: unknown locale: expected one of en-US, ar-SA, bg-BG,');
    expect(report).toContain('found "fr-fr"');
    expect(report).toContain('did you mean fr-FR?');
  });

  it('rejects a locale that is not shipped', () => {
    const report = reportFor(enUS, { ...frFR, path: 'content/pt-AO/troubleshoot-sspr.mdx' });
    expect(report).toContain('unknown locale: expected one of en-US, ar-SA, bg-BG,');
    expect(report).toContain(', zh-CN, zh-TW, found "pt-AO"');
  });

  it('rejects a translation without a source article', () => {
    const report = reportFor(enUS, { ...frFR, path: 'content/fr-FR/reset-mfa.mdx' });
    expect(report).toContain('content/fr-FR/reset-mfa.mdx: translation without a source: expected content/en-US/reset-mfa.mdx, found no such file');
  });

  it('tags a translation without a source with its rule id, so the importer can match it without reading the message', () => {
    const { problems } = checkContent([enUS, { ...frFR, path: 'content/fr-FR/reset-mfa.mdx' }]);
    expect(problems).toMatchObject([{ file: 'content/fr-FR/reset-mfa.mdx', rule: 'translation-without-source' }]);
    expect(checkContent([enUS, frFR]).problems.filter((p) => p.rule)).toEqual([]);
  });

  it('rejects files outside content/<locale>/<slug>.mdx', () => {
    expect(reportFor({ ...enUS, path: 'content/en-US/troubleshoot-sspr.md' })).toContain('expected an article at content/<locale>/<slug>.mdx, found "content/en-US/troubleshoot-sspr.md"');
  });

  it('rejects a slug that is not URL-safe and proposes one', () => {
    const report = reportFor({ ...enUS, path: 'content/en-US/Troubleshoot SSPR.mdx' });
    expect(report).toContain('slug: expected a URL-safe slug');
    expect(report).toContain('rename the file to troubleshoot-sspr.mdx');
  });
});

describe('stable section ids', () => {
  it('fails when a translation drops or renames a section id, naming both files and the ids', () => {
    const report = reportFor(enUS, edit(frFR, '<a name="error-message">', '<a name="message-erreur">'));
    expect(report).toContain('content/fr-FR/troubleshoot-sspr.mdx: section ids: expected the same section ids as content/en-US/troubleshoot-sspr.mdx');
    expect(report).toContain('found missing error-message; not in the source: message-erreur');
  });

  it('requires a stable id on every section heading, with its line', () => {
    const report = reportFor(edit(enUS, '## <a name="error-message"></a>', '## '));
    expect(report).toContain(`content/en-US/troubleshoot-sspr.mdx:26: section id: a section heading needs a stable id, the same in every locale, found "I'm seeing an error message"`);
  });

  it('rejects the same id twice in one article', () => {
    expect(reportFor(edit(enUS, '<a name="error-message">', '<a name="setup-password-reset">'))).toContain('duplicate id, already used on line 19');
  });

  it('ignores headings inside fenced code', () => {
    const withCode = edit(enUS, '## <a name="error-message"></a>', '```md\n## not a heading\n```\n\n## <a name="error-message"></a>');
    expect(checkContent([withCode]).problems).toEqual([]);
  });
});
