import { describe, expect, it } from 'vitest';
import { looseElisions, restoreElisions, stripElisions, toIndexedElisions } from './elisions.ts';

describe('stripElisions', () => {
  it.each([
    ["message d'erreur", 'message erreur'],
    ['message d’erreur', 'message erreur'],
    ["L'administrateur n'est pas là", 'administrateur est pas là'],
    ["qu'il s'inscrive jusqu'à lundi", "qu'il inscrive jusqu'à lundi"],
    ["j'ai c'est m'aider t'aider", 'ai est aider aider'],
    ['lorsqu’on puisqu’elle', 'lorsqu’on puisqu’elle'],
    ["d' erreur", 'erreur'],
  ])('takes French elisions off each word: %s → %s', (query, expected) => {
    expect(stripElisions(query, 'fr-FR')).toBe(expected);
  });

  it.each([
    ["dell'utente", 'utente'],
    ["all'account nell'app", 'account app'],
    ["un'altra l'email c'è", 'altra email è'],
    ['sull’icona quest’anno', 'icona anno'],
  ])('takes Italian elisions off each word: %s → %s', (query, expected) => {
    expect(stripElisions(query, 'it-IT')).toBe(expected);
  });

  it('keeps words whose apostrophe is not an elision', () => {
    expect(stripElisions("aujourd'hui prud'homme", 'fr-FR')).toBe("aujourd'hui prud'homme");
    expect(stripElisions("po' più", 'it')).toBe("po' più");
  });

  it('leaves queries in other languages as typed', () => {
    expect(stripElisions("l'erreur don't", 'en-US')).toBe("l'erreur don't");
    expect(stripElisions("d'erreur", 'de-DE')).toBe("d'erreur");
  });
});

describe('looseElisions', () => {
  it.each([
    ['Modifier l’emplacement de l’appareil', 'Modifier l`emplacement de l`appareil'],
    ['problème d’affichage, L’Outlook', 'problème d`affichage, L`Outlook'],
    [
      'n’est, s’inscrire, c’est, j’ai, m’aider, t’aider',
      'n`est, s`inscrire, c`est, j`ai, m`aider, t`aider',
    ],
  ])('marks French elisions in page text: %s', (text, expected) => {
    expect(looseElisions(text, 'fr-FR')).toBe(expected);
  });

  it('keeps qu-elisions, apostrophes inside words and ASCII apostrophes as they are', () => {
    expect(looseElisions('qu’il jusqu’à lorsqu’on', 'fr-FR')).toBe('qu’il jusqu’à lorsqu’on');
    expect(looseElisions('aujourd’hui, prud’homme', 'fr-FR')).toBe('aujourd’hui, prud’homme');
    expect(looseElisions("l'emplacement", 'fr-FR')).toBe("l'emplacement");
    expect(looseElisions('l’ emplacement', 'fr-FR')).toBe('l’ emplacement');
  });

  it('marks Italian elisions and leaves other languages alone', () => {
    expect(looseElisions('dell’utente, un’altra, l’email', 'it-IT')).toBe(
      'dell`utente, un`altra, l`email',
    );
    expect(looseElisions('users’ data, l’emplacement', 'en-US')).toBe('users’ data, l’emplacement');
    expect(looseElisions('l’emplacement', 'de-DE')).toBe('l’emplacement');
  });
});

describe('restoreElisions', () => {
  it('turns the index marks of elisions back into the page’s apostrophe, marks kept', () => {
    expect(restoreElisions('Modifier <mark>l`emplacement</mark> d`affichage')).toBe(
      'Modifier <mark>l’emplacement</mark> d’affichage',
    );
    expect(restoreElisions('dell`utente')).toBe('dell’utente');
  });

  it('leaves backticks that no elision put there', () => {
    expect(restoreElisions('run `npm` and foo`bar, l` x')).toBe('run `npm` and foo`bar, l` x');
  });
});

describe('toIndexedElisions', () => {
  it('glues the qu-elisions the index keeps whole, with either apostrophe', () => {
    expect(toIndexedElisions("lorsqu’un qu'il jusqu’à utilisateur", 'fr-FR')).toBe(
      'lorsquun quil jusquà utilisateur',
    );
    expect(toIndexedElisions("aujourd'hui qu'", 'fr-FR')).toBe("aujourd'hui qu'");
    expect(toIndexedElisions("qu'il", 'en-US')).toBe("qu'il");
  });
});
