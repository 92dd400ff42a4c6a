import type { Element, Root } from 'hast';
import { visit } from './visit-tree.ts';

/** What remark-collect-images (Astro's) leaves on the file: the images an article shows, by where they are. */
interface CollectedImages {
  data: { astro?: { localImagePaths?: string[]; remoteImagePaths?: string[] } };
}

/**
 * Rehype plugin: each image Astro collected (remark-collect-images) becomes the placeholder Astro's content layer
 * resolves when a page renders the entry (`__ASTRO_IMAGE_`, holding the image's attributes as JSON): the image
 * is then optimised and sized as in a compiled article. It is what Astro does for Markdown it renders itself
 * (its rehype-images), which its package does not export. `<img src="./media/a.png" alt="A">` →
 * `<img __ASTRO_IMAGE_='{"src":"./media/a.png","alt":"A","index":0}'>`.
 */
export function rehypeImagePlaceholders() {
  return (tree: Root, file: CollectedImages) => {
    const local = file.data.astro?.localImagePaths ?? [];
    const remote = file.data.astro?.remoteImagePaths ?? [];
    if (local.length === 0 && remote.length === 0) return;
    const occurrences = new Map<string, number>();
    visit(tree, 'element', (node: Element) => {
      if (node.tagName !== 'img' || typeof node.properties.src !== 'string') return;
      const written = node.properties.src;
      const src = decodeURI(written);
      const sized = 'width' in node.properties && 'height' in node.properties;
      if (!local.includes(src) && !remote.includes(src)) return;
      const { className, htmlFor, ...image } = node.properties;
      const index = occurrences.get(written) ?? 0;
      occurrences.set(written, index + 1);
      const inferSize =
        remote.includes(src) && !local.includes(src) && !sized ? { inferSize: true } : {};
      node.properties = {
        ...(className === undefined ? {} : { className }),
        ...(htmlFor === undefined ? {} : { htmlFor }),
        __ASTRO_IMAGE_: JSON.stringify({ ...inferSize, ...image, src, index }),
      };
    });
  };
}
