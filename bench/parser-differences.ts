// `node bench/parser-differences.ts [--content <dir>] [--edits 10000] [--seed 1]`: how often Sätteri's parser
// (nativeMdxTree, the content check's fast path) and mdxParser (micromark) read an article differently. Each edit is a
// random slice of a real article with a few random Markdown/MDX characters put in; prints how many snippets the fast
// path kept, how many of those trees differ (only in source positions, or in the tree itself), and the parse errors
// only one side raises, with an example of each. Content: the imported real sample the corpus test leaves
// (node_modules/.corpus-test/content) unless --content names another folder.
import { isDeepStrictEqual, parseArgs } from 'node:util';
import { readContentFiles } from '../src/bindings/read-content-files.ts';
import { splitFrontmatter } from '../src/lib/content/split-frontmatter.ts';
import { mdxParser } from '../src/lib/markdown/mdx-parser.ts';
import { nativeMdxTree } from '../src/lib/markdown/native-mdx-tree.ts';
import { plainTree, referenceMdxTree } from '../test/reference-mdx-tree.ts';

const { values } = parseArgs({
  options: {
    content: { type: 'string', default: 'node_modules/.corpus-test/content' },
    edits: { type: 'string', default: '10000' },
    seed: { type: 'string', default: '1' },
  },
});
const [root, ...rest] = values.content.split('/');
const bodies = readContentFiles(process.cwd(), [root, ...rest].join('/'))
  .filter((file) => file.path.endsWith('.mdx') && file.text !== undefined)
  .map((file) => splitFrontmatter(file.text!).body);
if (bodies.length === 0) {
  console.error(
    `no article under ${values.content}: run the corpus test once, or pass --content <folder>`,
  );
  process.exit(1);
}

let seed = Number(values.seed) | 0 || 1;
/** xorshift32: the same edits for the same seed. */
const random = () => {
  seed ^= seed << 13;
  seed ^= seed >>> 17;
  seed ^= seed << 5;
  return (seed >>> 0) / 2 ** 32;
};
const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)];
const inserts = [
  '<',
  '>',
  '{',
  '}',
  '*',
  '_',
  '[',
  ']',
  '(',
  ')',
  '!',
  '#',
  '`',
  '|',
  '~',
  '-',
  ':',
  '\\',
  '&',
  '\n',
  ' ',
  '\n\n',
  '<br/>',
  '</',
  '"',
  '=',
  '/',
  '1.',
  '> ',
  '```',
  '[^1]',
  'http://x.y',
  '&amp;',
  '\t',
  'ü',
  '日本',
];
const withoutPositions = (tree: unknown) =>
  JSON.parse(JSON.stringify(tree, (key, value) => (key === 'position' ? undefined : value)));

const counts = { kept: 0, same: 0, positionsOnly: 0, tree: 0, onlyMicromarkRefuses: 0 };
const examples: Partial<Record<keyof typeof counts, string>> = {};
const edits = Number(values.edits);
for (let i = 0; i < edits; i++) {
  const body = pick(bodies);
  const start = Math.floor(random() * body.length);
  let text = body.slice(start, start + 50 + Math.floor(random() * 400));
  for (let edit = Math.floor(random() * 6); edit > 0; edit--) {
    const at = Math.floor(random() * (text.length + 1));
    text = text.slice(0, at) + pick(inserts) + text.slice(at + (random() < 0.3 ? 1 : 0));
  }
  const native = nativeMdxTree(text);
  if (!native) continue;
  counts.kept++;
  let reference: unknown;
  try {
    mdxParser.parse(text);
    reference = referenceMdxTree(text);
  } catch {
    counts.onlyMicromarkRefuses++;
    examples.onlyMicromarkRefuses ??= text;
    continue;
  }
  const ours = plainTree(native);
  const kind = isDeepStrictEqual(ours, reference)
    ? 'same'
    : isDeepStrictEqual(withoutPositions(ours), withoutPositions(reference))
      ? 'positionsOnly'
      : 'tree';
  counts[kind]++;
  if (kind !== 'same') examples[kind] ??= text;
}
console.log(
  `${edits} random edits of ${bodies.length} articles (seed ${values.seed}): the fast path kept ${counts.kept}`,
);
console.log(`  same tree as mdxParser's      ${counts.same}`);
console.log(`  other source positions only   ${counts.positionsOnly}`);
console.log(`  another tree                  ${counts.tree}`);
console.log(`  micromark refuses, kept here  ${counts.onlyMicromarkRefuses}`);
for (const [kind, text] of Object.entries(examples))
  console.log(`example (${kind}): ${JSON.stringify(text).slice(0, 300)}`);
