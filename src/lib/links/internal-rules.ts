import { langToLocale, pathSegmentToLocale } from '../../i18n/locale-helpers.ts';
import type { Locale } from '../../i18n/locales.ts';
import { sitePathInLocale, sitePathToLocale } from '../content/article-catalog.ts';
import { closestMatch } from '../closest-match.ts';
import type { BuiltPage, PageLink } from './collect-page-links.ts';
import type { PagesElsewhere } from './pages-elsewhere.ts';
import type { PageFinding } from './link-finding.ts';
import { urlScheme } from '../url-scheme.ts';

/** Everything the build wrote, indexed by site path. */
export interface BuiltSite {
  /** The origin the site is served from, e.g. `https://help.polyhelp.example`. */
  origin: string;
  /** HTML pages by path: `/fr-fr/a/` for `fr-fr/a/index.html`, `/404.html` for `404.html`. */
  pages: Map<string, BuiltPage>;
  /** Every other file by path: `/favicon.svg`. */
  assets: Set<string>;
  /** Path prefixes of files written after the check runs (Pagefind's index), taken as present. */
  laterAssets?: readonly string[];
  /** In a shard build, the pages of the site that other shards build, to check links into them. */
  elsewhere?: PagesElsewhere;
}

/** Head links that must be absolute by their nature. */
const absoluteRels = new Set(['canonical', 'alternate']);

/**
 * Checks the links of one built page against what was built: missing page or asset, missing anchor,
 * link into another locale or to a fallback page unless its `hreflang` declares it, and absolute links
 * to the site's own origin. A link carrying `hreflang` is intended: the attribute must name the target's
 * locale, or on a fallback page either its locale or the locale it shows (`data-fallback-from`). A link is
 * judged where its reader follows it: one in text of another language (`lang`) may lead into that language.
 */
export function checkInternalLinks(site: BuiltSite, page: BuiltPage): PageFinding[] {
  const findings: PageFinding[] = [];
  for (const link of page.links) {
    const error = (rule: string, message: string, fix?: string) =>
      findings.push({ severity: 'error', rule, page, link, message, fix });
    const scheme = urlScheme(link.url);
    if (scheme && scheme !== 'http' && scheme !== 'https') continue;
    let resolved: URL;
    try {
      resolved = new URL(link.url, site.origin + page.path);
    } catch {
      error(
        'malformed-url',
        `link "${link.url}" is not a valid URL`,
        'check for stray spaces, brackets or quotes in the URL',
      );
      continue;
    }
    if (resolved.origin !== site.origin) continue;
    if ((scheme || link.url.startsWith('//')) && !link.rel.some((rel) => absoluteRels.has(rel))) {
      error(
        'own-origin',
        `link "${link.url}" is absolute on this site's own origin`,
        `write it relative: "${resolved.pathname}${resolved.search}${resolved.hash}"`,
      );
    }
    const path = safeDecode(resolved.pathname);
    const target = path === page.path ? page : (site.pages.get(path) ?? site.elsewhere?.get(path));
    if (!target) {
      if (site.assets.has(path) || site.laterAssets?.some((prefix) => path.startsWith(prefix)))
        continue;
      const missing = describeMissing(site, link, path);
      error(missing.rule, missing.message, missing.fix);
      continue;
    }
    const fragment = safeDecode(resolved.hash.slice(1));
    if (fragment && fragment.toLowerCase() !== 'top' && !target.ids.has(fragment)) {
      const closest = closestMatch(fragment, target.ids);
      error(
        'missing-anchor',
        `link "${link.url}": ${target.path} has no element with id or name "${fragment}"`,
        closest
          ? `did you mean "#${closest}"?`
          : `link one of the ids of ${target.path}, or drop the fragment`,
      );
    }
    if (target !== page) checkLocale(site, page, link, target, error);
  }
  return findings;
}

function checkLocale(
  site: BuiltSite,
  page: BuiltPage,
  link: PageLink,
  target: BuiltPage,
  error: (rule: string, message: string, fix?: string) => void,
) {
  const pageLocale = sitePathToLocale(page.path);
  const to = sitePathToLocale(target.path);
  const declared = link.hreflang?.toLowerCase();
  // A fallback page is in two languages (its locale's chrome, another's content); hreflang may name either.
  const languages = [to, target.fallbackFrom].filter((code): code is string => code !== undefined);
  if (
    declared &&
    declared !== 'x-default' &&
    languages.length > 0 &&
    !languages.some((code) => code.toLowerCase() === declared)
  ) {
    const shown = target.fallbackFrom ? `${to} with ${target.fallbackFrom} content` : to;
    error(
      'wrong-hreflang',
      `link "${link.url}" declares hreflang="${link.hreflang}" but ${target.path} is ${shown}`,
      `write hreflang="${target.fallbackFrom ?? to}"`,
    );
    return;
  }
  const intended = declared !== undefined;
  if (target.fallbackFrom && !intended) {
    const shown = pathSegmentToLocale(target.fallbackFrom);
    const sourcePath = shown ? sitePathInLocale(target.path, shown) : target.path;
    error(
      'fallback-page',
      `link "${link.url}" leads to ${target.path}, a fallback page showing ${target.fallbackFrom} content for want of a translation`,
      `translate the article, or link "${sourcePath}" with hreflang="${target.fallbackFrom}" so readers know the language changes`,
    );
    return;
  }
  // Pages outside the locale folders (the language picker at /, /404.html) belong to no locale and may link any.
  if (!pageLocale || !to || intended) return;
  const from = writtenFrom(page, link, pageLocale);
  if (to !== from && (to !== pageLocale || isCanonical(link))) {
    const same = sitePathInLocale(target.path, from);
    const where =
      from === pageLocale ? `on a ${from} page` : `in ${from} text on a ${pageLocale} page`;
    error(
      'cross-locale',
      `link "${link.url}" ${where} leads into ${to} (${target.path})`,
      site.pages.has(same) || site.elsewhere?.has(same)
        ? `link "${same}", the ${from} version; if switching language is intended, write <a href="${link.url}" hreflang="${to}">`
        : `link a ${from} page; if switching language is intended, write <a href="${link.url}" hreflang="${to}">`,
    );
  }
}

/**
 * The locale a link is judged from, where its reader follows it: the language of the text around it (a stand-in
 * page's source article, a "Show original" block), which may lead there or into the page's own locale; a
 * canonical URL names the page whose content this one shows, so it must lead into that content's locale.
 */
function writtenFrom(page: BuiltPage, link: PageLink, pageLocale: Locale): Locale {
  if (isCanonical(link))
    return (page.fallbackFrom && langToLocale(page.fallbackFrom)) || pageLocale;
  return (link.lang && langToLocale(link.lang)) || pageLocale;
}

function isCanonical(link: PageLink): boolean {
  return link.rel.includes('canonical');
}

function describeMissing(
  site: BuiltSite,
  link: PageLink,
  path: string,
): { rule: string; message: string; fix: string } {
  const isPageLink =
    link.tag === 'a' || link.tag === 'area' || link.rel.some((rel) => absoluteRels.has(rel));
  if (!isPageLink) {
    const closest = closestMatch(path, site.assets);
    return {
      rule: 'missing-asset',
      message: `${link.tag} ${link.attribute} "${link.url}": ${path} is not in the build`,
      fix: closest
        ? `did you mean "${closest}"?`
        : 'add the file under public/ or import it so the build emits it',
    };
  }
  if (!path.endsWith('/') && (site.pages.has(`${path}/`) || site.elsewhere?.has(`${path}/`))) {
    return {
      rule: 'missing-page',
      message: `link "${link.url}" lacks the trailing slash every page URL ends with`,
      fix: `link "${path}/"`,
    };
  }
  const closest = closestMatch(path, site.pages.keys()) ?? closestMatch(path, site.assets);
  return {
    rule: 'missing-page',
    message: `link "${link.url}" leads to ${path}, which the build did not produce`,
    fix: closest ? `did you mean "${closest}"?` : 'link an existing page, or remove the link',
  };
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
