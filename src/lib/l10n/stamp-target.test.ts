import { describe, expect, it } from 'vitest';
import { resolveStampTarget } from './stamp-target.ts';

const articles = [
  { locale: 'en-US', slug: 'troubleshoot-sspr' },
  { locale: 'fr-FR', slug: 'troubleshoot-sspr' },
] as const;

describe('resolveStampTarget', () => {
  it('accepts <locale>/<slug> of an existing translation', () => {
    expect(resolveStampTarget('fr-FR/troubleshoot-sspr', articles, 'en-US')).toEqual({
      locale: 'fr-FR',
      slug: 'troubleshoot-sspr',
    });
  });

  it('accepts a content path too', () => {
    expect(resolveStampTarget('content/fr-FR/troubleshoot-sspr.mdx', articles, 'en-US')).toEqual({
      locale: 'fr-FR',
      slug: 'troubleshoot-sspr',
    });
  });

  it('accepts a nested slug, as an id or a content path', () => {
    const nested = [...articles, { locale: 'fr-FR', slug: 'guides/reset' }] as const;
    expect(resolveStampTarget('fr-FR/guides/reset', nested, 'en-US')).toEqual({
      locale: 'fr-FR',
      slug: 'guides/reset',
    });
    expect(resolveStampTarget('content/fr-FR/guides/reset.mdx', nested, 'en-US')).toEqual({
      locale: 'fr-FR',
      slug: 'guides/reset',
    });
  });

  it('suggests the locale of a mistyped content path too', () => {
    expect(resolveStampTarget('content/fr-fr/troubleshoot-sspr.mdx', articles, 'en-US')).toMatch(
      /unknown locale "fr-fr".*\n.*did you mean fr-FR\/troubleshoot-sspr/,
    );
  });

  it('refuses an argument without a slug', () => {
    expect(resolveStampTarget('fr-FR', articles, 'en-US')).toMatch(
      /expected <locale>\/<slug>, found "fr-FR"/,
    );
  });

  it('refuses the source locale and says why', () => {
    expect(resolveStampTarget('en-US/troubleshoot-sspr', articles, 'en-US')).toMatch(
      /en-US is the source locale/,
    );
  });

  it('suggests the locale for a mistyped one', () => {
    expect(resolveStampTarget('fr-fr/troubleshoot-sspr', articles, 'en-US')).toMatch(
      /unknown locale "fr-fr".*\n.*did you mean fr-FR\/troubleshoot-sspr/,
    );
  });

  it('suggests the slug for a mistyped one', () => {
    expect(resolveStampTarget('fr-FR/troubleshot-sspr', articles, 'en-US')).toMatch(
      /no article content\/fr-FR\/troubleshot-sspr.mdx\n.*did you mean fr-FR\/troubleshoot-sspr/,
    );
  });

  it('explains a translation that does not exist yet', () => {
    expect(resolveStampTarget('ja-JP/troubleshoot-sspr', articles, 'en-US')).toMatch(
      /translate content\/en-US\/troubleshoot-sspr.mdx into content\/ja-JP/,
    );
  });

  it('shows the usage without an argument', () => {
    expect(resolveStampTarget(undefined, articles, 'en-US')).toMatch(/usage: npm run l10n:stamp/);
  });
});
