import { describe, expect, it } from 'vitest';
import { articleSlug } from './nested-slug.ts';

describe('articleSlug', () => {
  it('keeps the subfolder an article sits in, distinct from a top-level article of the same name', () => {
    expect(
      articleSlug('commercial-dialogues/recall-or-replace-an-email-message.md', 'fr-FR'),
    ).toEqual({ slug: 'commercial-dialogues/recall-or-replace-an-email-message' });
    expect(articleSlug('recall-or-replace-an-email-message.md', 'fr-FR')).toEqual({
      slug: 'recall-or-replace-an-email-message',
    });
  });

  it('makes every segment URL-safe and says what changed', () => {
    expect(articleSlug("Commercial Dialogues/outlook-won't-accept.fr-FR.md", 'fr-FR')).toEqual({
      slug: 'commercial-dialogues/outlook-wont-accept',
      changedFrom: "Commercial Dialogues/outlook-won't-accept",
    });
  });

  it('leaves the locale folder out of the slug', () => {
    expect(articleSlug('fr-fr/reset.md', 'fr-FR')).toEqual({ slug: 'reset' });
  });

  it('refuses an article in the media folder, which holds images', () => {
    expect(articleSlug('media/notes.md', 'fr-FR')).toMatchObject({
      problem: {
        message: 'articles may not sit in a "media" folder: it holds each locale\'s images',
      },
    });
  });

  it('refuses a path that gives an empty segment', () => {
    expect(articleSlug('!!!/a.md', 'fr-FR')).toMatchObject({
      problem: { message: 'the path gives an empty slug segment', found: '"!!!/a.md"' },
    });
  });
});
