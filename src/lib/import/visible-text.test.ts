import type { Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import { mdxParser } from '../markdown/mdx-parser.ts';
import { convertRawHtml } from './raw-html.ts';
import {
  diffVisibleContent,
  markdownParser,
  markdownVisibleContent,
  mdxVisibleContent,
} from './visible-text.ts';

const compare = (markdown: string, mdx: string) => {
  const tree = markdownParser.parse(markdown) as Root;
  return diffVisibleContent(
    markdownVisibleContent(tree, convertRawHtml(tree, markdown)),
    mdxVisibleContent(mdxParser.parse(mdx) as Root),
  );
};

describe('the nothing-lost comparison', () => {
  it('accepts an escaped placeholder and a symptom line turned heading', () => {
    expect(
      compare(
        '**Set <mailboxname>**\n\nText {x}.',
        '## <a name="set"></a>Set \\<mailboxname>\n\nText \\{x\\}.',
      ),
    ).toBeUndefined();
  });

  it('catches text that disappeared, with where it happened', () => {
    expect(compare('Use {HealthCheckString} now.', 'Use now.')).toBe(
      'text differs at character 3: input "Use{HealthCheckString}now.", output "Usenow."',
    );
  });

  it('catches a link target that disappeared', () => {
    expect(compare('[a](https://x.example) b', 'a b')).toBe(
      'link targets lost: "https://x.example"',
    );
  });

  it('ignores whitespace changes', () => {
    expect(compare('a\nb  c', 'a b\nc')).toBeUndefined();
  });
});
