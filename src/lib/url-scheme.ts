/** The scheme of an absolute URL, lower-case, or undefined for a relative one: `urlScheme('HTTPS://a')` → `'https'`. */
export function urlScheme(url: string): string | undefined {
  return /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1].toLowerCase();
}
