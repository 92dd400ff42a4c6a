import { defineCollection } from 'astro:content';
import { articlesLoader } from './bindings/articles-loader.ts';
import { getContentDir } from './bindings/content-dir.ts';
import { frontmatterSchema } from './lib/content/frontmatter-schema.ts';

/**
 * Articles: `content/<locale>/<slug>.mdx`, where a slug may have folders (`commercial-dialogues/x`). The entry id
 * keeps the locale's case (`fr-FR/troubleshoot-sspr`). The loader reads the folder once and runs the content
 * checks (locale folders, frontmatter, translation keys, section-id parity) before anything is stored.
 */
const articles = defineCollection({
  // POLYHELP_CONTENT_DIR (relative to the project root): e2e fixture sites, the build benchmark.
  loader: articlesLoader(getContentDir()),
  schema: frontmatterSchema,
});

export const collections = { articles };
