import { describe, expect, it } from 'vitest';
import {
  phraseFirst,
  rankByPhrase,
  titleCheckedResults,
  titlesFirst,
  toPhraseTerm,
} from './phrase-first.ts';

describe('toPhraseTerm', () => {
  it('quotes the characters of a Chinese, Japanese or Thai query for an exact search', () => {
    expect(toPhraseTerm('の展開プ', 'ja-JP')).toBe('"の 展 開 プ"');
    expect(toPhraseTerm('购买 域名', 'zh-CN')).toBe('"购 买 域 名"');
    expect(toPhraseTerm('"更改"', 'zh-TW')).toBe('"更 改"');
  });

  it('asks for no exact search in languages written with spaces, or for one character', () => {
    expect(toPhraseTerm('mot de passe', 'fr-FR')).toBeNull();
    expect(toPhraseTerm('共', 'ja-JP')).toBeNull();
    expect(toPhraseTerm('  ', 'zh-CN')).toBeNull();
  });
});

describe('phraseFirst', () => {
  it('puts the pages that hold the query in sequence first, each group in its own order', () => {
    const results = ['a', 'b', 'c', 'd'].map((id) => ({ id }));
    expect(phraseFirst(results, [{ id: 'd' }, { id: 'b' }]).map((r) => r.id)).toEqual([
      'b',
      'd',
      'a',
      'c',
    ]);
  });

  it('keeps the order when the exact search found nothing or no page of the results', () => {
    const results = ['a', 'b'].map((id) => ({ id }));
    expect(phraseFirst(results, []).map((r) => r.id)).toEqual(['a', 'b']);
    expect(phraseFirst(results, [{ id: 'z' }]).map((r) => r.id)).toEqual(['a', 'b']);
  });
});

describe('titlesFirst', () => {
  const item = (title: string) => ({ meta: { title } });

  it('puts results whose title holds the query in sequence first, spaces and case aside', () => {
    const items = [item('アプリの管理'), item('Intune アプリの展開プロセス'), item('の展開')];
    expect(titlesFirst(items, 'の展開プ').map((i) => i.meta.title)).toEqual([
      'Intune アプリの展開プロセス',
      'アプリの管理',
      'の展開',
    ]);
    expect(titlesFirst([item('a'), item('クレジット カード番号')], 'クレジットカード')[0]).toEqual(
      item('クレジット カード番号'),
    );
  });

  it('keeps the order when no title holds it, or the query is empty', () => {
    const items = [item('b'), item('a')];
    expect(titlesFirst(items, 'x')).toEqual(items);
    expect(titlesFirst(items, ' ')).toEqual(items);
  });
});

describe('rankByPhrase', () => {
  const result = (id: string, title: string) => {
    const loads = { count: 0 };
    return {
      id,
      loads,
      data: async () => {
        loads.count++;
        return { meta: { title } };
      },
    };
  };

  it('orders by sequence, then title among the first results, loading each once', async () => {
    const results = [
      result('dense', 'ファイルの共有'),
      result('body', 'アプリの管理'),
      result('title', 'Intune アプリの展開プロセス'),
    ];
    const ranked = await rankByPhrase(results, [{ id: 'body' }, { id: 'title' }], 'の展開プ');
    expect(ranked.map((r) => r.id)).toEqual(['title', 'body', 'dense']);
    await Promise.all(ranked.map((r) => r.data()));
    expect(results.map((r) => r.loads.count)).toEqual([1, 1, 1]);
  });

  it('leaves results past the checked ones unloaded and in sequence order', async () => {
    const results = Array.from({ length: titleCheckedResults + 2 }, (_, i) =>
      result(`r${i}`, `t${i}`),
    );
    const ranked = await rankByPhrase(results, [{ id: 'r9' }], 'x');
    expect(ranked[0].id).toBe('r9');
    expect(results.filter((r) => r.loads.count > 0)).toHaveLength(titleCheckedResults);
  });
});
