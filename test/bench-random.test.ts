import { describe, expect, it } from 'vitest';
import { articleWords } from '../bench/article-words.ts';
import { createRandom } from '../bench/random.ts';

describe('createRandom', () => {
  it('is mulberry32: the reference implementation gives these first values for seeds 1 and 42', () => {
    expect(createRandom(1).next()).toBe(0.6270739405881613);
    expect(createRandom(42).next()).toBe(0.6011037519201636);
  });

  it('gives the same sequence for the same seed, so a generated corpus is the same on every run', () => {
    const a = createRandom(7919);
    const b = createRandom(7919);
    expect(Array.from({ length: 100 }, () => a.int(1, 6))).toEqual(
      Array.from({ length: 100 }, () => b.int(1, 6)),
    );
  });

  it('draws integers within both bounds and picks from the list', () => {
    const random = createRandom(3);
    const draws = Array.from({ length: 1000 }, () => random.int(2, 4));
    expect(new Set(draws)).toEqual(new Set([2, 3, 4]));
    expect(['a', 'b']).toContain(random.pick(['a', 'b']));
  });
});

describe('articleWords', () => {
  it('takes the distinct words of the body, not the frontmatter, tags, link targets or Markdown marks', () => {
    const text =
      '---\ntitle: Hidden\n---\n# Reset <a name="anchor"></a>your **password**\n\nSee [the guide](https://example.com/guide) or [a page](/en-us/other-page/#step), reset `your` password_policy.\n';
    expect(articleWords(text)).toEqual([
      'Reset',
      'your',
      'password',
      'See',
      'the',
      'guide',
      'or',
      'a',
      'page',
      'reset',
      'policy',
    ]);
  });

  it('keeps elided and contracted forms whole, as the search index sees them, and one-letter words', () => {
    expect(articleWords("Message d’erreur : l'accès à l’aide, you're done")).toEqual([
      'Message',
      'd’erreur',
      "l'accès",
      'à',
      'l’aide',
      "you're",
      'done',
    ]);
  });

  it('keeps letters of any script and leaves out numbers and punctuation', () => {
    expect(articleWords('パスワードをリセット。2 étapes, 3.1')).toEqual([
      'パスワードをリセット',
      'étapes',
    ]);
  });
});
