/**
 * The URL symptom feedback is posted to, from the `POLYHELP_FEEDBACK_URL` setting: undefined when unset or empty
 * (no feedback forms at all), an error saying what to write when it is not an absolute http(s) URL.
 * `parseFeedbackUrl('https://feedback.example/polyhelp')` → `URL { origin: 'https://feedback.example', … }`;
 * `parseFeedbackUrl(undefined)` → `undefined`.
 */
export function parseFeedbackUrl(
  value: string | undefined,
  name = 'POLYHELP_FEEDBACK_URL',
): URL | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  let url: URL | undefined;
  try {
    url = new URL(value.trim());
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
    throw new Error(
      `${name}: expected an absolute http(s) URL that answers feedback posts, such as https://feedback.example/polyhelp; found "${value}". Fix it, or unset it to build without feedback forms.`,
    );
  }
  return url;
}
