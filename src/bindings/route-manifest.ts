import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { SiteRoute } from '../lib/site/site-routes.ts';

/** Where the build keeps the route list, inside Astro's cache folder: `node_modules/.astro/site-routes.json`. */
export function routeManifestUrl(cacheDir: URL): URL {
  return new URL('site-routes.json', cacheDir);
}

/** Writes the route list the content loader built, for what runs after the pages: the sitemap filter. */
export function writeRouteManifest(cacheDir: URL, routes: readonly SiteRoute[]): void {
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(routeManifestUrl(cacheDir), `${JSON.stringify(routes)}\n`);
}

/** Reads the route list this build's content loader wrote; says which command makes it when there is none. */
export function readRouteManifest(cacheDir: URL): SiteRoute[] {
  const url = routeManifestUrl(cacheDir);
  try {
    return JSON.parse(readFileSync(url, 'utf8')) as SiteRoute[];
  } catch (error) {
    throw new Error(`cannot read the route list ${url.pathname} (${(error as Error).message}): the articles loader writes it when \`astro build\` loads content`);
  }
}
