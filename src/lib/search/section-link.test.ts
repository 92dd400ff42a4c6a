import { describe, expect, it } from 'vitest';
import { sectionLinkWithHighlight } from './section-link.ts';

const e = encodeURIComponent;

describe('sectionLinkWithHighlight', () => {
  it('highlights a marked body word with up to three words on each side as context', () => {
    const link = sectionLinkWithHighlight('/en-us/a/#error-message', 'I see an error message. Please check the common <mark>errors</mark> and their fixes here', 'I see an error message');
    expect(link).toBe('/en-us/a/#error-message:~:text=check%20the%20common-,errors,-and%20their%20fixes');
  });

  it('leaves words of the heading out, since the table of contents repeats them earlier on the page', () => {
    const link = sectionLinkWithHighlight('/fr-fr/a/#error-message', 'Je vois un <mark>message</mark> <mark>d’erreur.</mark> Examinez cet article', 'Je vois un message d’erreur');
    expect(link).toBe('/fr-fr/a/#error-message');
  });

  it('recognises a heading the excerpt starts in the middle of', () => {
    const link = sectionLinkWithHighlight('/en-us/a/#x', 'reset your <mark>password.</mark> If your <mark>password</mark> expired today', 'I cannot reset your password');
    expect(link).toBe('/en-us/a/#x:~:text=If%20your-,password,-expired');
  });

  it('stops context at a period, which Pagefind may have added, and drops it from the highlighted word', () => {
    const link = sectionLinkWithHighlight('/ar-sa/a/#x', 'عنوان. ثم تعيين <mark>المرور.</mark> إذا كنت هنا', 'عنوان');
    expect(link).toBe(`/ar-sa/a/#x:~:text=${e('ثم تعيين')}-,${e('المرور')}`);
  });

  it('encodes dashes and commas, which are text-directive syntax', () => {
    const link = sectionLinkWithHighlight('/en-us/a/#x', 'Heading. use the self-service <mark>reset,</mark> then sign in', 'Heading');
    expect(link).toBe('/en-us/a/#x:~:text=use%20the%20self%2Dservice-,reset%2C,-then%20sign');
  });

  it('uses no context word that touches the edge of the excerpt, where it may be cut', () => {
    const link = sectionLinkWithHighlight('/ja-jp/a/#x', '見出し. よくある<mark>エラー</mark>とその解決策につい', '見出し');
    expect(link).toBe(`/ja-jp/a/#x:~:text=${e('よくある')}-,${e('エラー')}`);
  });

  it('skips a match with no context at all, which could land anywhere on the page', () => {
    expect(sectionLinkWithHighlight('/en-us/a/#x', 'Heading. <mark>reset</mark>', 'Heading')).toBe('/en-us/a/#x');
  });

  it('highlights at most three distinct words', () => {
    const link = sectionLinkWithHighlight('/en-us/a/#x', 'T. a <mark>one</mark> b <mark>two</mark> c <mark>three</mark> d <mark>four</mark> e f', 'T');
    expect(link.split('text=')).toHaveLength(4);
    expect(link).not.toContain(',four,');
  });
});
