/**
 * Records a source hash in a translation: rewrites only the `ms.openlocfilehash` line of the
 * frontmatter and keeps every other byte (line endings included). Adds the line before the
 * closing `---` when the file has none.
 * `stampHash('---\nms.openlocfilehash: old\n---\nBody\n', 'abc')` → `'---\nms.openlocfilehash: abc\n---\nBody\n'`.
 */
export function stampHash(text: string, hash: string): string {
  const frontmatter = /^(\uFEFF?---\r?\n)([\s\S]*?)(^---[ \t]*(?:\r?\n|$))/m.exec(text);
  if (!frontmatter || frontmatter.index !== 0) throw new Error('expected a frontmatter block between --- lines at the top of the file');
  const [, open, inner, close] = frontmatter;
  const keyLine = /^(['"]?ms\.openlocfilehash['"]?[ \t]*:[ \t]*).*?(\r?)$/m;
  const newline = /\r\n/.test(open) ? '\r\n' : '\n';
  const stamped = keyLine.test(inner)
    ? inner.replace(keyLine, (_, key: string, cr: string) => `${key}${hash}${cr}`)
    : `${inner}ms.openlocfilehash: ${hash}${newline}`;
  return open + stamped + close + text.slice(frontmatter[0].length);
}
