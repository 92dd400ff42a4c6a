import { describe, expect, it } from 'vitest';
import { checkContent } from './content-check.ts';
import { formatProblems } from './content-problem.ts';
import { FrontmatterSyntaxError, maxFrontmatterValues, splitFrontmatter } from './split-frontmatter.ts';

/** Nine lines of YAML aliases that expand to 10⁹ strings under ms.custom. */
const aliasBomb = ['ms.custom:', '  - &a ["x","x","x","x","x","x","x","x","x","x"]', ...'bcdefghi'.split('').map((name, i) => `  - &${name} [${Array(10).fill(`*${'abcdefgh'[i]}`).join(',')}]`)].join('\n');

describe('splitFrontmatter', () => {
  it('splits frontmatter from the body, with the body\'s first line', () => {
    expect(splitFrontmatter('---\ntitle: A\n---\n# A\n')).toEqual({ data: { title: 'A' }, body: '# A\n', bodyLine: 4 });
  });

  it('allows an alias or two, as YAML means them', () => {
    expect(splitFrontmatter('---\ntitle: &t A\nms.custom: [*t]\n---\n').data).toEqual({ title: 'A', 'ms.custom': ['A'] });
  });

  it('refuses an alias bomb at the first alias, within milliseconds, naming the limit', () => {
    const started = performance.now();
    let error: unknown;
    try {
      splitFrontmatter(`---\ntitle: A\n${aliasBomb}\n---\n# A\n`);
    } catch (caught) {
      error = caught;
    }
    expect(performance.now() - started).toBeLessThan(1000);
    expect(error).toBeInstanceOf(FrontmatterSyntaxError);
    expect(error).toMatchObject({ line: 5, message: `the YAML expands to more than ${maxFrontmatterValues.toLocaleString('en-US')} values once its aliases are expanded (each *alias repeats what its &anchor names: a few lines can expand to billions)`, fix: 'write the values out instead of using & anchors and * aliases' });
  });

  it('refuses YAML nested too deeply for the parser (js-yaml stops at 100 levels) instead of overflowing', () => {
    expect(() => splitFrontmatter(`---\ntitle: ${'['.repeat(20_000)}${']'.repeat(20_000)}\n---\n`)).toThrow(new FrontmatterSyntaxError('nesting exceeded maxDepth (100)', 2));
  });
});

describe('checkContent with hostile frontmatter', () => {
  it('reports the alias bomb under ms.custom with the file and line, instead of "Unable to load your Astro config"', () => {
    const report = formatProblems(checkContent([{ path: 'content/en-US/a.mdx', text: `---\ntitle: A\n${aliasBomb}\n---\n# <a name="a"></a>A\n` }]).problems);
    expect(report).toBe('1 content problem:\n  content/en-US/a.mdx:5: frontmatter: the YAML expands to more than 10,000 values once its aliases are expanded (each *alias repeats what its &anchor names: a few lines can expand to billions)\n    fix: write the values out instead of using & anchors and * aliases');
  });
});
