import { describe, expect, it } from 'vitest';
import { createLinkReport, formatLinkReport } from './format-link-report.ts';
import type { LinkFinding } from './link-finding.ts';

const warning: LinkFinding = {
  severity: 'warning',
  rule: 'legacy-host',
  file: 'content/fr-FR/a.mdx',
  line: 27,
  link: 'https://docs.microsoft.com/a',
  message: 'link "https://docs.microsoft.com/a" uses docs.microsoft.com',
  fix: 'link "https://learn.microsoft.com/a"',
  page: '/fr-fr/a/',
};
const chrome = (page: string): LinkFinding => ({
  severity: 'error',
  rule: 'missing-page',
  file: 'src/components/SiteHeader.astro',
  link: '/help/',
  message: 'link "/help/" leads to /help/, which the build did not produce',
  page,
});

describe('createLinkReport', () => {
  it('counts errors and warnings and merges a chrome error repeated on several pages', () => {
    const report = createLinkReport([warning, chrome('/fr-fr/'), chrome('/de-de/')], {
      pages: 2,
      links: 10,
    });
    expect(report).toMatchObject({
      errors: 1,
      warnings: 1,
      pagesChecked: 2,
      linksChecked: 10,
      strict: false,
    });
    expect(report.findings.map((f) => [f.file, f.pages])).toEqual([
      ['content/fr-FR/a.mdx', ['/fr-fr/a/']],
      ['src/components/SiteHeader.astro', ['/fr-fr/', '/de-de/']],
    ]);
  });

  it('turns warnings into errors when strict', () => {
    expect(createLinkReport([warning], { pages: 1, links: 1 }, true)).toMatchObject({
      errors: 1,
      warnings: 0,
      findings: [{ severity: 'error' }],
    });
  });
});

describe('formatLinkReport', () => {
  it('groups findings by file with clickable file:line, rule, message and fix', () => {
    const text = formatLinkReport(
      createLinkReport([warning, chrome('/fr-fr/'), chrome('/de-de/')], { pages: 2, links: 10 }),
    );
    expect(text).toBe(
      [
        'Link check: 1 error, 1 warning (2 pages, 10 links checked)',
        '',
        'content/fr-FR/a.mdx (page /fr-fr/a/): 0 errors, 1 warning',
        '  warning content/fr-FR/a.mdx:27: legacy-host: link "https://docs.microsoft.com/a" uses docs.microsoft.com',
        '      fix: link "https://learn.microsoft.com/a"',
        '',
        'src/components/SiteHeader.astro (pages /fr-fr/, /de-de/): 1 error, 0 warnings',
        '  error src/components/SiteHeader.astro: missing-page: link "/help/" leads to /help/, which the build did not produce [pages /fr-fr/, /de-de/]',
      ].join('\n'),
    );
  });
});

describe('a report against a baseline', () => {
  const broken = (link: string): LinkFinding => ({
    severity: 'error',
    rule: 'missing-page',
    file: 'content/fr-FR/a.mdx',
    line: 9,
    link,
    message: `link "${link}" leads nowhere`,
    page: '/fr-fr/a/',
  });
  const baseline = {
    file: 'content.link-baseline.txt',
    contentDir: 'content',
    entries: [
      { file: 'fr-FR/a.mdx', rule: 'missing-page', link: '/fr-fr/old/' },
      { file: 'fr-FR/a.mdx', rule: 'legacy-host', link: 'https://docs.microsoft.com/a' },
      { file: 'fr-FR/gone.mdx', rule: 'missing-page', link: '/fr-fr/x/' },
    ],
  };
  const report = createLinkReport(
    [broken('/fr-fr/old/'), broken('/fr-fr/new/'), warning],
    { pages: 1, links: 3 },
    false,
    baseline,
  );

  it('counts only the findings the baseline does not accept, and the accepted ones apart, by rule', () => {
    expect(report).toMatchObject({
      errors: 1,
      warnings: 0,
      baselined: 2,
      baselinedByRule: { 'legacy-host': 1, 'missing-page': 1 },
      baselineFile: 'content.link-baseline.txt',
    });
    expect(report.findings.map((f) => f.link)).toEqual(['/fr-fr/new/']);
    expect(report.baselinedFindings.map((f) => f.link)).toEqual([
      '/fr-fr/old/',
      'https://docs.microsoft.com/a',
    ]);
  });

  it('prints the baselined count by rule under the summary, and the fixed entries to remove', () => {
    const text = formatLinkReport(report);
    expect(text.split('\n').slice(0, 2)).toEqual([
      'Link check: 1 error, 0 warnings (1 page, 3 links checked)',
      'Baselined: 2 findings accepted by content.link-baseline.txt (1 legacy-host, 1 missing-page), not counted above',
    ]);
    expect(text).not.toContain('/fr-fr/old/');
    expect(text).toContain(
      'content.link-baseline.txt: 1 baselined finding no longer occurs (fixed); remove it with `npm run check:links -- --update-baseline`:\n  fr-FR/gone.mdx  missing-page  /fr-fr/x/',
    );
  });

  it('reports no baseline when the content has none', () => {
    expect(createLinkReport([warning], { pages: 1, links: 1 })).toMatchObject({
      baselineFile: null,
      baselined: 0,
      baselinedByRule: {},
      fixedInBaseline: [],
    });
  });
});
