import type { BuiltPage } from './collect-page-links.ts';
import { hasWordSpaces, isLoneFunctionWord, languageOf } from './function-words.ts';
import type { PageFinding } from './link-finding.ts';

const trailingPunctuation = /[.,;:!?。、，．！？؟،؛…]$/u;
const onlyPunctuation = /^[\p{P}\p{S}\s]+$/u;
const oneLowercaseWord = /^\p{Ll}[\p{Ll}’'-]*$/u;
const wordCharacter = /[\p{L}\p{N}]/u;
/** A URL written as text: with a scheme, with `www.`, or a host followed by a path (`aka.ms/sspr`). */
const rawUrlPattern =
  /(?:https?:\/\/|www\.)[^\s<>"'()[\]]+|(?<![\p{L}\p{N}@./-])(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}\/[^\s<>"'()[\]]*/giu;

/**
 * Machine-translation lint on the links of an article: empty text, text that is only punctuation, a lone
 * function word or a lone lower-case word, text ending in punctuation, and a link glued to the word
 * before or after it. The page's content language picks the word list (`data-fallback-from` wins over `lang`).
 */
export function lintLinkText(page: BuiltPage): PageFinding[] {
  const findings: PageFinding[] = [];
  const lang = page.fallbackFrom ?? page.lang ?? 'en';
  const spaced = hasWordSpaces(lang);
  for (const link of page.links) {
    if (!link.inArticle || link.tag !== 'a') continue;
    const warn = (rule: string, message: string, fix: string) =>
      findings.push({ severity: 'warning', rule, page, link, message, fix });
    const text = link.text;
    if (!text) {
      warn(
        'empty-text',
        `link "${link.url}" has no text, so no reader can tell where it goes`,
        'put the words that name the target inside the link',
      );
      continue;
    }
    if (onlyPunctuation.test(text)) {
      warn(
        'punctuation-text',
        `link text "${text}" is only punctuation`,
        'put the words that name the target inside the link',
      );
      continue;
    }
    if (isLoneFunctionWord(text, lang)) {
      warn(
        'function-word-text',
        `link text "${text}" is a lone ${languageOf(lang)} function word: machine translation probably moved the link off its phrase`,
        'put the link back on the phrase that names the target, as in the source article',
      );
    } else if (spaced && oneLowercaseWord.test(text)) {
      warn(
        'lone-word-text',
        `link text "${text}" is a single common word, which does not say where the link goes`,
        'put the link on the phrase that names the target, as in the source article',
      );
    }
    if (trailingPunctuation.test(text)) {
      warn(
        'trailing-punctuation',
        `link text "${text}" ends in punctuation`,
        `move "${text.at(-1)}" out of the link`,
      );
    }
    if (
      spaced &&
      wordCharacter.test(text.at(-1) ?? '') &&
      wordCharacter.test(link.after.charAt(0))
    ) {
      const next = /^[\p{L}\p{N}]+/u.exec(link.after)?.[0];
      warn(
        'glued-link',
        `link "${text}" is glued to the next word "${next}"`,
        `add a space between the link and "${next}"`,
      );
    }
    if (
      spaced &&
      wordCharacter.test(text.charAt(0)) &&
      wordCharacter.test(link.before.at(-1) ?? '')
    ) {
      const previous = /[\p{L}\p{N}]+$/u.exec(link.before)?.[0];
      warn(
        'glued-link',
        `link "${text}" is glued to the previous word "${previous}"`,
        `add a space between "${previous}" and the link`,
      );
    }
  }
  return findings;
}

/** Article text that spells out a URL without linking it: `aka.ms/sspr` in a sentence. */
export function lintArticleText(page: BuiltPage): PageFinding[] {
  const findings: PageFinding[] = [];
  for (const text of page.articleTexts) {
    for (const match of text.text.matchAll(rawUrlPattern)) {
      const url = match[0].replace(/[.,;:!?]+$/, '');
      findings.push({
        severity: 'warning',
        rule: 'raw-url-text',
        page,
        text,
        needle: url,
        message: `text "${url}" is a URL written out but not linked`,
        fix: `make it a link, e.g. [${url}](${url.includes('://') ? url : `https://${url}`}), or mark it as code`,
      });
    }
  }
  return findings;
}
