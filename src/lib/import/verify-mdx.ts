import { compile } from '@mdx-js/mdx';
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import { gfmOptions } from '../markdown/mdx-parser.ts';

/**
 * Compiles an MDX body as the site will, and returns why it fails with its 1-based body line, or undefined.
 * `inspect` sees the parsed tree before anything changes it, so callers need not parse the body again.
 */
export async function verifyMdx(
  body: string,
  inspect?: (tree: Root) => void,
): Promise<{ line?: number; message: string } | undefined> {
  const capture = () => (tree: Root) => inspect?.(tree);
  try {
    await compile(body, { remarkPlugins: [capture, [remarkGfm, gfmOptions]] });
    return undefined;
  } catch (error) {
    const { line, reason, message } = error as { line?: number; reason?: string; message: string };
    return { line: line ?? undefined, message: reason ?? message };
  }
}
