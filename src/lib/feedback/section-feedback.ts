import type { Element } from 'hast';
import { appendToSections } from '../l10n/section-originals.ts';

/** What every feedback form of a page posts and says. */
export interface SectionFeedbackOptions {
  /** Where the answers go (`POLYHELP_FEEDBACK_URL`). */
  action: string;
  /** The article's slug and the page's locale, posted as `article` and `locale`. */
  article: string;
  locale: string;
  /** The page's path: posted as `page` with the thank-you fragment, for the endpoint to send the reader back to. */
  pagePath: string;
  /** `lang` and `dir` of the strings, the page's: a stand-in page's text is in another language. */
  lang: string;
  dir: 'ltr' | 'rtl';
  strings: { question: string; yes: string; no: string; thanks: string };
}

/** The id of the thank-you line of a section's form, shown (CSS `:target`) when the endpoint sends the reader back to it. */
export function feedbackSentId(sectionId: string): string {
  return `feedback-sent-${sectionId}`;
}

const hidden = (name: string, value: string): Element => ({
  type: 'element',
  tagName: 'input',
  properties: { type: 'hidden', name, value },
  children: [],
});
const text = (value: string) => ({ type: 'text' as const, value });

/** One section's form: a plain POST of article, locale, section, page and the answer button pressed. */
function feedbackForm(section: string, options: SectionFeedbackOptions): Element {
  const { strings } = options;
  const answer = (value: string, label: string): Element => ({
    type: 'element',
    tagName: 'button',
    properties: { type: 'submit', name: 'answer', value },
    children: [text(label)],
  });
  return {
    type: 'element',
    tagName: 'form',
    properties: {
      className: ['feedback'],
      method: 'post',
      action: options.action,
      lang: options.lang,
      dir: options.dir,
      dataPagefindIgnore: '',
    },
    children: [
      hidden('article', options.article),
      hidden('locale', options.locale),
      hidden('section', section),
      hidden('page', `${options.pagePath}#${feedbackSentId(section)}`),
      {
        type: 'element',
        tagName: 'fieldset',
        properties: {},
        children: [
          {
            type: 'element',
            tagName: 'legend',
            properties: {},
            children: [text(strings.question)],
          },
          {
            type: 'element',
            tagName: 'span',
            properties: { className: ['feedback-answers'] },
            children: [answer('yes', strings.yes), answer('no', strings.no)],
          },
        ],
      },
      {
        type: 'element',
        tagName: 'p',
        properties: { className: ['feedback-sent'], id: feedbackSentId(section) },
        children: [text(strings.thanks)],
      },
    ],
  };
}

/**
 * Puts a "Did this solve your problem?" form at the end of each symptom section (h2 with a stable id) of rendered
 * article HTML, after the section's "Show original" block if it has one.
 * `appendSectionFeedback('<h2 id="a">A</h2><p>Fix</p>', options)` → `'<h2 id="a">A</h2><p>Fix</p><form class="feedback" method="post" …>…</form>'`.
 */
export function appendSectionFeedback(html: string, options: SectionFeedbackOptions): string {
  return appendToSections(html, (id) => feedbackForm(id, options));
}
