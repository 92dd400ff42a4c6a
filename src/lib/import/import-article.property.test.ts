import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { noLinks } from '../../../test/import-fixtures.ts';
import { importArticle } from './import-article.ts';
import { verifyMdx } from './verify-mdx.ts';

/** Pieces of real Docs prose, each hostile to MDX in its own way. */
const inline = fc.constantFrom(
  'plain words',
  '<https://contoso.example/a_b>',
  '<ana@contoso.example>',
  '<mailboxname>',
  '<Group Name>',
  'List<T>',
  '<-',
  '< sujet >',
  '<"contoso">',
  '{HealthCheckString}',
  '{ $_.Name }',
  '}',
  '{',
  '<br>',
  '</br>',
  '<BR>',
  '</a>',
  '</span>',
  '<!-- note -->',
  "<img src='data:image/png;base64,AAAA' />",
  '<a href=page.htm>x</a>',
  '<b>bold</b>',
  '<b>',
  '`code {x}`',
  '**bold**',
  '_em_',
  '[link](other.md)',
  '[s](ms-settings:windowsupdate)',
  'non\u00a0breaking',
  '&lt;tag&gt;',
  '\\{',
  'https://contoso.example',
  '<a href="javascript:alert(1)">x</a>',
  '<span onclick="x()">y</span>',
  '*',
  '_',
  '[',
  ']',
  '|',
  '~',
  'import',
  'export',
);
const block = fc.oneof(
  fc.array(inline, { minLength: 1, maxLength: 6 }).map((parts) => parts.join(' ')),
  inline.map((text) => `**${text}**`),
  inline.map((text) => `    ${text}`),
  inline.map((text) => `> [!NOTE]\n> ${text}`),
  inline.map((text) => `- ${text}\n- ${text}`),
  inline.map((text) => `## ${text}`),
  inline.map((text) => `<div>\n${text}\n</div>`),
  fc.constant('> [!VIDEO https://v.example/e/1]'),
  fc.constant(':::image type="content" source="a.png" alt-text="A {b}":::'),
  fc.constant('<script>alert(1)</script>'),
  fc.constant('export the list'),
  fc.constant('| a | b |\n| - | - |\n| {x} | <y> |'),
);

const importBody = (body: string) =>
  importArticle(
    {
      file: 'random.md',
      text: `---\ntitle: Random\nms.date: 03/04/2021\n---\n# Random\n\n${body}\n`,
      locale: 'en-US',
      slug: 'random',
    },
    {
      symptomHeadings: true,
      contentDir: 'content',
      links: {
        ...noLinks,
        resolveArticle: (path) =>
          path === 'other.md' ? { slug: 'other' } : { problem: 'missing' },
      },
      readInclude: () => undefined,
    },
  );

describe('importing random Markdown made of Docs constructs', () => {
  it('either gives MDX that compiles or fails with a located, readable reason; never throws', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(block, { minLength: 1, maxLength: 8 }), async (blocks) => {
        const result = await importBody(blocks.join('\n\n'));
        if (result.output !== undefined) {
          expect(result.problems).toEqual([]);
          expect(
            await verifyMdx(result.output.slice(result.output.indexOf('\n---\n') + 5)),
          ).toBeUndefined();
        } else {
          expect(result.problems.length).toBeGreaterThan(0);
          for (const problem of result.problems)
            expect(problem).toMatchObject({
              file: 'random.md',
              message: expect.stringMatching(/\w/),
            });
        }
      }),
      { numRuns: 300, interruptAfterTimeLimit: 60_000 },
    );
  }, 90_000);

  it('gives the same output when run twice on the same input', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(block, { minLength: 1, maxLength: 5 }), async (blocks) => {
        const body = blocks.join('\n\n');
        expect((await importBody(body)).output).toBe((await importBody(body)).output);
      }),
      { numRuns: 30 },
    );
  }, 60_000);
});
