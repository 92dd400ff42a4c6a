/**
 * Prints the JavaScript a built page loads before any interaction: its `<script src>` modules and, through
 * their static imports, every module they pull in, each counted once, raw and gzipped.
 *
 *   node_modules/.bin/node bench/eager-js.ts [page.html …]   (default: the fr-FR article in dist/)
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The site-absolute script paths of a page: `<script type="module" src="/_astro/a.js">` → `['/_astro/a.js']`. */
function scriptSources(html: string): string[] {
  return [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((match) => match[1]);
}

/** Static imports of a built module, resolved against its path (dynamic `import()` is not eager and is skipped). */
function staticImports(code: string, path: string): string[] {
  const specifiers = [...code.matchAll(/(?:^|[;}\s])import\s*(?:[\w{},*\s$]+from\s*)?["'`]([^"'`]+)["'`]/g)].map((match) => match[1]);
  return specifiers.map((specifier) => new URL(specifier, `http://site${path}`).pathname);
}

/** Every module a page loads up front, with raw and gzipped bytes. */
export async function eagerModules(site: string, page: string): Promise<{ path: string; raw: number; gzip: number }[]> {
  const html = await readFile(page, 'utf8');
  // Scripts inside a <template> are inert until cloned: they do not count.
  const queue = scriptSources(html.replace(/<template\b[\s\S]*?<\/template>/g, ''));
  const seen = new Map<string, { path: string; raw: number; gzip: number }>();
  while (queue.length > 0) {
    const path = queue.shift()!;
    if (seen.has(path)) continue;
    const code = await readFile(join(site, path));
    seen.set(path, { path, raw: code.length, gzip: gzipSync(code, { level: 9 }).length });
    queue.push(...staticImports(code.toString('utf8'), path));
  }
  return [...seen.values()];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const pages = process.argv.slice(2);
  for (const page of pages.length > 0 ? pages : ['dist/fr-fr/troubleshoot-sspr/index.html']) {
    const modules = await eagerModules('dist', page);
    console.log(`${page}: ${modules.length} modules before interaction`);
    for (const module of modules) console.log(`  ${String(module.gzip).padStart(5)} B gz  ${String(module.raw).padStart(5)} B  ${module.path}`);
    const total = modules.reduce((sum, module) => ({ raw: sum.raw + module.raw, gzip: sum.gzip + module.gzip }), { raw: 0, gzip: 0 });
    console.log(`  ${String(total.gzip).padStart(5)} B gz  ${String(total.raw).padStart(5)} B  total`);
  }
}
