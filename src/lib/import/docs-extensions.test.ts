import { describe, expect, it } from 'vitest';
import { noLinks } from '../../../test/import-fixtures.ts';
import { expandDocsExtensions } from './docs-extensions.ts';
import { importArticle } from './import-article.ts';

const readInclude = (path: string) =>
  path === 'includes/steps.md'
    ? '---\nms.topic: include\n---\nStep one.\n\nStep two.\n'
    : undefined;

describe('expandDocsExtensions', () => {
  it('maps every expanded line back to the input line it came from', () => {
    const result = expandDocsExtensions('Before\n[!INCLUDE[steps](includes/steps.md)]\nAfter', {
      readInclude,
    });
    expect(result.body).toBe('Before\nStep one.\n\nStep two.\nAfter');
    expect(result.lineMap).toEqual([1, 2, 2, 2, 3]);
  });

  it('keeps line numbers after a multi-line image by padding it', () => {
    const result = expandDocsExtensions(
      ':::image type="content"\n  source="a.png" alt-text="A":::\nNext',
      { readInclude },
    );
    expect(result.body).toBe('![A](a.png)\n\nNext');
    expect(result.lineMap[2]).toBe(3);
  });

  it('reports an include it cannot read, at its line, and keeps it as written', () => {
    const result = expandDocsExtensions('a\n[!INCLUDE[x](missing.md)]', { readInclude });
    expect(result.body).toBe('a\n[!INCLUDE[x](missing.md)]');
    expect(result.warnings).toMatchObject([
      { line: 2, message: 'cannot read the included file missing.md: kept as written' },
    ]);
  });

  it('leaves extensions inside code blocks alone', () => {
    expect(
      expandDocsExtensions('```\n> [!VIDEO https://v.example/1]\n```', { readInclude }).body,
    ).toBe('```\n> [!VIDEO https://v.example/1]\n```');
  });
});

describe('lines in reports after an include', () => {
  it('point at the input line, not the expanded one', async () => {
    const text =
      '---\ntitle: A\nms.date: 03/04/2021\n---\n# A\n\n[!INCLUDE[steps](includes/steps.md)]\n\n<script>x()</script>\n';
    const result = await importArticle(
      { file: 'a.md', text, locale: 'en-US', slug: 'a' },
      { symptomHeadings: true, contentDir: 'content', links: noLinks, readInclude },
    );
    expect(result.warnings).toMatchObject([{ line: 9, field: '<script>' }]);
  });
});
