import { describe, expect, it } from 'vitest';
import { getSourceHeadings } from './section-ids.ts';

describe('getSourceHeadings', () => {
  it('reads the id of a heading from its anchor, with file lines', () => {
    expect(getSourceHeadings('# <a name="top"></a>Title\n\n## <a name=\'steps\'> </a>Steps ##\n', 5)).toEqual([
      { depth: 1, id: 'top', text: 'Title', line: 5 },
      { depth: 2, id: 'steps', text: 'Steps', line: 7 },
    ]);
  });

  it('skips a ```` code block that shows ``` fences and headings', () => {
    const text = '````md\n```\n## Not a heading\n```\n````\n\n## <a name="real"></a>Real\n';
    expect(getSourceHeadings(text)).toEqual([{ depth: 2, id: 'real', text: 'Real', line: 7 }]);
  });

  it('takes only a closed, non-empty <a name> anchor without markup characters as an id', () => {
    const headings = getSourceHeadings('## <a name="x" />A\n\n## <a name="y">B</a>\n\n## <a name=""></a>C\n\n## <a name="d>e"></a>D\n');
    expect(headings.map((h) => h.id)).toEqual([undefined, undefined, undefined, undefined]);
  });
});
