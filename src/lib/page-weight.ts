import { gzipSync } from 'node:zlib';

/** What a page costs a reader before they interact: gzipped HTML and CSS, and JavaScript (raw bytes). */
export interface PageWeight {
  htmlGzip: number;
  cssGzip: number;
  /** External scripts the page loads plus inline script code, uncompressed. */
  jsBytes: number;
  /** The stylesheets and scripts the HTML refers to, as written in it. */
  stylesheets: string[];
  scripts: string[];
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
export function getPageWeight(html: string, readAsset: (href: string) => string | Uint8Array): PageWeight {
  const stylesheets = [...html.matchAll(/<link\s[^>]*>/g)]
    .map(([tag]) => tag)
    .filter((tag) => /\srel="stylesheet"/.test(tag))
    .flatMap((tag) => attribute(tag, 'href') ?? []);
  const scriptTags = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
  const scripts = scriptTags.flatMap(([, attrs]) => attribute(attrs, 'src') ?? []);
  const inlineBytes = scriptTags
    .filter(([, attrs]) => !attribute(attrs, 'src') && !/\stype="application\/(?:ld\+)?json"/.test(attrs))
    .reduce((sum, [, , code]) => sum + Buffer.byteLength(code), 0);
  return {
    htmlGzip: gzipSize(html),
    cssGzip: stylesheets.reduce((sum, href) => sum + gzipSize(readAsset(href)), 0),
    jsBytes: inlineBytes + scripts.reduce((sum, src) => sum + Buffer.byteLength(readAsset(src)), 0),
    stylesheets,
    scripts,
  };
}

/** What an article page may cost before the reader interacts with search: issue 7's budget. */
export const articlePageBudget = { htmlCssGzip: 20 * 1024, jsBytes: 0 };
