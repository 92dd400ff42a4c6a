import { sectionInView } from '../lib/site/section-in-view.ts';
import { rememberedLocaleKey } from './remembered-locale-key.ts';

/*
 * Keeps the reader's place across languages. Links marked `data-keep-section` (the language switcher's,
 * the "read the original" links of translation notices) get, at the moment they are followed, the
 * current `#hash`, or else the id of the section being read: section ids are the same in every locale.
 * Switcher links also remember the chosen locale for `/`. Without JavaScript the links still lead to
 * the same article, at its top.
 */

/** How far down the viewport a heading must come before its section counts as the one being read. */
const readingLine = 0.3;
const header = document.querySelector('.site-header');
/** The section in view the last time the header was out of sight. */
let lastReadSection: string | undefined;
let frameRequested = false;

function sectionInViewNow(): string | undefined {
  const headings = [...document.querySelectorAll<HTMLElement>('.article-body h2[id]')].map(
    (heading) => ({
      id: heading.id,
      top: heading.getBoundingClientRect().top,
    }),
  );
  return sectionInView(headings, window.innerHeight * readingLine);
}

// The switcher sits in the header: reaching it scrolls the page back to the top, past the section the
// reader was in. So the section is tracked only while the header is out of sight.
function trackSection(): void {
  frameRequested = false;
  if (!header || header.getBoundingClientRect().bottom <= 0) lastReadSection = sectionInViewNow();
}

function followWithSection(event: MouseEvent): void {
  const link =
    event.target instanceof Element
      ? event.target.closest<HTMLAnchorElement>('a[data-keep-section]')
      : null;
  if (!link) return;
  const url = new URL(link.href);
  const section = lastReadSection ?? sectionInViewNow();
  url.hash =
    location.hash.length > 1 ? location.hash : section ? `#${encodeURIComponent(section)}` : '';
  link.href = url.href;
  const locale = link.dataset.rememberLocale;
  if (!locale) return;
  try {
    localStorage.setItem(rememberedLocaleKey, locale);
  } catch {
    // Storage can be disabled; the switch itself still works.
  }
}

addEventListener(
  'scroll',
  () => {
    if (frameRequested) return;
    frameRequested = true;
    requestAnimationFrame(trackSection);
  },
  { passive: true },
);
document.addEventListener('click', followWithSection);
// Middle-click and ctrl-click open a new tab without a `click` event on some browsers.
document.addEventListener('auxclick', followWithSection);
