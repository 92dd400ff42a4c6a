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
    expect(reportFor(edit(enUS, 'ms.date: 03/04/2021', 'ms.date: 02/30/2021'))).toContain('ms.date: expected a date as MM/DD/YYYY, e.g. 03/04/2021 (or empty), found "02/30/2021"');
  });

  it('accepts M/D/YYYY and an empty date', () => {
    expect(checkContent([edit(enUS, 'ms.date: 03/04/2021', 'ms.date: 3/4/2021')]).problems).toEqual([]);
    expect(checkContent([edit(enUS, 'ms.date: 03/04/2021', 'ms.date:')]).problems).toEqual([]);
  });

  it('expands ms.custom from a bare number, a string or nothing into a list of strings', () => {
    const customOf = (value: string) => checkContent([edit(enUS, 'ms.custom:\n- "9003259"\n- "6128"', `ms.custom: ${value}`)]).articles[0]?.data['ms.custom'];
    expect(customOf('6128')).toEqual(['6128']);
    expect(customOf('"abc"')).toEqual(['abc']);
    expect(customOf('')).toEqual([]);
  });

  it('suggests the nearest known key for a misspelled one', () => {
    const report = reportFor(edit(enUS, 'ms.custom:', 'ms,.custom:'));
    expect(report).toContain('content/en-US/troubleshoot-sspr.mdx:13: ms,.custom: unknown key');
    expect(report).toContain('did you mean `ms.custom`?');
  });

  it('rejects a translation type other than MT or HT', () => {
    const report = reportFor(enUS, edit(frFR, 'ms.translationtype: MT', 'ms.translationtype: machine'));
    expect(report).toContain('fr-FR/troubleshoot-sspr.mdx:18: ms.translationtype: expected MT (machine) or HT (human), found "machine"');
  });

  it('rejects a malformed source hash', () => {
    const report = reportFor(enUS, edit(frFR, 'ms.openlocfilehash: 9d81', 'ms.openlocfilehash: zz81'));
    expect(report).toContain('ms.openlocfilehash: expected the SHA-256 of the source body, 64 hex digits, found "zz81');
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
