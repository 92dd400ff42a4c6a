import { describe, expect, it } from 'vitest';
import { isScriptUrl, isUnsafeAttribute, urlForSchemeCheck } from './unsafe-url.ts';

describe('isScriptUrl', () => {
  it('sees through case, tabs, newlines and leading control characters as browsers do', () => {
    expect(['javascript:x', 'JAVASCRIPT:x', 'java\tscript:x', '\u0001 javascript:x', 'java\nscript:x'].map(isScriptUrl)).toEqual([true, true, true, true, true]);
    expect(['https://a.example/javascript:', '/javascript/', 'javascript', 'xjavascript:'].map(isScriptUrl)).toEqual([false, false, false, false]);
  });

  it('also refuses vbscript: and control characters inside the scheme, which some browsers drop', () => {
    expect(['vbscript:msgbox(1)', 'VBScript:x', 'java\u0001script:x', 'java\u0000script:x', 'java script:x'].map(isScriptUrl)).toEqual([true, true, true, true, true]);
  });
});

describe('isUnsafeAttribute', () => {
  it('refuses event handlers and script URLs, and lets other attributes through', () => {
    expect([{ name: 'onClick', value: 'x()' }, { name: 'href', value: ' vbscript:x' }, { name: 'onload' }].map(isUnsafeAttribute)).toEqual([true, true, true]);
    expect([{ name: 'href', value: '/fr-fr/a/' }, { name: 'disabled' }, { name: 'title', value: 'on javascript' }].map(isUnsafeAttribute)).toEqual([false, false, false]);
  });
});

describe('urlForSchemeCheck', () => {
  it('decodes character references, %-escapes and escapes, and drops whitespace and control characters', () => {
    expect(['&#106;avascript:x', 'ja%76ascript:x', 'java\\:script', ' java\tscr\nipt :x', 'java\u0000script:x', '%E2%82%AC', '%FF%41'].map(urlForSchemeCheck)).toEqual(['javascript:x', 'javascript:x', 'java:script', 'javascript:x', 'javascript:x', '€', '\u00ffA']);
  });
});
