import { parseFeedbackUrl } from '../lib/feedback/feedback-endpoint.ts';

/**
 * Where readers' "Did this solve your problem?" answers are posted, from `POLYHELP_FEEDBACK_URL` at build time.
 * Undefined when unset: no feedback form is rendered and the CSP lets forms post to the site only.
 */
export const feedbackEndpoint: URL | undefined = parseFeedbackUrl(
  process.env.POLYHELP_FEEDBACK_URL,
);
