import { describe, expect, it } from 'vitest';
import { sectionLinkWithHighlight } from './section-link.ts';

describe('sectionLinkWithHighlight', () => {
  it('highlights a marked body word with the words around it as context', () => {
    const link = sectionLinkWithHighlight('/en-us/a/#error-message', 'I see an error message. Check the common <mark>errors</mark> and fixes', 'I see an error message');
    expect(link).toBe('/en-us/a/#error-message:~:text=common-,errors,-and');
  });

  it('leaves words of the heading out, since the table of contents repeats them earlier on the page', () => {
    const link = sectionLinkWithHighlight('/fr-fr/a/#error-message', 'Je vois un <mark>message</mark> <mark>d’erreur.</mark> Examinez cet article', 'Je vois un message d’erreur');
    expect(link).toBe('/fr-fr/a/#error-message');
  });

  it('drops the period Pagefind adds after a heading from the highlighted word and from context', () => {
    const link = sectionLinkWithHighlight('/ar-sa/a/#x', 'عنوان. تعيين <mark>كلمة</mark> <mark>المرور.</mark> إذا كنت', 'عنوان');
    expect(link).toBe(`/ar-sa/a/#x:~:text=${encodeURIComponent('تعيين')}-,${encodeURIComponent('كلمة')}&text=${encodeURIComponent('كلمة')}-,${encodeURIComponent('المرور')},-${encodeURIComponent('إذا')}`);
  });

  it('encodes dashes and commas, which are text-directive syntax', () => {
    const link = sectionLinkWithHighlight('/en-us/a/#x', 'Heading. use the self-service <mark>reset,</mark> then sign in', 'Heading');
    expect(link).toBe('/en-us/a/#x:~:text=self%2Dservice-,reset%2C,-then');
  });

  it('uses no context word that touches the edge of the excerpt, where it may be cut', () => {
    const link = sectionLinkWithHighlight('/ja-jp/a/#x', '見出し. よくある<mark>エラー</mark>とその解決策につい', '見出し');
    expect(link).toBe(`/ja-jp/a/#x:~:text=${encodeURIComponent('よくある')}-,${encodeURIComponent('エラー')}`);
  });

  it('highlights at most three distinct words', () => {
    const link = sectionLinkWithHighlight('/en-us/a/#x', 'T. a <mark>one</mark> b <mark>two</mark> c <mark>three</mark> d <mark>four</mark> e <mark>one</mark> b', 'T');
    expect(link.split('text=')).toHaveLength(4);
    expect(link).not.toContain('four');
  });
});
