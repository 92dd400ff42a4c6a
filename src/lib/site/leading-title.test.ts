import { describe, expect, it } from 'vitest';
import { splitLeadingTitle } from './leading-title.ts';

describe('splitLeadingTitle', () => {
  it('takes the leading h1, with its markup, off the article', () => {
    expect(
      splitLeadingTitle('\n<h1 id="fix">Fix <code>setup.exe</code></h1>\n<h2 id="a">A</h2>'),
    ).toEqual({
      title: '<h1 id="fix">Fix <code>setup.exe</code></h1>',
      body: '\n<h2 id="a">A</h2>',
    });
  });

  it('stops at the first closing tag, so a second h1 stays in the text', () => {
    expect(splitLeadingTitle('<h1>One</h1><p>x</p><h1>Two</h1>')).toEqual({
      title: '<h1>One</h1>',
      body: '<p>x</p><h1>Two</h1>',
    });
  });

  it('leaves an article that does not start with an h1 whole', () => {
    expect(splitLeadingTitle('<p>Intro</p><h1>Late</h1>')).toEqual({
      title: undefined,
      body: '<p>Intro</p><h1>Late</h1>',
    });
    expect(splitLeadingTitle('<h10>not a heading</h10>')).toEqual({
      title: undefined,
      body: '<h10>not a heading</h10>',
    });
  });
});
