import { describe, expect, it } from 'vitest';
import {
  applyLinkBaseline,
  baselinePathFor,
  BaselineError,
  countByRule,
  findingToBaselineEntry,
  formatLinkBaseline,
  parseLinkBaseline,
  sortBaselineEntries,
} from './link-baseline.ts';

const finding = (file: string, rule: string, link?: string) => ({ file, rule, link });

describe('findingToBaselineEntry', () => {
  it('keeps the file relative to the content folder, so the baseline moves with the content', () => {
    expect(
      findingToBaselineEntry(
        finding('site/content/fr-FR/a.mdx', 'missing-page', '/fr-fr/b/'),
        'site/content',
      ),
    ).toEqual({ file: 'fr-FR/a.mdx', rule: 'missing-page', link: '/fr-fr/b/' });
  });

  it('accepts no finding in the project’s own files, which the project fixes', () => {
    expect(
      findingToBaselineEntry(
        finding('src/pages/[locale]/[slug].astro', 'missing-page', '/x/'),
        'content',
      ),
    ).toBeUndefined();
    expect(
      findingToBaselineEntry(finding('contents/fr-FR/a.mdx', 'missing-page', '/x/'), 'content'),
    ).toBeUndefined();
  });
});

describe('formatLinkBaseline and parseLinkBaseline', () => {
  const entries = [
    { file: 'fr-FR/b.mdx', rule: 'translation-links', link: '/fr-fr/c/' },
    { file: 'de-DE/a.mdx', rule: 'missing-page', link: '/de-de/z/' },
    { file: 'de-DE/a.mdx', rule: 'missing-anchor', link: '/de-de/y/#x' },
    { file: 'de-DE/a.mdx', rule: 'missing-page', link: '/de-de/b/' },
  ];

  it('writes a commented header, then one finding per line in file, rule, link order', () => {
    const lines = formatLinkBaseline(entries).split('\n');
    expect(lines.filter((line) => line.startsWith('#'))).toHaveLength(3);
    expect(lines.filter((line) => line && !line.startsWith('#'))).toEqual([
      'de-DE/a.mdx\tmissing-anchor\t/de-de/y/#x',
      'de-DE/a.mdx\tmissing-page\t/de-de/b/',
      'de-DE/a.mdx\tmissing-page\t/de-de/z/',
      'fr-FR/b.mdx\ttranslation-links\t/fr-fr/c/',
    ]);
  });

  it('writes the same file whatever order the findings came in', () => {
    expect(formatLinkBaseline([...entries].reverse())).toBe(formatLinkBaseline(entries));
  });

  it('reads back what it wrote, tabs and newlines in a link included, and keeps repeated findings', () => {
    const odd = [
      ...entries,
      { file: 'fr-FR/b.mdx', rule: 'malformed-url', link: 'https://a\tb\\c\nd' },
      entries[0],
    ];
    const text = formatLinkBaseline(odd);
    expect(text).toContain('fr-FR/b.mdx\tmalformed-url\thttps://a\\tb\\\\c\\nd\n');
    expect(parseLinkBaseline(text, 'content.link-baseline.txt')).toEqual(sortBaselineEntries(odd));
  });

  it('skips comments and blank lines, and reads CRLF files', () => {
    expect(parseLinkBaseline('# note\r\n\r\nfr-FR/a.mdx\tempty-text\t\r\n', 'b.txt')).toEqual([
      { file: 'fr-FR/a.mdx', rule: 'empty-text', link: '' },
    ]);
  });

  it('refuses a line without its three tab-separated fields, naming the file, the line and how to fix it', () => {
    const read = () =>
      parseLinkBaseline(
        '# ok\nfr-FR/a.mdx missing-page /b/\nfr-FR/a.mdx\t\t/b/\n',
        'content.link-baseline.txt',
      );
    expect(read).toThrow(BaselineError);
    expect(read).toThrow(
      [
        'content.link-baseline.txt:2: expected a file, a rule and a link separated by tabs, found "fr-FR/a.mdx missing-page /b/"',
        '    fix: restore the line from version control, or rewrite the file with `npm run check:links -- --update-baseline`',
        'content.link-baseline.txt:3: expected a file, a rule and a link separated by tabs, found "fr-FR/a.mdx\\t\\t/b/"',
      ].join('\n'),
    );
  });
});

describe('applyLinkBaseline', () => {
  const baseline = [
    { file: 'fr-FR/a.mdx', rule: 'missing-page', link: '/fr-fr/b/' },
    { file: 'fr-FR/a.mdx', rule: 'missing-page', link: '/fr-fr/b/' },
    { file: 'fr-FR/a.mdx', rule: 'translation-links', link: '/fr-fr/gone/' },
  ];

  it('accepts the findings it lists, as many times as it lists them, and fails the others', () => {
    const findings = [
      finding('content/fr-FR/a.mdx', 'missing-page', '/fr-fr/b/'),
      finding('content/fr-FR/a.mdx', 'missing-page', '/fr-fr/b/'),
      finding('content/fr-FR/a.mdx', 'missing-page', '/fr-fr/b/'),
      finding('content/fr-FR/a.mdx', 'missing-anchor', '/fr-fr/b/'),
      finding('src/components/Toc.astro', 'missing-page', '/fr-fr/b/'),
    ];
    const split = applyLinkBaseline(findings, baseline, 'content');
    expect(split.accepted).toEqual(findings.slice(0, 2));
    expect(split.fresh).toEqual(findings.slice(2));
  });

  it('lists the entries no finding matches any more as fixed', () => {
    const split = applyLinkBaseline(
      [finding('content/fr-FR/a.mdx', 'missing-page', '/fr-fr/b/')],
      baseline,
      'content',
    );
    expect(split.fixed).toEqual([baseline[1], baseline[2]]);
  });
});

describe('baselinePathFor and countByRule', () => {
  it('puts the baseline beside the content folder, where the content check does not look', () => {
    expect(baselinePathFor('content')).toBe('content.link-baseline.txt');
    expect(baselinePathFor('imports/alchemy/content')).toBe(
      'imports/alchemy/content.link-baseline.txt',
    );
  });

  it('counts findings by rule in alphabetical order', () => {
    expect(
      Object.entries(
        countByRule([
          { rule: 'translation-links' },
          { rule: 'missing-page' },
          { rule: 'translation-links' },
        ]),
      ),
    ).toEqual([
      ['missing-page', 1],
      ['translation-links', 2],
    ]);
  });
});
