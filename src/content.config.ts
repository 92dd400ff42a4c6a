import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { getContentDir } from './bindings/content-dir.ts';
import { frontmatterSchema } from './lib/content/frontmatter-schema.ts';

/**
 * Articles: `content/<locale>/<slug>.mdx`. The entry id keeps the locale's case (`fr-FR/troubleshoot-sspr`).
 * `POLYHELP_CONTENT_DIR` (relative to the project root) points it at another folder, for benchmarks.
 * Cross-file rules (locale folder, translation keys, section-id parity) run before this, in the content-check integration.
 */
const articles = defineCollection({
  // POLYHELP_CONTENT_DIR: see astro.config.mjs (e2e fixture sites, the build benchmark).
  loader: glob({ pattern: '*/*.mdx', base: `./${getContentDir()}`, generateId: ({ entry }) => entry.replace(/\.mdx$/, '') }),
  schema: frontmatterSchema,
});

export const collections = { articles };
