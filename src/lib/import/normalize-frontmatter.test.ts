import { describe, expect, it } from 'vitest';
import { normalizeFrontmatter } from './normalize-frontmatter.ts';

describe('normalizeFrontmatter', () => {
  it('repairs a misspelt key to the one known key a character away and says so', () => {
    const result = normalizeFrontmatter('a.md', '---\ntitle: A\nms-custom: 1\n---\nBody');
    expect(result.text).toBe('---\ntitle: A\nms.custom: 1\n---\nBody');
    expect(result.warnings).toEqual([
      {
        file: 'a.md',
        line: 3,
        field: 'ms-custom',
        rule: 'repaired-key',
        message: 'repaired a misspelt key: `ms-custom` → `ms.custom`',
        fix: 'check that `ms.custom` was meant',
      },
    ]);
  });

  it('repairs a key machine translation wrote words into, keeping its value lines', () => {
    const result = normalizeFrontmatter(
      'a.md',
      '---\ntitle: A\nmunlocking-an-account s.custom:\n- "6128"\n---\n',
    );
    expect(result.text).toBe('---\ntitle: A\nms.custom:\n- "6128"\n---\n');
    expect(result.split?.data).toEqual({ title: 'A', 'ms.custom': ['6128'] });
    expect(result.warnings).toMatchObject([
      {
        line: 3,
        rule: 'repaired-key',
        message:
          'repaired a key damaged by machine translation: `munlocking-an-account s.custom` → `ms.custom`',
      },
    ]);
  });

  it('keeps a damaged key nothing fits as a YAML comment, with its list, and reports it', () => {
    const result = normalizeFrontmatter(
      'a.md',
      '---\ntitle: A\nqu elque chose:\n- x\nms.date: 03/04/2021\n---\n',
    );
    expect(result.text).toBe('---\ntitle: A\n# qu elque chose:\n# - x\nms.date: 03/04/2021\n---\n');
    expect(result.warnings).toMatchObject([
      {
        line: 3,
        rule: 'damaged-key',
        message: 'damaged key: no known key fits, so it was kept as a YAML comment',
        fix: 'restore the key by hand, or remove the comment',
      },
    ]);
    expect(result.problems).toEqual([]);
  });

  it('keeps a damaged key as a comment when the key it stands for is already set', () => {
    const result = normalizeFrontmatter(
      'a.md',
      '---\ntitle: A\nms.custom: 1\nms,.custom: 2\n---\n',
    );
    expect(result.text).toBe('---\ntitle: A\nms.custom: 1\n# ms,.custom: 2\n---\n');
    expect(result.warnings).toMatchObject([
      {
        line: 4,
        field: 'ms,.custom',
        rule: 'damaged-key',
        message:
          'damaged key: looks like `ms.custom`, which is already set, so it was kept as a YAML comment',
      },
    ]);
  });

  it('keeps the older audience spelling as written: the schema reads it', () => {
    expect(normalizeFrontmatter('a.md', '---\ntitle: A\naudience: Admin\n---\n')).toMatchObject({
      fixes: [],
      warnings: [],
      problems: [],
    });
  });

  it('quotes a title holding a colon so YAML reads it whole', () => {
    expect(normalizeFrontmatter('a.md', '---\ntitle: Error: "x" fails\n---\n').text).toBe(
      '---\ntitle: "Error: \\"x\\" fails"\n---\n',
    );
  });

  it('hands back the frontmatter it parsed, split from the body, so the importer need not parse it again', () => {
    expect(normalizeFrontmatter('a.md', '---\ntitle: Error: x\n---\n# A\n').split).toEqual({
      data: { title: 'Error: x' },
      body: '# A\n',
      bodyLine: 4,
    });
    expect(normalizeFrontmatter('a.md', '# No frontmatter\n').split).toBeUndefined();
  });

  it('leaves valid frontmatter byte for byte', () => {
    const text = '---\ntitle: \'Error: x\'\nms.custom:\n- "6128"\n---\n# A';
    expect(normalizeFrontmatter('a.md', text)).toMatchObject({
      text,
      fixes: [],
      warnings: [],
      problems: [],
    });
  });

  it('keeps a well-formed key the schema does not know, as written, and warns', () => {
    const text = '---\ntitle: A\nms.subservice: x\n---\n';
    const result = normalizeFrontmatter('a.md', text);
    expect(result.text).toBe(text);
    expect(result.problems).toEqual([]);
    expect(result.warnings).toEqual([
      {
        file: 'a.md',
        line: 3,
        field: 'ms.subservice',
        rule: 'unknown-key',
        message: 'unknown key: kept in the file, not used by the site',
        fix: 'remove it, or add it to src/lib/content/frontmatter-schema.ts if the site should use it',
      },
    ]);
  });

  it('fails a well-formed unknown key with --strict', () => {
    expect(
      normalizeFrontmatter('a.md', '---\ntitle: A\nf1.keywords: x\n---\n', { strict: true })
        .problems,
    ).toMatchObject([
      { line: 3, field: 'f1.keywords', rule: 'unknown-key', message: 'unknown key (--strict)' },
    ]);
  });

  it('keeps an unknown key and its list as YAML comments when asked, so no line moves', () => {
    const result = normalizeFrontmatter(
      'a.md',
      '---\ntitle: A\nappliesto:\n- Exchange\n- Teams\nms.date: 03/04/2021\n---\n',
      { commentUnknownKeys: true },
    );
    expect(result.text).toBe(
      '---\ntitle: A\n# appliesto:\n# - Exchange\n# - Teams\nms.date: 03/04/2021\n---\n',
    );
    expect(result.warnings).toMatchObject([
      {
        line: 3,
        field: 'appliesto',
        message: 'unknown key: kept as a YAML comment, the site ignores it',
      },
    ]);
  });
});
