import { describe, expect, it } from 'vitest';
import { appendSectionFeedback, type SectionFeedbackOptions } from './section-feedback.ts';

const options: SectionFeedbackOptions = {
  action: 'https://feedback.example/polyhelp',
  article: 'troubleshoot-sspr',
  locale: 'fr-FR',
  pagePath: '/fr-fr/troubleshoot-sspr/',
  lang: 'fr-FR',
  dir: 'ltr',
  strings: {
    question: 'Cela a-t-il résolu votre problème ?',
    yes: 'Oui',
    no: 'Non',
    thanks: 'Merci <3',
  },
};

describe('appendSectionFeedback', () => {
  it('ends each symptom section with a form posting article, locale, section, page and the answer', () => {
    const html = appendSectionFeedback(
      '<h1 id="t">T</h1><p>Intro</p><div class="heading"><h2 id="a">A</h2></div><p>Fix A</p><h2 id="b">B</h2><p>Fix B</p>',
      options,
    );
    const form = (section: string) =>
      `<form class="feedback" method="post" action="https://feedback.example/polyhelp" lang="fr-FR" dir="ltr" data-pagefind-ignore="">` +
      `<input type="hidden" name="article" value="troubleshoot-sspr"><input type="hidden" name="locale" value="fr-FR">` +
      `<input type="hidden" name="section" value="${section}"><input type="hidden" name="page" value="/fr-fr/troubleshoot-sspr/#feedback-sent-${section}">` +
      `<fieldset><legend>Cela a-t-il résolu votre problème ?</legend><span class="feedback-answers"><button type="submit" name="answer" value="yes">Oui</button><button type="submit" name="answer" value="no">Non</button></span></fieldset>` +
      `<p class="feedback-sent" id="feedback-sent-${section}">Merci &#x3C;3</p></form>`;
    expect(html).toBe(
      `<h1 id="t">T</h1><p>Intro</p><div class="heading"><h2 id="a">A</h2></div><p>Fix A</p>${form('a')}<h2 id="b">B</h2><p>Fix B</p>${form('b')}`,
    );
  });

  it('adds nothing to an article without symptom sections, or to headings without an id', () => {
    expect(appendSectionFeedback('<h1>T</h1><h2>No id</h2><p>x</p>', options)).toBe(
      '<h1>T</h1><h2>No id</h2><p>x</p>',
    );
  });

  it('comes after a section\'s "Show original" block', () => {
    const html = appendSectionFeedback(
      '<h2 id="a">A</h2><p>x</p><details class="show-original"><summary>Original</summary></details>',
      options,
    );
    expect(html.indexOf('<form')).toBeGreaterThan(html.indexOf('</details>'));
  });
});
