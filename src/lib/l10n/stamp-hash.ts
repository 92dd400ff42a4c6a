/** The key of our own that records the source body a translation matches (`ms.openlocfilehash` belongs to the source's localization system). */
export const sourceHashKey = 'polyhelp.sourcehash';

/**
 * Records a source hash in a translation: rewrites only the `polyhelp.sourcehash` line of the
 * frontmatter and keeps every other byte (line endings included). Adds the line before the
 * closing `---` when the file has none.
 * `stampHash('---\npolyhelp.sourcehash: old\n---\nBody\n', 'abc')` → `'---\npolyhelp.sourcehash: abc\n---\nBody\n'`.
 */
export function stampHash(text: string, hash: string): string {
  const frontmatter = /^(\uFEFF?---\r?\n)([\s\S]*?)(^---[ \t]*(?:\r?\n|$))/m.exec(text);
  if (!frontmatter || frontmatter.index !== 0)
    throw new Error('expected a frontmatter block between --- lines at the top of the file');
  const [, open, inner, close] = frontmatter;
  const keyLine = /^(['"]?polyhelp\.sourcehash['"]?[ \t]*:[ \t]*).*?(\r?)$/m;
  const newline = /\r\n/.test(open) ? '\r\n' : '\n';
  const stamped = keyLine.test(inner)
    ? inner.replace(keyLine, (_, key: string, cr: string) => `${key}${hash}${cr}`)
    : `${inner}${sourceHashKey}: ${hash}${newline}`;
  return open + stamped + close + text.slice(frontmatter[0].length);
}
