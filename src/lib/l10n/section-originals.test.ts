import { describe, expect, it } from 'vitest';
import { appendSectionOriginals, htmlToSourceSections } from './section-originals.ts';

const options = { summary: 'Afficher l’original (anglais)', lang: 'en-US', dir: 'ltr' as const };
const heading = (id: string, text: string) =>
  `<div class="heading heading-h2"><h2 id="${id}">${text}</h2><a class="heading-anchor" href="#${id}">#</a></div>`;

const source = `<h1 id="top">Troubleshoot</h1><p>Intro</p>${heading('setup', 'Setting up')}<p>Enable <a name="x" href="https://example.com/">SSPR</a>.</p>${heading('error-message', 'I see an error')}<p>Review this article.</p>`;
const translated = `<h1 id="top">Dépanner</h1><p>Intro FR</p>${heading('setup', 'Configurer')}<p>Activez SSPR.</p>${heading('error-message', 'Je vois une erreur')}<p>Consultez cet article.</p>`;

describe('appendSectionOriginals', () => {
  const html = appendSectionOriginals(translated, source, options);

  it('puts each section’s original text after that section, before the next heading', () => {
    const setupEnd = html.indexOf('<h2 id="error-message"');
    const setupOriginal = html.indexOf('Enable');
    expect(setupOriginal).toBeGreaterThan(html.indexOf('Activez SSPR.'));
    expect(setupOriginal).toBeLessThan(setupEnd);
    expect(html.lastIndexOf('Review this article.')).toBeGreaterThan(
      html.indexOf('Consultez cet article.'),
    );
  });

  it('adds one closed, search-ignored details per section, with the source language on the original', () => {
    expect(html.match(/<details class="show-original" data-pagefind-ignore="">/g)).toHaveLength(2);
    expect(html).not.toMatch(/<details[^>]* open/);
    expect(html).toContain(
      '<summary>Afficher l’original (anglais)</summary><div class="show-original-body" lang="en-US" dir="ltr"><p class="show-original-title">I see an error</p>',
    );
  });

  it('leaves out ids and self-links of the original, which would clash with the page’s', () => {
    expect(html.match(/id="error-message"/g)).toHaveLength(1);
    expect(html).not.toContain('name="x"');
    expect(html.match(/class="heading-anchor"/g)).toHaveLength(2);
  });

  it('does not copy what comes before the first section', () => {
    expect(html).not.toContain('>Intro<');
  });

  it('adds nothing for a section the source does not have', () => {
    expect(
      appendSectionOriginals(`${heading('only-here', 'Ici')}<p>Texte</p>`, source, options),
    ).not.toContain('<details');
  });
});

describe('htmlToSourceSections', () => {
  it('gives each translation the sections, escaped as before they were split once for all (pinned output)', () => {
    const escaped = `${heading('setup', 'Set &amp; up')}<p><a href="https://example.com/?a=1&amp;b=2">x</a> &lt;b&gt;</p><pre><code>a &lt; b</code></pre>`;
    const html = appendSectionOriginals(translated, htmlToSourceSections(escaped), {
      ...options,
      summary: 'Original <en> & "x"',
    });
    expect(html).toContain(
      '<details class="show-original" data-pagefind-ignore=""><summary>Original &#x3C;en> &#x26; "x"</summary><div class="show-original-body" lang="en-US" dir="ltr"><p class="show-original-title">Set &#x26; up</p><p><a href="https://example.com/?a=1&#x26;b=2">x</a> &#x3C;b></p><pre><code>a &#x3C; b</code></pre></div></details><div class="heading heading-h2"><h2 id="error-message">',
    );
  });

  it('keeps each section’s title text and its body without ids', () => {
    expect(htmlToSourceSections(source).get('setup')).toEqual({
      title: 'Setting up',
      bodyHtml: '<p>Enable <a href="https://example.com/">SSPR</a>.</p>',
    });
  });
});
