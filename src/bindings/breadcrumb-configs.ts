import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locale } from '../i18n/locales.ts';
import {
  breadcrumbFileName,
  parseBreadcrumbConfig,
  type BreadcrumbConfig,
} from '../lib/site/breadcrumb-config.ts';

/**
 * Each locale's breadcrumb configuration, read from `<contentDir>/<locale>/breadcrumb.yml` where there is one:
 * `readBreadcrumbConfigs('content', ['fr-FR'])` → `{ 'fr-FR': { product: 'Informations sur Alchemy', folders: {} } }`.
 * An invalid file is left out here: the content check reports it with its line, and the build stops on it.
 */
export function readBreadcrumbConfigs(
  contentDir: string,
  locales: readonly Locale[],
): Partial<Record<Locale, BreadcrumbConfig>> {
  const configs: Partial<Record<Locale, BreadcrumbConfig>> = {};
  for (const locale of locales) {
    const file = join(contentDir, locale, breadcrumbFileName);
    if (!existsSync(file)) continue;
    const parsed = parseBreadcrumbConfig(readFileSync(file, 'utf8'), file);
    if ('config' in parsed) configs[locale] = parsed.config;
  }
  return configs;
}
