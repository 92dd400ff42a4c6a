import { describe, expect, it } from 'vitest';
import { edit, enUS, frFR, reportFor } from '../../../test/content-fixtures.ts';
import { checkContent } from './content-check.ts';
import { formatProblems } from './content-problem.ts';

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

  it('publishes a translation without a source article and warns about it, with its rule id', () => {
    const { articles, problems, warnings } = checkContent([enUS, { ...frFR, path: 'content/fr-FR/reset-mfa.mdx' }]);
    expect(problems).toEqual([]);
    expect(articles.map((a) => `${a.locale}/${a.slug}`)).toContain('fr-FR/reset-mfa');
    expect(warnings).toMatchObject([{ file: 'content/fr-FR/reset-mfa.mdx', rule: 'translation-without-source', message: 'translation without a source: published as it is, expected content/en-US/reset-mfa.mdx', found: 'no such file' }]);
    expect(checkContent([enUS, frFR]).warnings).toEqual([]);
  });

  it("reads a locale's breadcrumb.yml as its breadcrumb configuration and reports a bad one on its line", () => {
    const good = { path: 'content/fr-FR/breadcrumb.yml', text: 'product: Informations sur Alchemy\n' };
    expect(checkContent([enUS, frFR, good])).toMatchObject({ problems: [], breadcrumbs: { 'fr-FR': { product: 'Informations sur Alchemy', folders: {} } } });
    const bad = { path: 'content/fr-FR/breadcrumb.yml', text: 'product: A\nfolders:\n  billing: 3\n' };
    expect(reportFor(enUS, frFR, bad)).toContain('content/fr-FR/breadcrumb.yml:3: folders.billing: expected the topic label as a non-empty string, found 3');
    expect(reportFor(enUS, { path: 'content/fr-FR/commercial-dialogues/breadcrumb.yml', text: 'product: A\n' })).toContain('expected an article at content/<locale>/<slug>.mdx');
  });

  it('checks only the frontmatter of a locale whose bodies another shard checks, and every body of the others', () => {
    const brokenBody = edit(frFR, '<a name="', '<script>alert(1)</script>\n\n<a name="x-');
    const inShard = checkContent([enUS, brokenBody], 'content', { checksBody: () => true });
    expect(formatProblems(inShard.problems)).toContain('content/fr-FR/troubleshoot-sspr.mdx');
    const elsewhere = checkContent([enUS, brokenBody], 'content', { checksBody: (locale) => locale === 'en-US' });
    expect(elsewhere.problems).toEqual([]);
    const [source, translation] = elsewhere.articles;
    expect(source).toMatchObject({ bodyChecked: true });
    expect(source.headings.length).toBeGreaterThan(0);
    expect(translation).toMatchObject({ locale: 'fr-FR', bodyChecked: false, headings: [], links: [] });
    expect(translation.body).toBe(checkContent([enUS, frFR]).articles[1].body.replace('<a name="', '<script>alert(1)</script>\n\n<a name="x-'));
    const badFrontmatter = edit(frFR, 'title:', 'titel:');
    expect(formatProblems(checkContent([enUS, badFrontmatter], 'content', { checksBody: (locale) => locale === 'en-US' }).problems)).toContain('content/fr-FR/troubleshoot-sspr.mdx');
  });

  it("gives each article's links with file lines, as translation link parity would parse them", async () => {
    const { getSourceLinks } = await import('../links/translation-parity.ts');
    const [source, translation] = checkContent([enUS, frFR]).articles;
    expect(source.links.length).toBeGreaterThan(0);
    expect(source.links).toEqual(getSourceLinks(enUS.text));
    expect(translation.links).toEqual(getSourceLinks(frFR.text));
  });

  it('accepts an article in a subfolder as a nested slug, each segment URL-safe', () => {
    const nested = { ...enUS, path: 'content/en-US/commercial-dialogues/troubleshoot-sspr.mdx' };
    expect(checkContent([nested]).articles.map((a) => a.slug)).toEqual(['commercial-dialogues/troubleshoot-sspr']);
    expect(reportFor({ ...enUS, path: 'content/en-US/Commercial Dialogues/troubleshoot-sspr.mdx' })).toContain('rename the file to commercial-dialogues/troubleshoot-sspr.mdx');
  });

  it('leaves the images of a locale media folder alone, but not other files there', () => {
    expect(checkContent([enUS, { path: 'content/en-US/media/a.png', text: '' }]).problems).toEqual([]);
    expect(reportFor(enUS, { path: 'content/en-US/media/a.svg', text: '' })).toContain('expected an article at content/<locale>/<slug>.mdx, found "content/en-US/media/a.svg"');
    const { articles, problems } = checkContent([enUS, { ...enUS, path: 'content/en-US/media/a.mdx' }]);
    expect(articles.map((a) => a.slug)).toEqual(['troubleshoot-sspr']);
    expect(problems.map((p) => p.found)).toEqual(['"content/en-US/media/a.mdx"']);
  });

  it('rejects files outside content/<locale>/<slug>.mdx', () => {
    expect(reportFor({ ...enUS, path: 'content/en-US/troubleshoot-sspr.md' })).toContain('expected an article at content/<locale>/<slug>.mdx, found "content/en-US/troubleshoot-sspr.md"');
  });

  it('accepts an article in a folder below its locale, with a nested slug', () => {
    const nested = (file: typeof enUS) => ({ ...file, path: file.path.replace('/troubleshoot-sspr', '/commercial-dialogues/troubleshoot-sspr') });
    const { articles, problems } = checkContent([nested(enUS), nested(frFR)]);
    expect(problems).toEqual([]);
    expect(articles.map((a) => `${a.locale} ${a.slug}`)).toEqual(['en-US commercial-dialogues/troubleshoot-sspr', 'fr-FR commercial-dialogues/troubleshoot-sspr']);
  });

  it('compares a nested translation with the source of the same nested slug, not of the same file name', () => {
    const { warnings } = checkContent([enUS, { ...frFR, path: 'content/fr-FR/commercial-dialogues/troubleshoot-sspr.mdx' }]);
    expect(warnings.map((w) => w.message)).toContain('translation without a source: published as it is, expected content/en-US/commercial-dialogues/troubleshoot-sspr.mdx');
  });

  it('still rejects a file directly in the content folder', () => {
    expect(reportFor({ ...enUS, path: 'content/troubleshoot-sspr.mdx' })).toContain('expected an article at content/<locale>/<slug>.mdx, found "content/troubleshoot-sspr.mdx"');
  });

  it('rejects a nested slug with a segment that is not URL-safe, proposing one', () => {
    const report = reportFor({ ...enUS, path: 'content/en-US/Commercial Dialogues/troubleshoot-sspr.mdx' });
    expect(report).toContain('found "Commercial Dialogues/troubleshoot-sspr"');
    expect(report).toContain('rename the file to commercial-dialogues/troubleshoot-sspr.mdx');
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
