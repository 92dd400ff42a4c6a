import { readBuiltSite } from '../src/bindings/read-built-site.ts';

/**
 * Every page of the built site the preview server serves, as paths, read from `dist/` by the link checker's own
 * reader (`readBuiltSite`), so these tests visit exactly the pages the link check proved: also NOINDEX articles and
 * pages nothing links to (the language picker `/`, the 404s). `getSitePages()` → `['/404.html', '/', '/ar-sa/404/', …]`.
 */
export function getSitePages(distDir = 'dist'): string[] {
  return [...readBuiltSite(distDir).pages.keys()];
}
