import { describe, expect, it } from 'vitest';
import { normalizeFrontmatter } from './normalize-frontmatter.ts';

describe('normalizeFrontmatter', () => {
  it('renames a misspelled key to the closest known key and says so', () => {
    const result = normalizeFrontmatter('a.md', '---\ntitle: A\nms-custom: 1\n---\nBody');
    expect(result.text).toBe('---\ntitle: A\nms.custom: 1\n---\nBody');
    expect(result.warnings).toEqual([{ file: 'a.md', line: 3, field: 'ms-custom', message: 'renamed to `ms.custom`', fix: 'check that `ms.custom` was meant' }]);
  });

  it('fails a rename that would clash with a key already set', () => {
    const result = normalizeFrontmatter('a.md', '---\ntitle: A\nms.custom: 1\nms,.custom: 2\n---\n');
    expect(result.problems).toMatchObject([{ line: 4, field: 'ms,.custom', message: 'looks like `ms.custom`, which is already set' }]);
  });

  it('quotes a title holding a colon so YAML reads it whole', () => {
    expect(normalizeFrontmatter('a.md', '---\ntitle: Error: "x" fails\n---\n').text).toBe('---\ntitle: "Error: \\"x\\" fails"\n---\n');
  });

  it('hands back the frontmatter it parsed, split from the body, so the importer need not parse it again', () => {
    expect(normalizeFrontmatter('a.md', '---\ntitle: Error: x\n---\n# A\n').split).toEqual({ data: { title: 'Error: x' }, body: '# A\n', bodyLine: 4 });
    expect(normalizeFrontmatter('a.md', '# No frontmatter\n').split).toBeUndefined();
  });

  it('leaves valid frontmatter byte for byte', () => {
    const text = "---\ntitle: 'Error: x'\nms.custom:\n- \"6128\"\n---\n# A";
    expect(normalizeFrontmatter('a.md', text)).toMatchObject({ text, fixes: [], warnings: [], problems: [] });
  });

  it('fails a key the schema does not know, saying how to keep it', () => {
    expect(normalizeFrontmatter('a.md', '---\ntitle: A\nf1.keywords: x\n---\n').problems).toMatchObject([{ line: 3, field: 'f1.keywords', message: 'unknown key: not in the content schema', fix: expect.stringContaining('--comment-unknown-keys') }]);
  });

  it('keeps an unknown key and its list as YAML comments when asked, so no line moves', () => {
    const result = normalizeFrontmatter('a.md', '---\ntitle: A\nappliesto:\n- Exchange\n- Teams\nms.date: 03/04/2021\n---\n', { commentUnknownKeys: true });
    expect(result.text).toBe('---\ntitle: A\n# appliesto:\n# - Exchange\n# - Teams\nms.date: 03/04/2021\n---\n');
    expect(result.warnings).toMatchObject([{ line: 3, field: 'appliesto', message: 'unknown key: kept as a YAML comment, the site ignores it' }]);
  });
});
