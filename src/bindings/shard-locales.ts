import type { Locale } from '../i18n/locales.ts';
import { parseShardLocales, shardLocalesVariable } from '../lib/site/shard-locales.ts';

/**
 * The locales this build is a shard of, from `POLYHELP_LOCALES`; undefined for the whole site:
 * `getShardLocales({ POLYHELP_LOCALES: 'fr-FR' })` → `['fr-FR']`. Throws on an unknown code, naming the valid ones.
 */
export function getShardLocales(
  env: Record<string, string | undefined> = process.env,
): Locale[] | undefined {
  return parseShardLocales(env[shardLocalesVariable]);
}
