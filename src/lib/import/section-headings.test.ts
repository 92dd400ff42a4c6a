import type { Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import { readSectionHeadings } from '../content/section-ids.ts';
import { mdxParser } from '../markdown/mdx-parser.ts';
import { convertSectionHeadings } from './section-headings.ts';
import { applyEdits } from './source-edits.ts';
import { markdownParser } from './visible-text.ts';

const convert = (source: string) =>
  applyEdits(
    source,
    convertSectionHeadings(markdownParser.parse(source) as Root, source, { symptomHeadings: false })
      .edits,
  );

describe('convertSectionHeadings', () => {
  it('keeps a heading anchor the content check accepts', () => {
    expect(convert('# <a name="top"></a>Title\n\n## <a name="steps"></a>Steps\n')).toBe(
      '# <a name="top"></a>Title\n\n## <a name="steps"></a>Steps\n',
    );
  });

  it('gives an anchor the content check does not accept (<a name="x" />) a proper one before it', () => {
    const output = convert('# <a name="top"></a>Title\n\n## <a name="steps" />Steps\n');
    expect(output).toMatch(/^## <a name="[^"]+"><\/a><a name="steps" \/>Steps$/m);
    expect(readSectionHeadings(mdxParser.parse(output), output).every((h) => h.id)).toBe(true);
  });

  it('gives a section heading inside a block quote or a list an anchor too, since the content check reads it there', () => {
    const output = convert('# <a name="top"></a>Title\n\n> ## Quoted\n\n- ## Listed\n');
    expect(output).toBe(
      '# <a name="top"></a>Title\n\n> ## <a name="quoted"></a>Quoted\n\n- ## <a name="listed"></a>Listed\n',
    );
    expect(readSectionHeadings(mdxParser.parse(output), output).every((h) => h.id)).toBe(true);
  });

  it('turns a bold line with its full stop outside the bold into a section, keeping the full stop', () => {
    const source = '# <a name="top"></a>Title\n\n**Check the recycle bin of the site**.\n\nText.\n';
    const output = applyEdits(
      source,
      convertSectionHeadings(markdownParser.parse(source) as Root, source, {
        symptomHeadings: true,
      }).edits,
    );
    expect(output).toBe(
      '# <a name="top"></a>Title\n\n## <a name="check-the-recycle-bin-of-the-site"></a>Check the recycle bin of the site.\n\nText.\n',
    );
  });

  it('leaves a bold phrase followed by more words as a paragraph', () => {
    const source = '# <a name="top"></a>Title\n\n**Note** that this matters.\n\nText.\n';
    expect(
      convertSectionHeadings(markdownParser.parse(source) as Root, source, {
        symptomHeadings: true,
      }).edits,
    ).toEqual([]);
  });
});
