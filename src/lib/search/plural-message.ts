/** One message per CLDR plural category; `other` is the only one every language uses. */
export type PluralMessages = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/**
 * The message for `count` in the locale's plural category, `{count}` filled with the localized number.
 * `pluralMessage('fr-FR', { one: '{count} résultat', other: '{count} résultats' }, 0)` → `'0 résultat'`.
 */
export function pluralMessage(locale: string, messages: PluralMessages, count: number, values: Record<string, string> = {}): string {
  const category = new Intl.PluralRules(locale).select(count);
  const template = messages[category] ?? messages.other;
  const filled: Record<string, string> = { ...values, count: new Intl.NumberFormat(locale).format(count) };
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => filled[name] ?? whole);
}
