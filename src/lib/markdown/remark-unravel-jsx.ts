import type { Paragraph, Root, RootContent } from 'mdast';
import { visit } from './visit-tree.ts';

/**
 * Remark plugin: a paragraph that holds nothing but elements and `{…}` (and spaces) is replaced by them, as block
 * content, as the MDX compiler does (its remark-mark-and-unravel), so a body rendered outside it gets the same HTML:
 * `<br />` alone on a line is `<br>`, not `<p><br></p>`.
 */
export function remarkUnravelJsx() {
  return (tree: Root) => {
    visit(tree, 'paragraph', (node: Paragraph, index, parent) => {
      if (!parent || index === undefined || !onlyElementsAndExpressions(node)) return;
      const blocks = node.children.flatMap((child): RootContent[] => {
        if (child.type === 'mdxJsxTextElement')
          return [{ ...child, type: 'mdxJsxFlowElement' } as RootContent];
        if (child.type === 'mdxTextExpression') return [{ ...child, type: 'mdxFlowExpression' }];
        return child.type === 'text' && /^[\t\r\n ]+$/.test(child.value) ? [] : [child];
      });
      parent.children.splice(index, 1, ...(blocks as typeof parent.children));
      return index;
    });
  };
}

/** Whether a paragraph holds at least one element or expression and, beside them, only white space. */
function onlyElementsAndExpressions(paragraph: Paragraph): boolean {
  let some = false;
  for (const child of paragraph.children) {
    if (child.type === 'mdxJsxTextElement' || child.type === 'mdxTextExpression') some = true;
    else if (child.type !== 'text' || child.value.replace(/[\t\n\f\r ]+/g, '') !== '') return false;
  }
  return some;
}
