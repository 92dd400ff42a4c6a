import { describe, expect, it } from 'vitest';
import { htmlLang, toIndexedHtml } from './index-html.ts';

const page = (lang: string, title: string, h1: string, text: string) =>
  `<html lang="${lang}"><body><article data-pagefind-body data-pagefind-meta="title:${title}"><h1 id="t" title="共有">${h1}</h1><p>${text}</p></article></body></html>`;

describe('toIndexedHtml', () => {
  it('splits Chinese and Japanese text by character, leaving markup and attributes alone', () => {
    const html = toIndexedHtml(page('zh-CN', '购买域名', '购买域名', '在<b>中</b>购买'));
    expect(htmlLang(html)).toBe('zh-CN');
    expect(html).toContain('<h1 id="t" title="共有">购 买 域 名</h1>');
    expect(html).toContain('<p>在<b>中</b>购 买</p>');
    expect(html).toContain('data-pagefind-meta="title:购买域名"');
  });

  it('marks French and Italian elisions so the word after them is indexed, with no one-letter word', () => {
    const french = toIndexedHtml(page('fr-FR', 'a', 'a', 'Modifier l’emplacement qu’il'));
    expect(french).toContain('<p>Modifier l`emplacement qu’il</p>');
    expect(french).not.toMatch(/\sl\s|l\s+emplacement/);
    expect(toIndexedHtml(page('it-IT', 'a', 'a', 'dell’utente'))).toContain('<p>dell`utente</p>');
    expect(toIndexedHtml(page('en-US', 'a', 'a', 'users’ data l’a'))).toContain(
      '<p>users’ data l’a</p>',
    );
  });

  it('indexes the title, weighted as an h1, when the h1 says something else', () => {
    expect(toIndexedHtml(page('en-US', 'Start Flow', 'Get started', 'x'))).toContain(
      '<article data-pagefind-body data-pagefind-meta="title:Start Flow"><p data-pagefind-weight="7">Start Flow</p><h1',
    );
    expect(toIndexedHtml(page('en-US', 'Same', 'Same', 'x'))).not.toContain('data-pagefind-weight');
  });
});
