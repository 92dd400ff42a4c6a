import type { BuiltPage } from './collect-page-links.ts';
import type { PageFinding } from './link-finding.ts';
import { urlScheme } from '../url-scheme.ts';

/** What counts as a dated or noisy URL; the defaults below suit Microsoft-sourced help content. */
export interface UrlLintOptions {
  /** Hosts that now redirect elsewhere, mapped to their current host. */
  legacyHosts: Record<string, string>;
  /** Query parameters that only track readers, lower-case; `utm_*` matches a prefix. */
  trackingParameters: readonly string[];
  /** URL schemes a help article may use besides relative URLs. */
  allowedSchemes: readonly string[];
}

/** The project's defaults: `docs.microsoft.com` moved to `learn.microsoft.com`; `WT.mc_id` is Microsoft's campaign tag. */
export const defaultUrlLintOptions: UrlLintOptions = {
  legacyHosts: {
    'docs.microsoft.com': 'learn.microsoft.com',
    'msdn.microsoft.com': 'learn.microsoft.com',
    'technet.microsoft.com': 'learn.microsoft.com',
  },
  trackingParameters: ['wt.mc_id', 'utm_*', 'gclid', 'fbclid', 'msclkid', 'mc_cid', 'mc_eid'],
  allowedSchemes: ['http', 'https', 'mailto', 'tel'],
};

/** Lints the URLs of one page: insecure `http:`, legacy hosts, tracking parameters, unknown schemes. */
export function lintUrls(
  page: BuiltPage,
  options: UrlLintOptions = defaultUrlLintOptions,
): PageFinding[] {
  const findings: PageFinding[] = [];
  for (const link of page.links) {
    const warn = (rule: string, message: string, fix: string) =>
      findings.push({ severity: 'warning', rule, page, link, message, fix });
    const scheme = urlScheme(link.url);
    if (scheme && !options.allowedSchemes.includes(scheme)) {
      warn(
        'unknown-scheme',
        `link "${link.url}" uses the URL scheme "${scheme}:", which browsers may refuse or misuse`,
        `use one of ${options.allowedSchemes.map((s) => `${s}:`).join(', ')}, or a relative URL`,
      );
      continue;
    }
    if (scheme !== 'http' && scheme !== 'https') continue;
    let url: URL;
    try {
      url = new URL(link.url);
    } catch {
      continue;
    }
    // Every URL warning suggests the same fully cleaned URL, so fixing one does not leave the others.
    const tracking = [...url.searchParams.keys()].filter((key) =>
      isTrackingParameter(key, options.trackingParameters),
    );
    const newHost = options.legacyHosts[url.hostname.toLowerCase()];
    const clean = new URL(url);
    for (const key of tracking) clean.searchParams.delete(key);
    if (newHost) clean.hostname = newHost;
    if (scheme === 'http') clean.protocol = 'https:';
    const fix = `link "${clean}"`;
    if (scheme === 'http')
      warn(
        'insecure-http',
        `link "${link.url}" uses insecure http:`,
        `${fix} if the site serves https`,
      );
    if (newHost)
      warn(
        'legacy-host',
        `link "${link.url}" uses ${url.hostname}, which now redirects to ${newHost}`,
        fix,
      );
    if (tracking.length > 0) {
      warn(
        'tracking-param',
        `link "${link.url}" carries the tracking parameter${tracking.length > 1 ? 's' : ''} ${tracking.join(', ')}`,
        fix,
      );
    }
  }
  return findings;
}

function isTrackingParameter(key: string, patterns: readonly string[]): boolean {
  const lower = key.toLowerCase();
  return patterns.some((pattern) =>
    pattern.endsWith('*') ? lower.startsWith(pattern.slice(0, -1)) : lower === pattern,
  );
}
