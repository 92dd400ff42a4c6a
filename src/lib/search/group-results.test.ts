import { describe, expect, it } from 'vitest';
import { toArticleHit } from './group-results.ts';

const fragment = {
  url: '/fr-fr/troubleshoot-sspr/',
  excerpt: 'Je vois un <mark>message</mark>',
  meta: { title: 'Résoudre les problèmes de SSPR' },
  sub_results: [
    { title: 'Résoudre les problèmes de SSPR', url: '/fr-fr/troubleshoot-sspr/#troubleshoot-sspr', excerpt: 'x', anchor: { element: 'h1', id: 'troubleshoot-sspr' } },
    { title: 'Je vois un message d’erreur', url: '/fr-fr/troubleshoot-sspr/#error-message', excerpt: 'Je vois un <mark>message</mark> d’erreur.', anchor: { element: 'h2', id: 'error-message' } },
    { title: 'Sans ancre', url: '/fr-fr/troubleshoot-sspr/', excerpt: 'y' },
  ],
};

describe('toArticleHit', () => {
  it('keeps the article title and URL and lists only its symptom sections under it', () => {
    const hit = toArticleHit(fragment);
    expect(hit.title).toBe('Résoudre les problèmes de SSPR');
    expect(hit.href).toBe('/fr-fr/troubleshoot-sspr/');
    expect(hit.sections.map((section) => section.href)).toEqual(['/fr-fr/troubleshoot-sspr/#error-message']);
  });

  it('caps the sections shown under one article', () => {
    const many = { ...fragment, sub_results: ['a', 'b', 'c', 'd'].map((id) => ({ title: id, url: `/x/#${id}`, excerpt: id, anchor: { element: 'h2', id } })) };
    expect(toArticleHit(many, 2).sections.map((section) => section.title)).toEqual(['a', 'b']);
  });

  it('falls back to the URL when a page has no title', () => {
    expect(toArticleHit({ url: '/en-us/x/', excerpt: '', meta: {} }).title).toBe('/en-us/x/');
  });
});
