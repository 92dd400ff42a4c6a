import { describe, expect, it } from 'vitest';
import {
  getPageWeight,
  gzipSize,
  isArticlePagePath,
  isBrowsePagePath,
  isSearchScript,
} from './page-weight.ts';

const assets: Record<string, string> = {
  '/_astro/site.css': 'body { margin: 0 } '.repeat(50),
  '/_astro/search.js': 'console.log("search");',
};
const read = (href: string) => {
  if (!(href in assets)) throw new Error(`no asset ${href}`);
  return assets[href];
};

describe('getPageWeight', () => {
  it('gzips the HTML and each stylesheet it links', () => {
    const html =
      '<html><head><link rel="stylesheet" href="/_astro/site.css"><link rel="icon" href="/favicon.svg"></head><body><p>Hello</p></body></html>';
    const weight = getPageWeight(html, read);
    expect(weight.stylesheets).toEqual(['/_astro/site.css']);
    expect(weight.htmlGzip).toBe(gzipSize(html));
    expect(weight.cssGzip).toBe(gzipSize(assets['/_astro/site.css']));
    expect(weight.cssGzip).toBeLessThan(assets['/_astro/site.css'].length);
    expect(weight.jsBytes).toBe(0);
  });

  it('counts external scripts and inline script code, but not JSON data blocks', () => {
    const html =
      '<script type="module" src="/_astro/search.js"></script><script>let a = 1;</script><script type="application/ld+json">{"a":1}</script>';
    const weight = getPageWeight(html, read);
    expect(weight.scripts).toEqual(['/_astro/search.js']);
    expect(weight.jsBytes).toBe(assets['/_astro/search.js'].length + 'let a = 1;'.length);
  });
});

describe('eager JavaScript', () => {
  it('leaves out scripts inside a <template>, which run only once cloned into the page', () => {
    const weight = getPageWeight(
      '<template><script type="module" src="/_astro/search.js"></script></template>',
      read,
    );
    expect(weight.scripts).toEqual([]);
    expect(weight.jsGzip).toBe(0);
  });

  it('follows static imports of module scripts, as the browser does on load, and gzips each file', () => {
    const modules: Record<string, string> = {
      '/_astro/switch.js':
        'import{k as e}from"./key.js";import"../_astro/shared.js";console.log(e);',
      '/_astro/key.js': 'export const k="polyhelp:locale";',
      '/_astro/shared.js': 'import"./key.js";',
    };
    const weight = getPageWeight(
      '<script type="module" src="/_astro/switch.js"></script>',
      (href) => modules[href],
    );
    expect(weight.jsGzip).toBe(
      Object.values(modules).reduce((sum, code) => sum + gzipSize(code), 0),
    );
    expect(weight.inlineScriptBytes).toBe(0);
  });

  it('lists each eager module once, in load order, with its raw and gzipped bytes', () => {
    const modules: Record<string, string> = {
      '/_astro/switch.js': 'import"./key.js";import"./key.js";',
      '/_astro/key.js': 'export const k="polyhelp:locale";',
    };
    const weight = getPageWeight(
      '<script type="module" src="/_astro/switch.js"></script>',
      (href) => modules[href],
    );
    expect(weight.modules).toEqual(
      Object.entries(modules).map(([path, code]) => ({
        path,
        bytes: code.length,
        gzip: gzipSize(code),
      })),
    );
    expect(weight.jsBytes).toBe(Object.values(modules).join('').length);
  });

  it('follows site-absolute imports and re-exports too, but not dynamic import()', () => {
    const modules: Record<string, string> = {
      '/_astro/switch.js':
        'import{a}from"/_astro/absolute.js";export*from"./reexported.js";const later=()=>import("./search.js");',
      '/_astro/absolute.js': 'export const a=1;',
      '/_astro/reexported.js': 'export const b=2;',
      '/_astro/search.js': 'console.log("search");',
    };
    const weight = getPageWeight(
      '<script type="module" src="/_astro/switch.js"></script>',
      (href) => modules[href],
    );
    expect(weight.modules.map((module) => module.path)).toEqual([
      '/_astro/switch.js',
      '/_astro/absolute.js',
      '/_astro/reexported.js',
    ]);
  });

  it('tells search code, which must wait for interaction, from the page enhancements', () => {
    expect(isSearchScript('/pagefind/pagefind.js')).toBe(true);
    expect(
      isSearchScript(
        'http://127.0.0.1:4322/_astro/SearchUiScript.astro_astro_type_script_index_0_lang.Dg.js',
      ),
    ).toBe(true);
    expect(isSearchScript('/_astro/SearchBox.astro_astro_type_script_index_0_lang.BW.js')).toBe(
      false,
    );
    expect(isSearchScript('/_astro/language-switch.Ab12.js')).toBe(false);
  });
});

describe('isBrowsePagePath', () => {
  it('is true for topic and letter pages, not for articles, homes or a folder of another name', () => {
    expect(isBrowsePagePath('/fr-fr/a-z/r/')).toBe(true);
    expect(isBrowsePagePath('/ja-jp/topics/commercial-dialogues/')).toBe(true);
    expect(isBrowsePagePath('/en-us/a-z/t-2/')).toBe(true);
    for (const path of [
      '/fr-fr/troubleshoot-sspr/',
      '/fr-fr/',
      '/xx-yy/a-z/r/',
      '/fr-fr/billing/r/',
    ])
      expect(isBrowsePagePath(path), path).toBe(false);
  });
});

describe('isArticlePagePath', () => {
  it('is true for an article page of any locale', () => {
    expect(isArticlePagePath('/fr-fr/troubleshoot-sspr/')).toBe(true);
    expect(isArticlePagePath('/ja-jp/article-12/')).toBe(true);
    expect(isArticlePagePath('/sr-latn-rs/troubleshoot-sspr/')).toBe(true);
  });

  it('is false for the picker, locale homes, 404 and search pages, files and deeper paths', () => {
    for (const path of [
      '/',
      '/fr-fr/',
      '/fr-fr/404/',
      '/404.html',
      '/fr-fr/search/',
      '/fr-fr/troubleshoot-sspr/index.html',
      '/fr-fr/a/b/',
      'fr-fr/troubleshoot-sspr/',
      '/fr/troubleshoot-sspr/',
    ]) {
      expect(isArticlePagePath(path), path).toBe(false);
    }
  });
});
