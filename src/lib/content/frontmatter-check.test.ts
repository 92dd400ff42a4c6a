import { describe, expect, it } from 'vitest';
import { edit, enUS, frFR, reportFor } from '../../../test/content-fixtures.ts';
import { checkContent } from './content-check.ts';

describe('frontmatter of the shipped articles', () => {
  it('passes and comes out normalized', () => {
    const { articles, problems } = checkContent([enUS, frFR]);
    expect(problems).toEqual([]);
    const fr = articles.find((a) => a.locale === 'fr-FR')!.data;
    expect(fr['ms.date']).toEqual(new Date(Date.UTC(2021, 2, 4)));
    expect(fr['ms.lasthandoff']).toEqual(new Date(Date.UTC(2021, 7, 5)));
    expect(fr['ms.custom']).toEqual(['9003259', '6128']);
    expect(fr.ROBOTS).toEqual(['noindex', 'nofollow']);
  });
});

describe('frontmatter rules', () => {
  it('rejects an unparseable date, naming file, line, field, expected and found', () => {
    const report = reportFor(enUS, edit(frFR, 'ms.date: 03/04/2021', 'ms.date: 2021-13-45'));
    expect(report).toContain('content/fr-FR/troubleshoot-sspr.mdx:6: ms.date: expected a date as MM/DD/YYYY');
    expect(report).toContain('found "2021-13-45"');
  });

  it('rejects an impossible calendar date', () => {
    expect(reportFor(edit(enUS, 'ms.date: 03/04/2021', 'ms.date: 02/30/2021'))).toContain('ms.date: expected a date as MM/DD/YYYY or M/D/YYYY, e.g. 03/04/2021 (or empty), found "02/30/2021"');
  });

  it('accepts M/D/YYYY, MM/D/YYYY and an empty date, and reads an empty or missing date as absent', () => {
    const dateOf = (line: string) => {
      const { articles, problems } = checkContent([edit(enUS, 'ms.date: 03/04/2021\n', line)]);
      expect(problems).toEqual([]);
      return articles[0].data['ms.date'];
    };
    expect(dateOf('ms.date: 3/4/2021\n')).toEqual(new Date(Date.UTC(2021, 2, 4)));
    expect(dateOf('ms.date: 12/4/2021\n')).toEqual(new Date(Date.UTC(2021, 11, 4)));
    expect(dateOf('ms.date:\n')).toBeUndefined();
    expect(dateOf('ms.date: ""\n')).toBeUndefined();
    expect(dateOf('')).toBeUndefined();
  });

  it('keeps a 40- or 64-digit localization hash verbatim and refuses other lengths', () => {
    const sha1 = 'b5f7da89a650d2915dc652449623c78be6247175';
    const { articles } = checkContent([enUS, edit(frFR, /ms\.openlocfilehash: \w+/.exec(frFR.text)![0], `ms.openlocfilehash: ${sha1}`)]);
    expect(articles.find((a) => a.locale === 'fr-FR')!.data['ms.openlocfilehash']).toBe(sha1);
    expect(reportFor(enUS, edit(frFR, 'ms.openlocfilehash: 9d81', 'ms.openlocfilehash: 9d81a'))).toContain('ms.openlocfilehash: expected a localization hash of 40 or 64 hex digits');
  });

  it('knows the keys of the real corpus and reads audience as ms.audience', () => {
    const withKeys = edit(enUS, 'ms.audience: Admin\n', 'audience: ITPro\nms.assetid: ad61fdc7-f3b8-46f9-817a-49c6ae2425e2\nms.reviewer: jkinma, jmueller\nms.prod: office-365\nsearch.appverid:\n- MET150\ndescription: Reset a password\n');
    const { articles, problems, warnings } = checkContent([withKeys]);
    expect([problems, warnings]).toEqual([[], []]);
    expect(articles[0].data).toMatchObject({ 'ms.audience': 'ITPro', 'ms.assetid': ['ad61fdc7-f3b8-46f9-817a-49c6ae2425e2'], 'ms.prod': 'office-365', 'search.appverid': ['MET150'] });
    expect(articles[0].data).not.toHaveProperty('audience');
  });

  it('prefers ms.audience when both spellings are set', () => {
    expect(checkContent([edit(enUS, 'ms.audience: Admin\n', 'ms.audience: Admin\naudience: ITPro\n')]).articles[0].data['ms.audience']).toBe('Admin');
  });

  it('refuses the source hash of our own on a source article', () => {
    expect(reportFor(edit(enUS, 'ms.custom:', `polyhelp.sourcehash: ${'a'.repeat(64)}\nms.custom:`))).toContain('en-US/troubleshoot-sspr.mdx:13: polyhelp.sourcehash: must not be set in the source locale (en-US): it belongs to translations');
  });

  it('expands ms.custom from a bare number, a string or nothing into a list of strings', () => {
    const customOf = (value: string) => checkContent([edit(enUS, 'ms.custom:\n- "9003259"\n- "6128"', `ms.custom: ${value}`)]).articles[0]?.data['ms.custom'];
    expect(customOf('6128')).toEqual(['6128']);
    expect(customOf('"abc"')).toEqual(['abc']);
    expect(customOf('')).toEqual([]);
  });

  it('warns about an unknown key, keeps the article, and suggests the nearest known key', () => {
    const { articles, problems, warnings } = checkContent([edit(enUS, 'ms.custom:', 'ms,.custom:')]);
    expect(problems).toEqual([]);
    expect(articles).toHaveLength(1);
    expect(warnings).toEqual([{ file: 'content/en-US/troubleshoot-sspr.mdx', line: 13, field: 'ms,.custom', rule: 'unknown-key', message: 'unknown key: kept in the file, not used by the site', fix: 'did you mean `ms.custom`?' }]);
  });

  it('makes an unknown key an error with --strict', () => {
    const { problems } = checkContent([edit(enUS, 'ms.custom:', 'f1.keywords: x\nms.custom:')], 'content', { strict: true });
    expect(problems).toMatchObject([{ line: 13, field: 'f1.keywords', rule: 'unknown-key', message: 'unknown key (--strict)', fix: 'remove it, or add it to src/lib/content/frontmatter-schema.ts if the site should use it' }]);
  });

  it('rejects a translation type other than MT or HT', () => {
    const report = reportFor(enUS, edit(frFR, 'ms.translationtype: MT', 'ms.translationtype: machine'));
    expect(report).toContain('fr-FR/troubleshoot-sspr.mdx:18: ms.translationtype: expected MT (machine) or HT (human), found "machine"');
  });

  it('rejects unknown robots directives', () => {
    expect(reportFor(edit(enUS, 'ROBOTS: NOINDEX, NOFOLLOW', 'ROBOTS: NOINDEX, HIDE'))).toContain('ROBOTS: expected robots directives, e.g. NOINDEX, NOFOLLOW, found "NOINDEX, HIDE"');
  });

  it('requires a title', () => {
    expect(reportFor(edit(enUS, 'title: Troubleshoot SSPR\n', ''))).toContain('title: expected a non-empty title, found nothing');
  });

  it('forbids translation keys in the source locale', () => {
    const report = reportFor(edit(enUS, 'ms.custom:', 'ms.translationtype: MT\nms.custom:'));
    expect(report).toContain('en-US/troubleshoot-sspr.mdx:13: ms.translationtype: must not be set in the source locale (en-US)');
    expect(report).toContain('found "MT"');
  });

  it('requires every translation key on a translation', () => {
    const report = reportFor(enUS, edit(frFR, 'ms.locfileid: "54038956"\n', ''));
    expect(report).toContain('fr-FR/troubleshoot-sspr.mdx:1: ms.locfileid: a translation must carry it');
    expect(report).toContain('found nothing');
  });

  it('requires ms.contentlocale to equal the folder locale', () => {
    const report = reportFor(enUS, edit(frFR, 'ms.contentlocale: fr-FR', 'ms.contentlocale: fr-CA'));
    expect(report).toContain('fr-FR/troubleshoot-sspr.mdx:19: ms.contentlocale: expected fr-FR, the locale of the folder the file is in, found "fr-CA"');
  });

  it('reports YAML that does not parse with its line', () => {
    const report = reportFor(edit(enUS, 'title: Troubleshoot SSPR', 'title: Troubleshoot: SSPR: "x'));
    expect(report).toMatch(/en-US\/troubleshoot-sspr\.mdx:2: frontmatter: YAML does not parse/);
  });
});
