import { gzipSync } from 'node:zlib';
import { pathSegmentToLocale } from '../../i18n/locale-helpers.ts';

/** What a page costs a reader before they interact: gzipped HTML and CSS, and JavaScript (raw bytes). */
export interface PageWeight {
  htmlGzip: number;
  cssGzip: number;
  /** External scripts the page loads plus inline script code, uncompressed. */
  jsBytes: number;
  /** Inline script code alone, uncompressed: the CSP refuses it, so it must be 0. */
  inlineScriptBytes: number;
  /** The external scripts and every module they statically import, each gzipped, added up. */
  jsGzip: number;
  /** The stylesheets and scripts the HTML refers to, as written in it. */
  stylesheets: string[];
  scripts: string[];
  /** Every module the page loads before interaction (its scripts, then what they import), each counted once. */
  modules: EagerModule[];
}

/** One module a page loads up front: its site path, raw bytes and gzipped bytes. */
export interface EagerModule {
  path: string;
  bytes: number;
  gzip: number;
}

/** Gzipped size at the level static hosts commonly use: `gzipSize('a'.repeat(1000))` → 29. */
export function gzipSize(content: string | Uint8Array): number {
  return gzipSync(content, { level: 6 }).length;
}

const attribute = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

/**
 * Weighs a built page: its HTML gzipped, every `<link rel="stylesheet">` gzipped, and every script it would
 * run on load (`<script src>` files and inline code). `readAsset('/_astro/a.css')` returns a referenced file.
 * `getPageWeight('<link rel="stylesheet" href="/a.css"><p>Hi</p>', () => 'p{}')` → `{ htmlGzip: 66, cssGzip: 23, jsBytes: 0, … }`.
 */
export function getPageWeight(
  html: string,
  readAsset: (href: string) => string | Uint8Array,
): PageWeight {
  const stylesheets = [...html.matchAll(/<link\s[^>]*>/g)]
    .map(([tag]) => tag)
    .filter((tag) => /\srel="stylesheet"/.test(tag))
    .flatMap((tag) => attribute(tag, 'href') ?? []);
  // A <template>'s scripts are inert until a script clones it (the search UI waits there for interaction).
  const live = html.replace(/<template\b[\s\S]*?<\/template>/g, '');
  const scriptTags = [...live.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
  const scripts = scriptTags.flatMap(([, attrs]) => attribute(attrs, 'src') ?? []);
  const inlineBytes = scriptTags
    .filter(
      ([, attrs]) => !attribute(attrs, 'src') && !/\stype="application\/(?:ld\+)?json"/.test(attrs),
    )
    .reduce((sum, [, , code]) => sum + Buffer.byteLength(code), 0);
  const modules = withStaticImports(scripts, readAsset);
  return {
    htmlGzip: gzipSize(html),
    jsGzip: modules.reduce((sum, module) => sum + module.gzip, 0),
    cssGzip: stylesheets.reduce((sum, href) => sum + gzipSize(readAsset(href)), 0),
    inlineScriptBytes: inlineBytes,
    jsBytes: inlineBytes + modules.reduce((sum, module) => sum + module.bytes, 0),
    stylesheets,
    scripts,
    modules,
  };
}

/**
 * The scripts plus the modules they import statically (`import"./a.js"`, `from"../a.js"`, `import"/_astro/a.js"`),
 * as the browser loads them on page load; dynamic `import("./a.js")` waits and is left out.
 */
function withStaticImports(
  scripts: string[],
  readAsset: (href: string) => string | Uint8Array,
): EagerModule[] {
  const seen = new Map<string, EagerModule>();
  const visit = (src: string) => {
    if (seen.has(src)) return;
    const code = readAsset(src);
    seen.set(src, { path: src, bytes: Buffer.byteLength(code), gzip: gzipSize(code) });
    const text = Buffer.from(code).toString('utf8');
    for (const [, specifier] of text.matchAll(
      /(?:\bimport|\bfrom)\s*["']((?:\.{1,2})?\/[^"']+)["']/g,
    ))
      visit(new URL(specifier, `http://x${src}`).pathname);
  };
  scripts.forEach(visit);
  return [...seen.values()];
}

/** True for an article page's path, `/fr-fr/troubleshoot-sspr/` or `/sr-latn-rs/a/`, as opposed to locale homes, 404 and search pages and the picker `/`. */
export function isArticlePagePath(path: string): boolean {
  const match = /^\/([^/]+)\/(?!404\/|search\/)[^/]+\/$/.exec(path);
  return match !== null && pathSegmentToLocale(match[1]) !== undefined;
}

/** True for a topic or letter page's path, `/fr-fr/a-z/r/` or `/ja-jp/topics/billing/`, parts of a split one included (`/fr-fr/a-z/r-2/`). */
export function isBrowsePagePath(path: string): boolean {
  const match = /^\/([^/]+)\/(?:a-z|topics)\/[^/]+\/$/.exec(path);
  return match !== null && pathSegmentToLocale(match[1]) !== undefined;
}

/**
 * What an article page may cost before the reader interacts: 20 KB of gzipped HTML and CSS, no inline script,
 * no search code, and one small eager module (the language switcher keeping the reader's section and
 * remembering their language, plus the listeners that load search on first use), at most 1.5 KB gzipped.
 */
export const articlePageBudget = {
  htmlCssGzip: 20 * 1024,
  inlineScriptBytes: 0,
  eagerJsGzip: 1536,
};

/** True for a script URL of search proper (Pagefind's bundle, our search UI), which must wait for interaction; the trigger is not. */
export function isSearchScript(url: string): boolean {
  const path = new URL(url, 'http://x').pathname;
  return path.startsWith('/pagefind/') || /\/_astro\/[^/]*search-?ui[^/]*\.js$/i.test(path);
}
