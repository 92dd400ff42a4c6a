import { describe, expect, it } from 'vitest';
import { sectionInView } from './section-in-view.ts';

const headings = [
  { id: 'setup-password-reset', top: -600 },
  { id: 'error-message', top: 40 },
  { id: 'password-reset-policy', top: 500 },
];

describe('sectionInView', () => {
  it('picks the last heading that reached the reading line', () => {
    expect(sectionInView(headings, 200)).toBe('error-message');
  });

  it('keeps the previous section while the next heading is still below the line', () => {
    expect(sectionInView(headings, 30)).toBe('setup-password-reset');
  });

  it('is undefined above the first section', () => {
    expect(sectionInView([{ id: 'a', top: 300 }], 200)).toBeUndefined();
  });

  it('is undefined for an article without sections', () => {
    expect(sectionInView([], 200)).toBeUndefined();
  });
});
