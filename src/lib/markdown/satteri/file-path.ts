import { fileURLToPath } from 'node:url';

/**
 * The path of the file a Sätteri plugin is transforming, as unified's plugins read it (`vfilePath`), or `''`:
 * `satteriFilePath({ fileURL: new URL('file:///site/content/fr-FR/a.mdx') })` → `'/site/content/fr-FR/a.mdx'`.
 */
export function satteriFilePath(ctx: { readonly fileURL: URL | undefined }): string {
  return ctx.fileURL ? fileURLToPath(ctx.fileURL) : '';
}
