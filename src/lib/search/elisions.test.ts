import { describe, expect, it } from 'vitest';
import { stripElisions } from './elisions.ts';

describe('stripElisions', () => {
  it.each([
    ["message d'erreur", 'message erreur'],
    ['message d’erreur', 'message erreur'],
    ["L'administrateur n'est pas là", 'administrateur est pas là'],
    ["qu'il s'inscrive jusqu'à lundi", 'il inscrive à lundi'],
    ["j'ai c'est m'aider t'aider", 'ai est aider aider'],
    ['lorsqu’on puisqu’elle', 'on elle'],
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
