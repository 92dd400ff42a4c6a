import { createHash } from 'node:crypto';
import { localizedPath } from '../src/i18n/locale-helpers.ts';
import type { Locale } from '../src/i18n/locales.ts';
import { bodyHash } from '../src/lib/l10n/source-hash.ts';
import { articleWords } from './article-words.ts';
import { createRandom } from './random.ts';

/** What to generate: `articles` slugs, each in every one of `locales` (the first is the source locale). */
export interface CorpusOptions {
  articles: number;
  locales: readonly Locale[];
  /** A real article per locale (full file text): its words and characters make the generated text realistic. */
  seeds: Partial<Record<Locale, string>>;
  /** `ms.translationtype` of the translations: MT (the default) pages show each source section again ("Show original"), HT pages do not. */
  translationType?: 'MT' | 'HT';
}

/** One generated file, with its path relative to the corpus root (`en-US/article-1.mdx`). */
export interface CorpusFile {
  path: string;
  text: string;
}

/** Locales written without spaces between words. */
const unspaced = new Set(['ja']);
const sectionCount = [4, 7] as const;

/**
 * Generates a corpus with the shapes of the seed article: anchored headings, nested lists, links (outside
 * and between articles), tables, code and alerts; translations carry real translation frontmatter, with
 * `ms.openlocfilehash` the SHA-256 of the source body. Deterministic: the same options give the same files.
 * `createCorpus({ articles: 1, locales: ['en-US'], seeds })` → `[{ path: 'en-US/article-1.mdx', text: '---\ntitle: …' }]`.
 */
export function createCorpus(options: CorpusOptions): CorpusFile[] {
  const [source] = options.locales;
  const files: CorpusFile[] = [];
  for (let index = 1; index <= options.articles; index++) {
    const slug = `article-${index}`;
    const random = createRandom(index);
    const sections = random.int(sectionCount[0], sectionCount[1]);
    const seedOf = (locale: Locale) => random.int(1, 2 ** 30) + locale.length;
    const shape = { slug, sections, seed: seedOf(source), articles: options.articles };
    let sourceBody = '';
    for (const locale of options.locales) {
      const words = createWriter(
        locale,
        options.seeds[locale] ?? '',
        shape.seed + (locale === source ? 0 : locale.charCodeAt(0)),
      );
      const body = articleBody(locale, words, shape);
      if (locale === source) sourceBody = body;
      const frontmatter =
        locale === source
          ? sourceFrontmatter(words, index)
          : translationFrontmatter(
              locale,
              words,
              index,
              sourceBody,
              options.translationType ?? 'MT',
            );
      files.push({ path: `${locale}/${slug}.mdx`, text: `---\n${frontmatter}---\n${body}` });
    }
  }
  return files;
}

function sourceFrontmatter(words: Writer, index: number): string {
  const month = String((index % 12) + 1).padStart(2, '0');
  return [
    `title: ${words.title()}`,
    'ms.author: v-bench',
    'author: PolyhelpBench',
    'manager: dansimp',
    `ms.date: ${month}/0${(index % 9) + 1}/2021`,
    'ms.topic: article',
    'ms.audience: Admin',
    'ms.service: o365-administration',
    'localization_priority: Normal',
    'ms.collection: Adm_O365',
    'ms.custom:',
    `- "${9000000 + index}"`,
    '',
  ].join('\n');
}

function translationFrontmatter(
  locale: Locale,
  words: Writer,
  index: number,
  sourceBody: string,
  translationType: 'MT' | 'HT',
): string {
  return (
    sourceFrontmatter(words, index) +
    [
      `ms.openlocfilehash: ${bodyHash(sourceBody)}`,
      `ms.sourcegitcommit: ${createHash('sha1').update(String(index)).digest('hex')}`,
      `ms.translationtype: ${translationType}`,
      `ms.contentlocale: ${locale}`,
      'ms.lasthandoff: 08/05/2021',
      `ms.locfileid: "${54000000 + index}"`,
      '',
    ].join('\n')
  );
}

function articleBody(
  locale: Locale,
  words: Writer,
  shape: { slug: string; sections: number; seed: number; articles: number },
): string {
  const random = createRandom(shape.seed);
  const other = () => localizedPath(locale, `article-${random.int(1, shape.articles)}`);
  const lines = [`# <a name="${shape.slug}"></a>${words.title()}`, '', words.paragraph(3), ''];
  lines.push('> [!NOTE]', `> ${words.sentence()} [${words.phrase(3)}](${other()})`, '');
  for (let section = 1; section <= shape.sections; section++) {
    lines.push(`## <a name="section-${section}"></a>${words.title()}`, '');
    const kind = random.int(0, 3);
    if (kind === 0) {
      lines.push(
        `- ${words.sentence()} [${words.phrase(3)}](https://docs.example.com/${shape.slug}/${section}?WT.mc_id=bench)`,
      );
      lines.push(
        `    - **${words.phrase(2)}**: ${words.sentence()}`,
        `    - **${words.phrase(2)}**: ${words.sentence()}`,
      );
      lines.push(`- ${words.sentence()} [${words.phrase(2)}](${other()}#section-1)`, '');
    } else if (kind === 1) {
      for (let step = 0; step < 3; step++)
        lines.push(`1. ${words.sentence()} \`Set-MgUser -UserId ${step}\``);
      lines.push(
        '',
        '```powershell',
        `Connect-MgGraph -Scopes "User.ReadWrite.All"`,
        `Update-MgUser -UserId user${section}@contoso.com -PasswordPolicies DisablePasswordExpiration`,
        '```',
        '',
      );
    } else if (kind === 2) {
      lines.push(`| ${words.phrase(1)} | ${words.phrase(1)} |`, '| --- | --- |');
      for (let row = 0; row < 3; row++) lines.push(`| ${words.phrase(2)} | ${words.sentence()} |`);
      lines.push('');
    }
    lines.push(words.paragraph(random.int(2, 4)), '');
    if (kind === 3) lines.push('> [!TIP]', `> ${words.sentence()}`, '');
  }
  return lines.join('\n');
}

/** Writes text in a locale from the words of its seed article plus invented words built from their syllables. */
interface Writer {
  phrase(count: number): string;
  sentence(): string;
  paragraph(sentences: number): string;
  title(): string;
}

const vocabularyCache = new Map<string, string[]>();

function createWriter(locale: Locale, seed: string, randomSeed: number): Writer {
  const random = createRandom(randomSeed);
  const joiner = unspaced.has(locale.slice(0, 2)) ? '' : ' ';
  const vocabulary = vocabularyOf(locale, seed);
  // Zipf-like: a few words are very common, most are rare, as in real text (it shapes the search index).
  const word = () => vocabulary[Math.floor(vocabulary.length * random.next() ** 3)];
  const phrase = (count: number) => Array.from({ length: count }, word).join(joiner);
  const sentence = () => {
    const text = phrase(random.int(6, 16));
    return `${text.charAt(0).toLocaleUpperCase(locale)}${text.slice(1)}${joiner ? '.' : '。'}`;
  };
  return {
    phrase,
    sentence,
    paragraph: (sentences) => Array.from({ length: sentences }, sentence).join(joiner),
    title: () => {
      const text = phrase(random.int(3, 6));
      return `${text.charAt(0).toLocaleUpperCase(locale)}${text.slice(1)}`;
    },
  };
}

/** The seed article's words plus up to 6,000 words invented from their syllables, cached per locale. */
function vocabularyOf(locale: Locale, seed: string): string[] {
  const cached = vocabularyCache.get(locale);
  if (cached) return cached;
  const words = articleWords(seed);
  const seedWords = words.length > 0 ? words : ['lorem', 'ipsum', 'dolor'];
  const random = createRandom(seedWords.length);
  // Syllables of letters only: an invented word never starts or ends with an apostrophe.
  const stems = seedWords.flatMap((w) => w.split(/['’]/));
  const syllables = stems.flatMap((w) =>
    Array.from({ length: Math.max(1, w.length - 2) }, (_, i) => w.slice(i, i + 3).toLowerCase()),
  );
  const invented = new Set<string>();
  for (let tries = 0; invented.size < 6000 && tries < 60000; tries++) {
    invented.add(Array.from({ length: random.int(2, 3) }, () => random.pick(syllables)).join(''));
  }
  const vocabulary = [...seedWords, ...invented];
  vocabularyCache.set(locale, vocabulary);
  return vocabulary;
}
