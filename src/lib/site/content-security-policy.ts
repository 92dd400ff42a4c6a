import type { AstroUserConfig } from 'astro';

/**
 * Polyhelp's Content-Security-Policy, in the shape of Astro's `security.csp` option. Astro writes it as a
 * `<meta http-equiv="content-security-policy">` on every page (the site is static, so there are no headers
 * to set) and adds the hash of every script and style it bundles, so an inline script it did not build is refused.
 * Forms post to the site itself and, when symptom feedback is on, to the feedback endpoint's origin only:
 * `createContentSecurityPolicy(new URL('https://feedback.example/f')).directives` holds `"form-action 'self' https://feedback.example"`.
 */
export function createContentSecurityPolicy(feedbackUrl?: URL) {
  return {
    directives: [
      // Everything not named below (fetches of the search index, images, fonts, frames) comes from our origin only.
      "default-src 'self'",
      "img-src 'self' data:",
      "object-src 'none'",
      "base-uri 'self'",
      feedbackUrl ? `form-action 'self' ${feedbackUrl.origin}` : "form-action 'self'",
    ],
    scriptDirective: {
      // Pagefind compiles its WebAssembly search engine in the browser; that needs 'wasm-unsafe-eval', not 'unsafe-eval'.
      resources: ["'self'", "'wasm-unsafe-eval'"],
    },
    styleDirective: {
      resources: ["'self'"],
    },
  } satisfies NonNullable<AstroUserConfig['security']>['csp'];
}
