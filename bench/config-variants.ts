/**
 * Alternative Markdown pipelines to measure against the project's own (`unified()` with our plugins, MDX
 * `optimize` on), each as an Astro config file that extends `astro.config.mjs`. Written into `bench/out/`,
 * so imports go up two levels.
 * Sätteri runs no remark/rehype plugins: its pages lack our heading anchors and footnote labels, so its
 * numbers say how fast the pipeline could be, not what we could ship as is.
 */
export const configVariants = {
  project: undefined,
  satteri: `import config from '../../astro.config.mjs';
import { satteri } from '@astrojs/markdown-satteri';
export default { ...config, markdown: { ...config.markdown, processor: satteri({ features: { gfm: true, smartPunctuation: false } }) } };
`,
  'mdx-unoptimized': `import config from '../../astro.config.mjs';
import mdx from '@astrojs/mdx';
export default { ...config, integrations: config.integrations.map((i) => (i.name === '@astrojs/mdx' ? mdx() : i)) };
`,
} as const;

/** The name of a pipeline `bench:build --variant` can measure. */
export type ConfigVariant = keyof typeof configVariants;

/** True when `name` is a variant: `isConfigVariant('satteri')` → true. */
export function isConfigVariant(name: string): name is ConfigVariant {
  return Object.hasOwn(configVariants, name);
}
