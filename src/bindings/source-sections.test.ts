import { describe, expect, it } from 'vitest';
import { getSourceSections } from './source-sections.ts';

const html = (text: string) => `<h2 id="setup">Setup</h2><p>${text}</p>`;

describe('getSourceSections', () => {
  it('renders a source once for all its translations, and again when its key (digest) changes', async () => {
    let renders = 0;
    const render = (text: string) => async () => (renders++, html(text));
    const first = await getSourceSections('en-US/a:1', render('One'));
    const again = await getSourceSections('en-US/a:1', render('Ignored'));
    const changed = await getSourceSections('en-US/a:2', render('Two'));
    expect(renders).toBe(2);
    expect(again).toBe(first);
    expect(first.get('setup')?.bodyHtml).toBe('<p>One</p>');
    expect(changed.get('setup')?.bodyHtml).toBe('<p>Two</p>');
  });
});
