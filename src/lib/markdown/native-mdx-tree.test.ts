import { describe, expect, it } from 'vitest';
import { edit, enUS } from '../../../test/content-fixtures.ts';
import { plainTree, referenceMdxTree } from '../../../test/reference-mdx-tree.ts';
import { checkContent } from '../content/content-check.ts';
import { splitFrontmatter } from '../content/split-frontmatter.ts';
import { nativeMdxTree } from './native-mdx-tree.ts';

describe('nativeMdxTree', () => {
  it("gives mdxParser's tree for an article: headings, anchors, lists, a table, links, code, footnotes, images", () => {
    const { body } = splitFrontmatter(enUS.text);
    const extra =
      '\n| a | b |\n|---|---|\n| `c` | [d](/en-us/x/) |\n\n~~old~~ and ~5 min[^1]\n\n[^1]: A note.\n\n<img src="a.png" alt="b" />\n';
    for (const text of [body, extra])
      expect(plainTree(nativeMdxTree(text))).toEqual(referenceMdxTree(text));
  });

  it('leaves to mdxParser what Sätteri parses differently or less fully', () => {
    for (const text of [
      'Replace {"tenant"}.\n',
      '{/* a comment */}\n',
      'import x from "y"\n\nText.\n',
      '<a href={url}>x</a>\n',
      '<div {...props}>x</div>\n',
      'It takes ~5 minutes~.\n',
      'Text <b\n',
    ])
      expect(nativeMdxTree(text), text).toBeUndefined();
  });
});

describe('the content check on the native tree', () => {
  it("reports a problem as mdxParser's tree places it: the attribute's own line in an element over several lines", () => {
    const article = edit(
      enUS,
      '\n## <a name="setup',
      '\n<span\n  title="t"\n  onclick="x()">y</span>\n\n## <a name="setup',
    );
    const { problems } = checkContent([article]);
    const line = article.text.split('\n').findIndex((text) => text.includes('onclick')) + 1;
    expect(problems).toMatchObject([{ file: article.path, line, field: 'attribute' }]);
  });

  it("checks on mdxParser's tree alone when asked (a build whose MDX compile parses with micromark)", () => {
    // Sätteri reads a self-closing slash, a line break, then `>` as <br />; micromark refuses it.
    const article = edit(
      enUS,
      '\n## <a name="setup',
      '\nLine one <br/\n> two.\n\n## <a name="setup',
    );
    expect(checkContent([article]).problems).toEqual([]);
    expect(checkContent([article], 'content', { nativeParse: false }).problems).toMatchObject([
      { file: article.path, field: 'MDX' },
    ]);
  });
});
