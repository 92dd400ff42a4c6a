import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Root } from 'hast';
import remarkRehype from 'remark-rehype';
import { mdxToJs, type HastPluginList, type MdastPluginList } from 'satteri';
import type { PluggableList } from 'unified';
import { mdxParser } from './mdx-parser.ts';
import { satteriSingleTilde } from './satteri/single-tilde.ts';

/** The two implementations of every plugin (unified's and its Sätteri port), which each plugin's tests run on. */
export const pluginEngines = ['unified', 'satteri'] as const;

/** The plugins under test on each engine: a unified plugin list and its Sätteri port. */
export interface EnginePlugins {
  unified: { remark?: PluggableList; rehype?: PluggableList };
  satteri: { mdast?: MdastPluginList; hast?: HastPluginList };
}

/** Every node of a Sätteri tree as plain data, without the fields that tie it to the compile. */
const plainNode = (key: string, value: unknown) =>
  key === '_resolver' || key === '_id' ? undefined : value;

/**
 * For the plugins' tests: an MDX body through one engine's parser, the given plugins and its mdast-to-hast step, as
 * the hast tree the rest of the build would get (JSX nodes kept), so each plugin's tests run on both engines:
 * `await mdxToHastWith('satteri', plugins, '## A\n')` → `{ type: 'root', children: [<h2>A</h2>] }`.
 */
export async function mdxToHastWith(
  engine: (typeof pluginEngines)[number],
  plugins: EnginePlugins,
  mdx: string,
  path = 'content/en-US/a.mdx',
): Promise<Root> {
  if (engine === 'unified') {
    const processor = mdxParser()
      .use(plugins.unified.remark ?? [])
      .use(remarkRehype, { passThrough: ['mdxJsxTextElement', 'mdxJsxFlowElement'] })
      .use(plugins.unified.rehype ?? []);
    const file = { value: mdx, path };
    return processor.runSync(processor.parse(file), file) as Root;
  }
  let tree: Root | undefined;
  await mdxToJs(mdx, {
    features: { gfm: true, smartPunctuation: false },
    fileURL: pathToFileURL(resolve(path)),
    // The parser as the site's: GFM with gfmOptions (mdxParser), no typographic rewriting.
    mdastPlugins: [satteriSingleTilde(), ...(plugins.satteri.mdast ?? [])],
    hastPlugins: [
      ...(plugins.satteri.hast ?? []),
      {
        name: 'capture-tree',
        after(root) {
          tree = JSON.parse(JSON.stringify(root, plainNode)) as Root;
        },
      },
    ],
  });
  if (!tree) throw new Error('Sätteri ran no hast plugin: the tree was not captured');
  return tree;
}
