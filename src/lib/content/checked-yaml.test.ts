import { describe, expect, it } from 'vitest';
import { readCheckedYaml } from './checked-yaml.ts';

const options = { fix: 'write it as a map', rule: 'test-rule' };

describe('readCheckedYaml', () => {
  it('reports a file that does not parse at the line of its first error', () => {
    const { problems } = readCheckedYaml('a: 1\nb: [\n', 'x.yml', options);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'x.yml', rule: 'test-rule', fix: 'write it as a map' });
    expect(problems[0].message).toMatch(/^YAML does not parse: /);
  });

  it('reports at the line of the node given', () => {
    const { document, problems, report } = readCheckedYaml('a: 1\nb: 2\n', 'x.yml', options);
    expect(problems).toEqual([]);
    report('b', 'expected a string', document.get('b', true) as never, '2');
    expect(problems).toEqual([
      expect.objectContaining({ file: 'x.yml', line: 2, field: 'b', found: '2' }),
    ]);
  });
});
