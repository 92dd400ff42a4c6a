import { describe, expect, it } from 'vitest';
import { createCorpus } from '../bench/corpus.ts';
import { readSeedArticles } from '../bench/seed-articles.ts';
import { checkContent } from '../src/lib/content/content-check.ts';
import { splitFrontmatter } from '../src/lib/content/split-frontmatter.ts';

const { locales, seeds } = readSeedArticles();
const corpus = createCorpus({ articles: 12, locales, seeds });
const asContent = corpus.map((file) => ({ path: `corpus/${file.path}`, text: file.text }));

describe('createCorpus', () => {
  it('writes every article in every requested locale', () => {
    expect(corpus).toHaveLength(12 * locales.length);
    expect(
      createCorpus({ articles: 3, locales: ['en-US', 'fr-FR'], seeds }).map((f) => f.path),
    ).toEqual([
      'en-US/article-1.mdx',
      'fr-FR/article-1.mdx',
      'en-US/article-2.mdx',
      'fr-FR/article-2.mdx',
      'en-US/article-3.mdx',
      'fr-FR/article-3.mdx',
    ]);
  });

  // The check parses each of the 72 articles as MDX (a few ms each): more than the default 5 s on a busy machine.
  it(
    'generates articles the content check accepts, translations included',
    { timeout: 30_000 },
    () => {
      const { articles, problems } = checkContent(asContent, 'corpus');
      expect(problems).toEqual([]);
      expect(articles).toHaveLength(corpus.length);
    },
  );

  it('hashes the source body into each translation, as the localization pipeline does', async () => {
    const { createHash } = await import('node:crypto');
    const source = splitFrontmatter(
      corpus.find((f) => f.path === 'en-US/article-3.mdx')!.text,
    ).body;
    const translation = splitFrontmatter(
      corpus.find((f) => f.path === 'ja-JP/article-3.mdx')!.text,
    ).data!;
    expect(translation['ms.openlocfilehash']).toBe(
      createHash('sha256').update(source).digest('hex'),
    );
  });

  it('uses the shapes of the seed: anchored headings, nested lists, links, tables, code and alerts', () => {
    const text = corpus
      .filter((f) => f.path.startsWith('en-US/'))
      .map((f) => f.text)
      .join('\n');
    expect(text).toMatch(/^## <a name="section-\d+"><\/a>\S/m);
    expect(text).toMatch(/^ {4}- \*\*/m);
    expect(text).toMatch(/\]\(\/en-us\/article-\d+\/(#section-1)?\)/);
    expect(text).toMatch(/^\| --- \| --- \|$/m);
    expect(text).toMatch(/^```powershell$/m);
    expect(text).toMatch(/^> \[!NOTE\]$/m);
  });

  it('writes each translation in its own language and script', () => {
    const body = (path: string) => splitFrontmatter(corpus.find((f) => f.path === path)!.text).body;
    expect(body('ar-SA/article-1.mdx')).toMatch(/\p{Script=Arabic}{3,}/u);
    expect(body('ja-JP/article-1.mdx')).toMatch(/[\p{Script=Hiragana}\p{Script=Han}]{3,}/u);
    expect(body('en-US/article-1.mdx')).not.toMatch(/\p{Script=Arabic}/u);
  });

  it('marks translations machine-translated unless told they are human translations', () => {
    const translationType = (files: typeof corpus) =>
      splitFrontmatter(files.find((f) => f.path === 'fr-FR/article-2.mdx')!.text).data![
        'ms.translationtype'
      ];
    expect(translationType(corpus)).toBe('MT');
    expect(
      translationType(createCorpus({ articles: 2, locales, seeds, translationType: 'HT' })),
    ).toBe('HT');
  });

  it('gives the same corpus on every run', () => {
    expect(createCorpus({ articles: 12, locales, seeds })).toEqual(corpus);
  });
});
