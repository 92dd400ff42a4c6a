import { describe, expect, it } from 'vitest';
import { collectPageLinks } from './collect-page-links.ts';
import { fixtureHtml } from '../../../test/fixture-html.ts';
import { lintUrls } from './url-lint.ts';

function lint(href: string) {
  return lintUrls(
    collectPageLinks(
      fixtureHtml({ lang: 'en-US', article: `<a href="${href}">Reset portal</a>` }),
      '/x/',
    ),
  ).map((f) => ({ rule: f.rule, message: f.message, fix: f.fix }));
}

describe('lintUrls', () => {
  it('accepts a clean https URL, a relative URL, mailto and tel', () => {
    expect([
      ...lint('https://learn.microsoft.com/a'),
      ...lint('../a/'),
      ...lint('mailto:help@example.org'),
      ...lint('tel:+33100000000'),
    ]).toEqual([]);
  });

  it('warns about insecure http and suggests https', () => {
    expect(lint('http://example.org/a')).toEqual([
      {
        rule: 'insecure-http',
        message: 'link "http://example.org/a" uses insecure http:',
        fix: 'link "https://example.org/a" if the site serves https',
      },
    ]);
  });

  it('warns about a legacy host and suggests the current one', () => {
    expect(lint('https://docs.microsoft.com/azure/a')).toEqual([
      {
        rule: 'legacy-host',
        message:
          'link "https://docs.microsoft.com/azure/a" uses docs.microsoft.com, which now redirects to learn.microsoft.com',
        fix: 'link "https://learn.microsoft.com/azure/a"',
      },
    ]);
  });

  it('warns about tracking parameters in any case, and suggests the same clean URL for every warning', () => {
    const findings = lint('https://docs.microsoft.com/a?wt.MC_ID=Portal&x=1#b');
    expect(findings.map((f) => f.rule)).toEqual(['legacy-host', 'tracking-param']);
    expect(findings[1].message).toBe(
      'link "https://docs.microsoft.com/a?wt.MC_ID=Portal&x=1#b" carries the tracking parameter wt.MC_ID',
    );
    expect(new Set(findings.map((f) => f.fix))).toEqual(
      new Set(['link "https://learn.microsoft.com/a?x=1#b"']),
    );
  });

  it('warns about utm_ parameters', () => {
    expect(lint('https://example.org/?utm_source=mail&utm_medium=x')[0].message).toContain(
      'tracking parameters utm_source, utm_medium',
    );
  });

  it('warns about an unknown URL scheme', () => {
    expect(lint('javascript:alert(1)')).toEqual([
      {
        rule: 'unknown-scheme',
        message:
          'link "javascript:alert(1)" uses the URL scheme "javascript:", which browsers may refuse or misuse',
        fix: 'use one of http:, https:, mailto:, tel:, or a relative URL',
      },
    ]);
  });
});
