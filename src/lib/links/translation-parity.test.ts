import { describe, expect, it } from 'vitest';
import { checkTranslationParity, getSourceLinks } from './translation-parity.ts';

const front = '---\ntitle: T\n---\n';
const source = {
  path: 'content/en-US/a.mdx',
  text: `${front}# A\n\nSee [the FAQ](https://e.org/faq) and [reset](https://e.org/reset).\n\nAlso [setup](/en-us/setup/#x) and [the FAQ again](https://e.org/faq).\n`,
};

/** The findings for one translation against its source, as the link check gets them. */
const findingsFor = (...pair: [typeof source, typeof source]) => checkTranslationParity(pair);

function translation(body: string) {
  return { path: 'content/fr-FR/a.mdx', text: `${front}${body}` };
}

describe('getSourceLinks', () => {
  it('lists Markdown, reference, image and JSX links with their file lines', () => {
    const text = `${front}[a](/a/)\n\n![i](/i.png)\n\n[ref][r]\n\n<a href="/jsx/">j</a>\n\n[r]: /ref/\n`;
    expect(getSourceLinks(text)).toEqual([
      { url: '/a/', line: 4 },
      { url: '/i.png', line: 6 },
      { url: '/ref/', line: 8 },
      { url: '/jsx/', line: 10 },
    ]);
  });
});

describe('checkTranslationParity with known links', () => {
  it("takes a file's known links instead of parsing it, and parses the others", () => {
    const unparsable = translation('# A\n\n<b>\n');
    const known = (file: { path: string }) =>
      file.path === unparsable.path ? getSourceLinks(source.text) : undefined;
    expect(checkTranslationParity([source, unparsable], known)).toEqual([]);
    expect(checkTranslationParity([source, unparsable])).toMatchObject([
      { rule: 'translation-links', message: expect.stringContaining('cannot read the links') },
    ]);
  });
});

describe('checkTranslationParity on one translation', () => {
  it('accepts the same links in another order and with other text, with the locale segment localized', () => {
    const same = translation(
      '# A\n\n[la FAQ](https://e.org/faq), [encore](https://e.org/faq), [config](/fr-fr/setup/#x) et [réinitialiser](https://e.org/reset).\n',
    );
    expect(findingsFor(source, same)).toEqual([]);
  });

  it('reports a link dropped by the translation with the source line', () => {
    const dropped = translation(
      '# A\n\n[la FAQ](https://e.org/faq), [encore](https://e.org/faq), [config](/fr-fr/setup/#x).\n',
    );
    expect(findingsFor(source, dropped)).toEqual([
      {
        severity: 'error',
        rule: 'translation-links',
        file: 'content/fr-FR/a.mdx',
        link: 'https://e.org/reset',
        message:
          'link "https://e.org/reset" of the source content/en-US/a.mdx:6 is missing from this translation',
        fix: 'translate the sentence with its link, keeping the URL as it is',
      },
    ]);
  });

  it('reports a link added by the translation with its line', () => {
    const added = translation(
      '# A\n\n[la FAQ](https://e.org/faq), [encore](https://e.org/faq), [config](/fr-fr/setup/#x), [r](https://e.org/reset).\n\n[autre](https://other.example/)\n',
    );
    expect(findingsFor(source, added)).toMatchObject([
      {
        line: 8,
        message: 'link "https://other.example/" is not in the source content/en-US/a.mdx',
        fix: 'remove it, or add it to content/en-US/a.mdx first',
      },
    ]);
  });

  it('reports an altered link once, naming both files and lines', () => {
    const altered = translation(
      '# A\n\n[la FAQ](https://e.org/faq), [encore](https://e.org/faq), [config](/fr-fr/setup/#y), [r](https://e.org/reset).\n',
    );
    expect(findingsFor(source, altered)).toEqual([
      {
        severity: 'error',
        rule: 'translation-links',
        file: 'content/fr-FR/a.mdx',
        line: 6,
        link: '/fr-fr/setup/#y',
        message:
          'link "/fr-fr/setup/#y" differs from the source\'s "/en-us/setup/#x" (content/en-US/a.mdx:8)',
        fix: 'link "/en-us/setup/#x" as the source does, or change the source first',
      },
    ]);
  });

  it('counts repeated links: one occurrence fewer is a dropped link', () => {
    const fewer = translation(
      '# A\n\n[la FAQ](https://e.org/faq), [config](/fr-fr/setup/#x), [r](https://e.org/reset).\n',
    );
    expect(findingsFor(source, fewer).map((f) => f.link)).toEqual(['https://e.org/faq']);
  });
});

describe('checkTranslationParity', () => {
  it('compares each translation with the source of the same slug only', () => {
    const other = { path: 'content/en-US/b.mdx', text: `${front}[x](https://e.org/x)\n` };
    const fr = translation('# A\n');
    const findings = checkTranslationParity([
      source,
      other,
      fr,
      { path: 'content/fr-FR/b.mdx', text: `${front}[x](https://e.org/x)\n` },
    ]);
    expect(findings.map((f) => `${f.file} ${f.link}`)).toEqual([
      'content/fr-FR/a.mdx https://e.org/faq',
      'content/fr-FR/a.mdx https://e.org/reset',
      'content/fr-FR/a.mdx /en-us/setup/#x',
      'content/fr-FR/a.mdx https://e.org/faq',
    ]);
  });
});

describe('checkTranslationParity on broken MDX', () => {
  it('reports a file whose MDX does not parse instead of crashing', () => {
    const broken = translation('# A\n\n<a href="/x/">unclosed\n');
    expect(checkTranslationParity([source, broken])).toMatchObject([
      {
        file: 'content/fr-FR/a.mdx',
        rule: 'translation-links',
        message: expect.stringContaining('cannot read the links'),
      },
    ]);
  });
});
