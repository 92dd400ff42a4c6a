// Times the link checker on a generated site shaped like ours: `node bench/check-links.ts [pages=1000]`.
// Writes dist/ and content/ into a temp folder (deleted afterwards), then reads, checks and reports as
// `npm run check:links` does. Every 50th page carries a broken anchor, so source mapping is timed too.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { locales, sourceLocale } from '../src/i18n/locales.ts';
import { localeToPathSegment, localizedPath } from '../src/i18n/locale-helpers.ts';
import { readBuiltSite } from '../src/bindings/read-built-site.ts';
import { readContentFiles } from '../src/bindings/read-content-files.ts';
import { checkSiteLinks } from '../src/lib/links/check-site-links.ts';
import { fixtureHtml } from '../test/fixture-html.ts';
import { createLinkReport, formatLinkReport } from '../src/lib/links/format-link-report.ts';
import { mapAncestryToComponents } from '../src/lib/links/locate-findings.ts';
import { mapPagesToSources } from '../src/lib/links/page-source.ts';

const pageCount = Number(process.argv[2] ?? 1000);
const slugCount = Math.ceil(pageCount / locales.length);
const sections = ['setup', 'error-message', 'policy', 'register', 'skip', 'writeback'];
const slugOf = (i: number) => `article-${String(i).padStart(4, '0')}`;
const root = mkdtempSync(join(tmpdir(), 'bench-links-'));
const write = (path: string, text: string) => {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
};

/** The links of article `i`: two other articles (one with an anchor), two external pages. */
function articleLinks(i: number, locale: (typeof locales)[number]) {
  const anchor = i % 50 === 0 ? 'no-such-section' : sections[i % sections.length];
  return [
    { text: 'the related guide', url: localizedPath(locale, slugOf((i + 1) % slugCount)) },
    {
      text: 'the section on this',
      url: `${localizedPath(locale, slugOf((i + 7) % slugCount))}#${anchor}`,
    },
    { text: 'the product documentation', url: `https://learn.example/docs/${i}?view=1` },
    { text: 'the portal', url: 'https://portal.example/' },
  ];
}

const started = performance.now();
let written = 0;
for (let i = 0; i < slugCount && written < pageCount; i++) {
  for (const locale of locales) {
    if (written >= pageCount) break;
    written++;
    const slug = slugOf(i);
    const links = articleLinks(i, locale);
    const body = sections
      .map(
        (id, n) =>
          `## <a name="${id}"></a>Section ${n}\n\nSome text about the problem, then read [${links[n % links.length].text}](${links[n % links.length].url}) for more.\n`,
      )
      .join('\n');
    write(
      `content/${locale}/${slug}.mdx`,
      `---\ntitle: Article ${i}\n---\n# <a name="${slug}"></a>Article ${i}\n\n${body}`,
    );
    const article = sections
      .map(
        (id, n) =>
          `<div class="heading"><h2 id="${id}">Section ${n}</h2><a class="heading-anchor" href="#${id}"><span aria-hidden="true">#</span><span class="sr-only">Link to section ${n}</span></a></div><p>Some text about the problem, then read <a href="${links[n % links.length].url}">${links[n % links.length].text}</a> for more.</p>`,
      )
      .join('');
    const alternates = locales
      .map(
        (other) =>
          `<link rel="alternate" hreflang="${other}" href="https://help.example${localizedPath(other, slug)}">`,
      )
      .join('');
    const switcher = `<details class="language-switcher"><ul>${locales.map((other) => `<li><a href="${localizedPath(other, slug)}" hreflang="${other}">${other}</a></li>`).join('')}</ul></details>`;
    const toc = `<nav class="toc"><ol>${sections.map((id) => `<li><a href="#${id}">${id}</a></li>`).join('')}</ol></nav>`;
    const html = fixtureHtml({
      lang: locale,
      head: `<link rel="canonical" href="https://help.example${localizedPath(locale, slug)}">${alternates}<link rel="stylesheet" href="/_astro/site.css">`,
      chrome: `<header class="site-header"><a href="${localizedPath(locale)}">Home</a>${switcher}</header>${toc}`,
      article: `<h1 id="${slug}">Article ${i}</h1>${article}`,
    });
    write(`dist/${localeToPathSegment(locale)}/${slug}/index.html`, html);
  }
}
write('dist/_astro/site.css', 'body{}');
for (const locale of locales)
  write(`dist/${localeToPathSegment(locale)}/index.html`, fixtureHtml({ lang: locale }));
const generated = performance.now();

const site = readBuiltSite(join(root, 'dist'));
const parsed = performance.now();
const content = new Map(readContentFiles(root).map((file) => [file.path, file.text]));
const result = checkSiteLinks(site, {
  content,
  pages: mapPagesToSources(content.keys(), { locales, sourceLocale }),
  components: mapAncestryToComponents([
    { path: 'src/components/TableOfContents.astro', text: '<nav class="toc">' },
  ]),
});
const report = createLinkReport(result.findings, result);
formatLinkReport(report);
const checked = performance.now();
rmSync(root, { recursive: true, force: true });

const byRule = new Map<string, number>();
for (const finding of report.findings)
  byRule.set(finding.rule, (byRule.get(finding.rule) ?? 0) + 1);
const ms = (a: number, b: number) => `${Math.round(b - a)} ms`;
console.log(
  `pages: ${result.pages} (${written} articles), links: ${result.links}, findings: ${report.errors} errors, ${report.warnings} warnings (${[...byRule].map(([rule, n]) => `${rule} ${n}`).join(', ')})`,
);
console.log(
  `generate: ${ms(started, generated)}; read + parse HTML: ${ms(generated, parsed)}; rules + source mapping + parity + report: ${ms(parsed, checked)}; check total: ${ms(generated, checked)}`,
);
