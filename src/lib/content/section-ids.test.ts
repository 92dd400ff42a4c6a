import { describe, expect, it } from 'vitest';
import { mdxParser } from '../markdown/mdx-parser.ts';
import {
  generateHeadingIds,
  headingsToPageIds,
  isValidSectionId,
  readSectionHeadings,
} from './section-ids.ts';

const headingsOf = (body: string, firstLine?: number) => readSectionHeadings(mdxParser.parse(body), body, firstLine);

describe('readSectionHeadings', () => {
  it('reads the id of a heading from its anchor, with file lines', () => {
    expect(headingsOf('# <a name="top"></a>Title\n\n## <a name=\'steps\'> </a>Steps ##\n', 5)).toEqual([
      { depth: 1, id: 'top', text: 'Title', line: 5 },
      { depth: 2, id: 'steps', text: 'Steps', line: 7 },
    ]);
  });

  it('skips a ```` code block that shows ``` fences and headings', () => {
    const text = '````md\n```\n## Not a heading\n```\n````\n\n## <a name="real"></a>Real\n';
    expect(headingsOf(text)).toEqual([{ depth: 2, id: 'real', text: 'Real', line: 7 }]);
  });

  it('takes only a closed, non-empty <a name> anchor without markup characters as an id', () => {
    const headings = headingsOf('## <a name="x" />A\n\n## <a name="y">B</a>\n\n## <a name=""></a>C\n\n## <a name="d>e"></a>D\n');
    expect(headings.map((h) => h.id)).toEqual([undefined, undefined, undefined, undefined]);
  });

  it('reads headings where the page has them and a line scan does not look: setext, in quotes and lists, indented (MDX has no indented code)', () => {
    const text = 'Title <a name="t"></a>\n===\n\n> ## <a name="quoted"></a>Quoted\n\n    ## indented code\n\n- ### Listed\n';
    expect(headingsOf(text)).toEqual([
      { depth: 1, id: 't', text: 'Title', line: 1 },
      { depth: 2, id: 'quoted', text: 'Quoted', line: 4 },
      { depth: 2, id: undefined, text: 'indented code', line: 6 },
      { depth: 3, id: undefined, text: 'Listed', line: 8 },
    ]);
  });
});

describe('isValidSectionId', () => {
  it('accepts ids that work after # as written, in any script, and refuses spaces and URL syntax', () => {
    expect(['error-message', 'étape_2', 'v1.2', '手順'].filter(isValidSectionId)).toEqual(['error-message', 'étape_2', 'v1.2', '手順']);
    expect(['has space', 'a#b', 'a%20b', 'a/b', 'tab\there'].filter(isValidSectionId)).toEqual([]);
  });
});

describe('generateHeadingIds', () => {
  it('gives Astro its own slugs when none clashes with a taken id', () => {
    expect(generateHeadingIds(new Set(['steps']), ['Notes', 'Notes'])).toEqual({ slugs: ['notes', 'notes-1'], ids: ['notes', 'notes-1'], needed: false });
  });

  it('makes a slug that equals a taken id unique, and never empty', () => {
    expect(generateHeadingIds(new Set(['steps']), ['Steps', 'Notes', '🚀'])).toEqual({ slugs: ['steps', 'notes', ''], ids: ['steps-1', 'notes', 'section'], needed: true });
    expect(generateHeadingIds(new Set(), ['…']).needed).toBe(true);
  });
});

describe('headingsToPageIds', () => {
  const idsOf = (body: string) => headingsToPageIds(readSectionHeadings(mdxParser.parse(body), body));

  it("gives anchors' ids and Astro's slugs of the other headings", () => {
    expect(idsOf('## <a name="error-message"></a>I see an error\n\n## Other steps\n\n## Other steps\n')).toEqual([
      'error-message',
      'other-steps',
      'other-steps-1',
    ]);
  });

  it('gives the unique ids the page uses when a slug would clash with an anchor', () => {
    expect(idsOf('## <a name="steps"></a>A\n\n### Steps\n')).toEqual(['steps', 'steps-1']);
  });
});
