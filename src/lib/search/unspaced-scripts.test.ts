import { describe, expect, it } from 'vitest';
import { isUnspacedLanguage, splitUnspaced } from './unspaced-scripts.ts';
import { toHighlightWords, toSearchTerm } from './search-term.ts';

describe('splitUnspaced', () => {
  it('puts the separator between characters of Han and kana and around their runs, Latin words kept whole', () => {
    expect(splitUnspaced('在 Microsoft 365 中购买域名', ' ')).toBe(
      '在 Microsoft 365 中 购 买 域 名',
    );
    expect(splitUnspaced('更改OneDrive配额', '|')).toBe('更|改|OneDrive|配|额');
    expect(splitUnspaced('メール メッセージ', '|')).toBe('メ|ー|ル メ|ッ|セ|ー|ジ');
  });

  it('keeps Thai vowel and tone marks with their consonant, and punctuation unsplit', () => {
    expect(splitUnspaced('ง่าย', '|')).toBe('ง่|า|ย');
    expect(splitUnspaced('制限により、アクセス', '|')).toBe('制|限|に|よ|り、ア|ク|セ|ス');
  });

  it('leaves text of spaced scripts as it is', () => {
    expect(splitUnspaced('Modifier l’emplacement', '|')).toBe('Modifier l’emplacement');
  });
});

describe('toSearchTerm', () => {
  it('splits Chinese, Japanese and Thai queries character by character, as their index holds them', () => {
    expect(isUnspacedLanguage('zh-CN')).toBe(true);
    expect(toSearchTerm('购买域名', 'zh-CN')).toBe('购 买 域 名');
    expect(toSearchTerm('ドメイン', 'ja-JP')).toBe('ド メ イ ン');
  });

  it('takes French elisions off and leaves other languages as typed', () => {
    expect(toSearchTerm("message d'erreur", 'fr-FR')).toBe('message erreur');
    expect(toSearchTerm('购买域名', 'en-US')).toBe('购买域名');
  });

  it('highlights the words the reader typed, not the characters searched', () => {
    expect(toHighlightWords('购买 域名', 'zh-CN')).toEqual(['购买', '域名']);
    expect(toHighlightWords("message d'erreur", 'fr-FR')).toEqual(['message', 'erreur']);
  });
});
