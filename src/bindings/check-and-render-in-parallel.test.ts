import { describe, expect, it } from 'vitest';
import { edit, enUS, frFR } from '../../test/content-fixtures.ts';
import { checkContent } from '../lib/content/content-check.ts';
import { checkAndRenderInParallel } from './check-and-render-in-parallel.ts';

// Four articles, one broken in its frontmatter, one translation whose section ids differ from its source's: a
// problem of each file alone and one across files, wherever the file was checked.
const files = [
  enUS,
  frFR,
  edit(enUS, 'title:', 'titel:', 'content/en-US/other.mdx'),
  edit(
    frFR,
    'name="error-message"',
    'name="error-text"',
    'content/fr-FR/troubleshoot-sspr-copy.mdx',
  ),
  edit(enUS, 'x', 'x', 'content/en-US/troubleshoot-sspr-copy.mdx'),
];
const task = {
  root: '/site',
  contentDir: 'content',
  files,
  shard: undefined,
  renders: files.map((f) => f.path),
};

describe('checkAndRenderInParallel', () => {
  it('reports, in worker threads, exactly what one thread reports, in the same order', async () => {
    const alone = await checkAndRenderInParallel(task, { threads: 1 });
    const shared = await checkAndRenderInParallel(task, { threads: 3, minFiles: 1 });
    expect(shared.checked).toEqual(checkContent(files, 'content'));
    expect(shared.checked).toEqual(alone.checked);
    expect(shared.checked.problems.map((p) => [p.file, p.field])).toEqual([
      ['content/en-US/other.mdx', 'title'],
      ['content/fr-FR/troubleshoot-sspr-copy.mdx', 'section ids'],
    ]);
  });

  it('renders each article asked for that passed its own checks, in whichever thread checked it', async () => {
    const shared = await checkAndRenderInParallel(task, { threads: 3, minFiles: 1 });
    expect([...shared.html.keys()].sort()).toEqual(
      [
        enUS.path,
        frFR.path,
        'content/fr-FR/troubleshoot-sspr-copy.mdx',
        'content/en-US/troubleshoot-sspr-copy.mdx',
      ].sort(),
    );
    expect(shared.html.get(frFR.path)?.html).toContain('<h2 id="error-message"');
    expect(shared.html).toEqual((await checkAndRenderInParallel(task, { threads: 1 })).html);
  });
});
