import { expect, test, type Page } from '@playwright/test';
import type { Locale } from '../src/i18n/locales.ts';
import { localizedPath } from '../src/i18n/locale-helpers.ts';
import { searchPagePath } from '../src/lib/search/search-url.ts';
import { toSearchTerm } from '../src/lib/search/search-term.ts';

// Runs against the fixture site e2e/fixtures/search-site (see playwright.config.ts): one article, written for
// these tests in en-US and the seven locales whose scripts Pagefind handles differently. Each query is one word,
// run through the built Pagefind index of the page's language, and must find the article at the section that
// answers it. One word, because Pagefind ignores the words of a query it cannot find: a second word would
// hide a failure of the first.

const slug = 'outlook-password-prompt';

interface ScriptCase {
  locale: Locale;
  query: string;
  section: 'password-prompt' | 'account-locked';
  /** What the word's occurrences make Pagefind do that the English one does not. */
  why: string;
}

const cases: ScriptCase[] = [
  { locale: 'en-US', query: 'passwords', section: 'password-prompt', why: 'stemmed to password' },
  {
    locale: 'zh-CN',
    query: '密码',
    section: 'password-prompt',
    why: 'only inside runs of Han characters with no spaces (输入密码)',
  },
  {
    locale: 'zh-CN',
    query: '锁定',
    section: 'account-locked',
    why: 'only inside unspaced runs (帐户被锁定)',
  },
  {
    locale: 'zh-TW',
    query: '密碼',
    section: 'password-prompt',
    why: 'Traditional characters inside unspaced runs (輸入密碼)',
  },
  {
    locale: 'zh-TW',
    query: '鎖定',
    section: 'account-locked',
    why: 'Traditional, inside unspaced runs (遭到鎖定)',
  },
  {
    locale: 'ja-JP',
    query: 'パスワード',
    section: 'password-prompt',
    why: 'Katakana inside unspaced text of three scripts',
  },
  {
    locale: 'ja-JP',
    query: 'ロック',
    section: 'account-locked',
    why: 'only followed by particles and endings (ロックされた)',
  },
  {
    locale: 'ko-KR',
    query: '암호',
    section: 'password-prompt',
    why: 'only with a particle attached (암호를)',
  },
  {
    locale: 'ko-KR',
    query: '계정',
    section: 'account-locked',
    why: 'mostly with particles attached (계정이, 계정을)',
  },
  {
    locale: 'th-TH',
    query: 'รหัสผ่าน',
    section: 'password-prompt',
    why: 'only inside Thai text, which has no spaces between words',
  },
  {
    locale: 'th-TH',
    query: 'ล็อก',
    section: 'account-locked',
    why: 'only inside unspaced runs (ถูกล็อก, ปลดล็อก)',
  },
  {
    locale: 'he-IL',
    query: 'סיסמה',
    section: 'password-prompt',
    why: 'right to left, not stemmed',
  },
  { locale: 'he-IL', query: 'ננעל', section: 'account-locked', why: 'right to left, not stemmed' },
  {
    locale: 'ar-SA',
    query: 'مرور',
    section: 'password-prompt',
    why: 'only with the article attached (المرور): stemmed',
  },
  {
    locale: 'ar-SA',
    query: 'حساب',
    section: 'account-locked',
    why: 'only with prefixes and suffixes attached (الحساب, حسابي, بحساب): stemmed',
  },
];

/** A word in each language that the article does not contain: finding it would mean queries match anything. */
const absentWords: [Locale, string][] = [
  ['en-US', 'printer'],
  ['zh-CN', '打印机'],
  ['zh-TW', '印表機'],
  ['ja-JP', 'プリンター'],
  ['ko-KR', '프린터'],
  ['th-TH', 'เครื่องพิมพ์'],
  ['he-IL', 'טלפון'],
  ['ar-SA', 'طابعة'],
];

/** Pagefind's results for `query` on a page of the locale `path` starts with, asked as the search box asks (`toSearchTerm`). */
async function searchWithPagefind(page: Page, path: string, query: string) {
  await page.goto(path);
  const term = toSearchTerm(query, path.split('/')[1]);
  return page.evaluate(
    async ([bundle, term]) => {
      const pagefind = await import(bundle);
      const search = await pagefind.search(term);
      return Promise.all(
        search.results.map(
          async (result: {
            data: () => Promise<{ url: string; sub_results: { url: string }[] }>;
          }) => {
            const data = await result.data();
            return { url: data.url, sections: data.sub_results.map((sub) => sub.url) };
          },
        ),
      );
    },
    ['/pagefind/pagefind.js', term] as const,
  );
}

for (const { locale, query, section, why } of cases) {
  test(`${locale}: "${query}" finds the article at its ${section} section (${why})`, async ({
    page,
  }) => {
    const results = await searchWithPagefind(page, localizedPath(locale), query);
    expect(
      results.map((result) => result.url),
      `results for "${query}"`,
    ).toEqual([localizedPath(locale, slug)]);
    expect(results[0].sections).toContain(`${localizedPath(locale, slug)}#${section}`);
  });
}

// Known gap of the one-character-a-word index (issue 15): Pagefind drops the query words it does not know, so an
// absent word whose characters the article holds (リ, ン, ー of プリンター) still finds it. `test.fail` turns it into
// an error the day it passes.
const absentWordGaps = new Set<Locale>(['zh-TW', 'ja-JP', 'th-TH']);

for (const [locale, word] of absentWords) {
  test(`${locale}: "${word}", a word the article does not contain, finds nothing`, async ({
    page,
  }) => {
    if (absentWordGaps.has(locale)) test.fail();
    expect(await searchWithPagefind(page, localizedPath(locale), word)).toEqual([]);
  });
}

// Known gaps, left to search quality (another issue). Each fails today for the reason given; `test.fail`
// turns it into an error the day it passes, so the note cannot outlive the gap.
test.describe('known gaps of Pagefind 1.5, worst in Hebrew', () => {
  test('a word is found under its prefixed form: "חשבון" finds "החשבון ננעל" (Pagefind has no Hebrew stemmer)', async ({
    page,
  }) => {
    test.fail();
    const results = await searchWithPagefind(page, localizedPath('he-IL'), 'חשבון');
    expect(results[0]?.sections).toContain(`${localizedPath('he-IL', slug)}#account-locked`);
  });

  // Pagefind matches a query word it does not know to the longest indexed word it starts with, in every language
  // ("signpost" finds "sign"); Hebrew writes one-letter words (the מ of "מ-Outlook"), so any word starting with מ matches.
  test('an unknown word is not matched to a shorter word it starts with: "מדפסת" (printer) finds nothing', async ({
    page,
  }) => {
    test.fail();
    expect(await searchWithPagefind(page, localizedPath('he-IL'), 'מדפסת')).toEqual([]);
  });
});

test('every locale of the fixture has its own index, named after its lower-cased lang', async ({
  request,
}) => {
  const entry = await (await request.get('/pagefind/pagefind-entry.json')).json();
  expect(Object.keys(entry.languages).sort()).toEqual([
    'ar-sa',
    'en-us',
    'he-il',
    'ja-jp',
    'ko-kr',
    'th-th',
    'zh-cn',
    'zh-tw',
  ]);
});

test.describe('through the search page a reader uses', () => {
  for (const { locale, query, summary } of [
    { locale: 'zh-CN', query: '密码', summary: '“密码”的搜索结果：1 条' },
    { locale: 'he-IL', query: 'סיסמה', summary: 'תוצאה אחת עבור "סיסמה"' },
  ] as const) {
    test(`${locale}: the results list the article, counted in the reader's language`, async ({
      page,
    }) => {
      await page.goto(`${searchPagePath(locale)}?q=${encodeURIComponent(query)}`);
      const results = page.locator('pagefind-results').first();
      await expect(results.getByRole('link').first()).toHaveAttribute(
        'href',
        new RegExp(`^${localizedPath(locale, slug)}`),
      );
      await expect(page.locator('pagefind-summary').first()).toHaveText(summary);
      await expect(page.locator('.search-fallback')).toBeHidden();
    });
  }
});
