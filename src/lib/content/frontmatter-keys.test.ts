import { describe, expect, it } from 'vitest';
import { readFrontmatterKeys } from './frontmatter-keys.ts';

describe('readFrontmatterKeys', () => {
  it('gives each top-level key its file line and the value written on that line, without a comment', () => {
    const keys = readFrontmatterKeys('---\ntitle: A # a comment\n"ms.date": "3/4/2021"\nms.custom:\n- "1"\nempty:\n---\n# Body\n');
    expect(Object.fromEntries(keys)).toEqual({
      title: { line: 2, written: 'A' },
      'ms.date': { line: 3, written: '"3/4/2021"' },
      'ms.custom': { line: 4, written: '' },
      empty: { line: 6, written: '' },
    });
  });

  it('reads keys as YAML does, where a line pattern would not: flow values, nested keys and keys in block text are not top-level', () => {
    const keys = readFrontmatterKeys('---\r\ndescription: |\r\n  title: not a key\r\nms.custom: [a, b]\r\nnested:\r\n  ms.date: x\r\n---\r\n');
    expect([...keys.keys()]).toEqual(['description', 'ms.custom', 'nested']);
    expect(keys.get('ms.custom')).toEqual({ line: 4, written: '[a, b]' });
  });

  it('keeps the first of repeated keys and reads an alias without expanding it', () => {
    const keys = readFrontmatterKeys('---\na: &x [1, 2]\nb: [*x, *x, *x]\na: again\n---\n');
    expect(keys.get('a')).toEqual({ line: 2, written: '[1, 2]' });
    expect(keys.get('b')?.line).toBe(3);
  });

  it('has no keys without a frontmatter block', () => {
    expect(readFrontmatterKeys('# Title\ntitle: x\n').size).toBe(0);
  });
});
