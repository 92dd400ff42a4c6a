import { describe, expect, it } from 'vitest';
import { createLinkReport, formatLinkReport } from './format-link-report.ts';
import type { LinkFinding } from './link-finding.ts';

const warning: LinkFinding = { severity: 'warning', rule: 'legacy-host', file: 'content/fr-FR/a.mdx', line: 27, link: 'https://docs.microsoft.com/a', message: 'link "https://docs.microsoft.com/a" uses docs.microsoft.com', fix: 'link "https://learn.microsoft.com/a"', page: '/fr-fr/a/' };
const chrome = (page: string): LinkFinding => ({ severity: 'error', rule: 'missing-page', file: 'src/components/SiteHeader.astro', link: '/help/', message: 'link "/help/" leads to /help/, which the build did not produce', page });

describe('createLinkReport', () => {
  it('counts errors and warnings and merges a chrome error repeated on several pages', () => {
    const report = createLinkReport([warning, chrome('/fr-fr/'), chrome('/de-de/')], { pages: 2, links: 10 });
    expect(report).toMatchObject({ errors: 1, warnings: 1, pagesChecked: 2, linksChecked: 10, strict: false });
    expect(report.findings.map((f) => [f.file, f.pages])).toEqual([
      ['content/fr-FR/a.mdx', ['/fr-fr/a/']],
      ['src/components/SiteHeader.astro', ['/fr-fr/', '/de-de/']],
    ]);
  });

  it('turns warnings into errors when strict', () => {
    expect(createLinkReport([warning], { pages: 1, links: 1 }, true)).toMatchObject({ errors: 1, warnings: 0, findings: [{ severity: 'error' }] });
  });
});

describe('formatLinkReport', () => {
  it('groups findings by file with clickable file:line, rule, message and fix', () => {
    const text = formatLinkReport(createLinkReport([warning, chrome('/fr-fr/'), chrome('/de-de/')], { pages: 2, links: 10 }));
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
