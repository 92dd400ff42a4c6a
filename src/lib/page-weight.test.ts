import { describe, expect, it } from 'vitest';
import { getPageWeight, gzipSize, isSearchScript } from './page-weight.ts';

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
    const html = '<html><head><link rel="stylesheet" href="/_astro/site.css"><link rel="icon" href="/favicon.svg"></head><body><p>Hello</p></body></html>';
    const weight = getPageWeight(html, read);
    expect(weight.stylesheets).toEqual(['/_astro/site.css']);
    expect(weight.htmlGzip).toBe(gzipSize(html));
    expect(weight.cssGzip).toBe(gzipSize(assets['/_astro/site.css']));
    expect(weight.cssGzip).toBeLessThan(assets['/_astro/site.css'].length);
    expect(weight.jsBytes).toBe(0);
  });

  it('counts external scripts and inline script code, but not JSON data blocks', () => {
    const html = '<script type="module" src="/_astro/search.js"></script><script>let a = 1;</script><script type="application/ld+json">{"a":1}</script>';
    const weight = getPageWeight(html, read);
    expect(weight.scripts).toEqual(['/_astro/search.js']);
    expect(weight.jsBytes).toBe(assets['/_astro/search.js'].length + 'let a = 1;'.length);
  });
});

describe('eager JavaScript', () => {
  it('leaves out scripts inside a <template>, which run only once cloned into the page', () => {
    const weight = getPageWeight('<template><script type="module" src="/_astro/search.js"></script></template>', read);
    expect(weight.scripts).toEqual([]);
    expect(weight.jsGzip).toBe(0);
  });

  it('follows static imports of module scripts, as the browser does on load, and gzips each file', () => {
    const modules: Record<string, string> = {
      '/_astro/switch.js': 'import{k as e}from"./key.js";import"../_astro/shared.js";console.log(e);',
      '/_astro/key.js': 'export const k="polyhelp:locale";',
      '/_astro/shared.js': 'import"./key.js";',
    };
    const weight = getPageWeight('<script type="module" src="/_astro/switch.js"></script>', (href) => modules[href]);
    expect(weight.jsGzip).toBe(Object.values(modules).reduce((sum, code) => sum + gzipSize(code), 0));
    expect(weight.inlineScriptBytes).toBe(0);
  });

  it('tells search code, which must wait for interaction, from the page enhancements', () => {
    expect(isSearchScript('/pagefind/pagefind.js')).toBe(true);
    expect(isSearchScript('http://127.0.0.1:4322/_astro/SearchUiScript.astro_astro_type_script_index_0_lang.Dg.js')).toBe(true);
    expect(isSearchScript('/_astro/SearchBox.astro_astro_type_script_index_0_lang.BW.js')).toBe(false);
    expect(isSearchScript('/_astro/language-switch.Ab12.js')).toBe(false);
  });
});
