import { describe, expect, it } from 'vitest';
import { collectPageLinks } from './collect-page-links.ts';
import { fixtureHtml } from '../../../test/fixture-html.ts';
import { lintArticleText, lintLinkText } from './link-text-lint.ts';

function lint(lang: string, article: string, fallbackFrom?: string) {
  return lintLinkText(collectPageLinks(fixtureHtml({ lang, article, fallbackFrom }), '/x/')).map(
    (f) => `${f.rule}: ${f.message}`,
  );
}

describe('lintLinkText', () => {
  it('accepts a link whose text names its target', () => {
    expect(
      lint('en-US', '<p>Read <a href="https://e.org/">the password reset FAQ</a>.</p>'),
    ).toEqual([]);
  });

  it('warns about a link with no text', () => {
    expect(lint('en-US', '<p>See <a href="https://e.org/"></a> now.</p>')).toEqual([
      'empty-text: link "https://e.org/" has no text, so no reader can tell where it goes',
    ]);
  });

  it('counts an image alt as link text', () => {
    expect(
      lint(
        'en-US',
        '<p>See <a href="https://e.org/"><img src="/a.png" alt="Reset page"></a> now.</p>',
      ),
    ).toEqual([]);
  });

  it('warns about link text that is only punctuation', () => {
    expect(lint('en-US', '<p>See <a href="https://e.org/">…</a> now.</p>')).toEqual([
      'punctuation-text: link text "…" is only punctuation',
    ]);
  });

  it.each([
    ['fr-FR', 'les'],
    ['fr-FR', 'par'],
    ['de-DE', 'Sie'],
    ['en-US', 'the'],
    ['es-ES', 'para'],
    ['ar-SA', 'في'],
  ])('warns when the whole text of a link is a lone %s function word "%s"', (lang, word) => {
    expect(lint(lang, `<p>x <a href="https://e.org/">${word}</a> y</p>`)).toEqual([
      `function-word-text: link text "${word}" is a lone ${lang.slice(0, 2)} function word: machine translation probably moved the link off its phrase`,
    ]);
  });

  it('warns about a lone Japanese particle without calling it glued', () => {
    expect(lint('ja-JP', '<p>設定<a href="https://e.org/">を</a>確認</p>')).toEqual([
      'function-word-text: link text "を" is a lone ja function word: machine translation probably moved the link off its phrase',
    ]);
  });

  it('uses the language of the content on a fallback page', () => {
    expect(lint('fr-FR', '<p>x <a href="https://e.org/">the</a> y</p>', 'en-US')).toEqual([
      'function-word-text: link text "the" is a lone en function word: machine translation probably moved the link off its phrase',
    ]);
  });

  it('warns about a lone lower-case word such as the seed’s "dirigez"', () => {
    expect(
      lint('fr-FR', '<p>ensuite, <a href="https://e.org/">dirigez</a> votre utilisateur</p>'),
    ).toEqual([
      'lone-word-text: link text "dirigez" is a single common word, which does not say where the link goes',
    ]);
  });

  it('warns about link text ending in punctuation', () => {
    expect(
      lint('fr-FR', '<p>les exigences <a href="https://e.org/">de licence.</a> Vous</p>'),
    ).toEqual(['trailing-punctuation: link text "de licence." ends in punctuation']);
  });

  it('warns about a link glued to the next word', () => {
    expect(
      lint(
        'fr-FR',
        '<p>Stratégies et <a href="https://e.org/">restrictions de mot</a>de passe</p>',
      ),
    ).toEqual(['glued-link: link "restrictions de mot" is glued to the next word "de"']);
  });

  it('warns about a link glued to the previous word', () => {
    expect(lint('en-US', '<p>Open the<a href="https://e.org/">Reset portal</a> now</p>')).toEqual([
      'glued-link: link "Reset portal" is glued to the previous word "the"',
    ]);
  });

  it('does not lint links outside the article', () => {
    const page = collectPageLinks(
      fixtureHtml({ lang: 'fr-FR', chrome: '<a href="/fr-fr/">les</a>' }),
      '/x/',
    );
    expect(lintLinkText(page)).toEqual([]);
  });
});

describe('lintArticleText', () => {
  it('warns about a URL written out without a link, but not in code or link text', () => {
    const page = collectPageLinks(
      fixtureHtml({
        lang: 'en-US',
        article:
          '<p>Send them to aka.ms/sspr. Or <a href="https://aka.ms/x">aka.ms/x</a>, or run <code>curl example.com/a</code>, or www.example.org.</p>',
      }),
      '/x/',
    );
    expect(lintArticleText(page).map((f) => [f.rule, f.needle, f.message])).toEqual([
      ['raw-url-text', 'aka.ms/sspr', 'text "aka.ms/sspr" is a URL written out but not linked'],
      [
        'raw-url-text',
        'www.example.org',
        'text "www.example.org" is a URL written out but not linked',
      ],
    ]);
  });

  it('leaves file names and abbreviations alone', () => {
    const page = collectPageLinks(
      fixtureHtml({
        lang: 'en-US',
        article: '<p>Run setup.exe, e.g. with Node.js and and/or O365.</p>',
      }),
      '/x/',
    );
    expect(lintArticleText(page)).toEqual([]);
  });
});
