import type { SourceLink } from '../content/source-links.ts';
import type { BuiltSite } from './internal-rules.ts';
import { checkInternalLinks } from './internal-rules.ts';
import type { LinkFinding, PageFinding } from './link-finding.ts';
import { lintArticleText, lintLinkText } from './link-text-lint.ts';
import { locateFindings, type SourceFiles } from './locate-findings.ts';
import { checkTranslationParity } from './translation-parity.ts';
import { defaultUrlLintOptions, lintUrls, type UrlLintOptions } from './url-lint.ts';

/** The outcome of checking a built site: findings in source files, and how much was checked. */
export interface SiteLinkCheck {
  findings: LinkFinding[];
  pages: number;
  links: number;
}

/**
 * Runs every link rule on a built site and maps the findings back to the files people edit: internal
 * links (errors), translation link parity (errors), URL and machine-translation lint (warnings).
 */
export function checkSiteLinks(
  site: BuiltSite,
  sources: SourceFiles & {
    /** A content file's links when already known (the build's content check read them), else parity parses it. */
    knownLinks?: (file: { path: string; text: string }) => SourceLink[] | undefined;
    /** The content files whose translation parity this build checks (all when absent): a shard checks its own. */
    checksParity?: (path: string) => boolean;
  },
  urlLint: UrlLintOptions = defaultUrlLintOptions,
): SiteLinkCheck {
  const pageFindings: PageFinding[] = [];
  let links = 0;
  for (const page of site.pages.values()) {
    links += page.links.length;
    pageFindings.push(
      ...checkInternalLinks(site, page),
      ...lintUrls(page, urlLint),
      ...lintLinkText(page),
      ...lintArticleText(page),
    );
  }
  const parity = checkTranslationParity(
    [...sources.content]
      .filter(([path]) => sources.checksParity?.(path) ?? true)
      .map(([path, text]) => ({ path, text })),
    sources.knownLinks,
  );
  return {
    findings: [...locateFindings(pageFindings, sources), ...parity],
    pages: site.pages.size,
    links,
  };
}
