import { compile } from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';

/** Why an MDX body does not compile, with its 1-based body line, or undefined when it compiles. */
export async function verifyMdx(body: string): Promise<{ line?: number; message: string } | undefined> {
  try {
    await compile(body, { remarkPlugins: [[remarkGfm, { singleTilde: false }]] });
    return undefined;
  } catch (error) {
    const { line, reason, message } = error as { line?: number; reason?: string; message: string };
    return { line: line ?? undefined, message: reason ?? message };
  }
}
