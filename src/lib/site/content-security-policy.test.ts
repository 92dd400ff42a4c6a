import { describe, expect, it } from 'vitest';
import { createContentSecurityPolicy } from './content-security-policy.ts';

describe('createContentSecurityPolicy', () => {
  it('lets forms post to the site only, without a feedback endpoint', () => {
    expect(createContentSecurityPolicy().directives).toContain("form-action 'self'");
  });

  it("adds the feedback endpoint's origin, not its path, and nothing else", () => {
    const { directives } = createContentSecurityPolicy(
      new URL('https://feedback.example:8443/polyhelp/answers?x=1'),
    );
    expect(directives.filter((directive) => directive.startsWith('form-action'))).toEqual([
      "form-action 'self' https://feedback.example:8443",
    ]);
    expect(directives).toContain("default-src 'self'");
  });
});
