import { describe, expect, it } from 'vitest';
import { parseFeedbackUrl } from './feedback-endpoint.ts';

describe('parseFeedbackUrl', () => {
  it('reads an absolute http(s) URL', () => {
    expect(parseFeedbackUrl(' https://feedback.example/polyhelp ')?.href).toBe(
      'https://feedback.example/polyhelp',
    );
    expect(parseFeedbackUrl('http://127.0.0.1:8080/f')?.origin).toBe('http://127.0.0.1:8080');
  });

  it('means no feedback when unset or empty', () => {
    expect(parseFeedbackUrl(undefined)).toBeUndefined();
    expect(parseFeedbackUrl('  ')).toBeUndefined();
  });

  it.each(['/feedback', 'feedback.example', 'javascript:alert(1)', 'mailto:team@example.com'])(
    'refuses %s with what to write instead',
    (value) => {
      expect(() => parseFeedbackUrl(value)).toThrow(
        `POLYHELP_FEEDBACK_URL: expected an absolute http(s) URL that answers feedback posts, such as https://feedback.example/polyhelp; found "${value}".`,
      );
    },
  );
});
