import type { AstroIntegration } from 'astro';
import { createSitemapFilter } from '../lib/site/sitemap-filter.ts';
import { readRouteManifest } from './route-manifest.ts';

/**
 * The sitemap's filter over the routes this build's content loader wrote, read when the sitemap first asks
 * (after the pages are built), so loading the config reads nothing. `integration` learns where the cache folder is:
 * `const routes = sitemapRoutes()` → `integrations: [routes.integration, sitemap({ filter: (url) => routes.isListed(url) })]`.
 */
export function sitemapRoutes(): { integration: AstroIntegration; isListed: (url: string) => boolean } {
  let cacheDir: URL | undefined;
  let filter: ((path: string) => boolean) | undefined;
  return {
    integration: {
      name: 'polyhelp:sitemap-routes',
      hooks: {
        'astro:config:done': ({ config }) => {
          cacheDir = config.cacheDir;
        },
      },
    },
    isListed: (url) => {
      if (!cacheDir) throw new Error('sitemap: the polyhelp:sitemap-routes integration is missing from astro.config.mjs');
      filter ??= createSitemapFilter(readRouteManifest(cacheDir));
      return filter(new URL(url).pathname);
    },
  };
}
