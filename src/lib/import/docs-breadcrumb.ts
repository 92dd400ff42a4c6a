import { isMap, isScalar, isSeq, type Node } from 'yaml';
import { readCheckedYaml } from '../content/checked-yaml.ts';
import { quoteFound, type ContentProblem } from '../content/content-problem.ts';

/** Where Docs keeps a repository's breadcrumb configuration, relative to the folder imported (any letter case). */
export const docsBreadcrumbPath = /(?:^|[\\/])breadcrumb[\\/]toc\.yml$/i;

const fix =
  'write breadcrumb/toc.yml as a list of crumbs, each with "name" (the text shown), "tocHref" and "topicHref" (paths starting with /)';

/**
 * The product crumb of a Docs breadcrumb configuration (`breadcrumb/toc.yml`): the name of its first crumb, the one
 * Docs shows at the top of every article of the repository; later crumbs with the same `tocHref` are never reached.
 * `docsBreadcrumbToProduct('- name: Informations sur Alchemy\n  tocHref: /\n  topicHref: /AlchemyInsights/index\n', 'toc.yml')`
 * → `{ product: 'Informations sur Alchemy' }`; a malformed file gives problems with its file, line and field.
 */
export function docsBreadcrumbToProduct(
  text: string,
  file: string,
): { product: string } | { problems: ContentProblem[] } {
  const { document, problems, report } = readCheckedYaml(text, file, {
    fix,
    rule: 'docs-breadcrumb',
  });
  if (problems.length > 0) return { problems };
  const root = document.contents;
  if (!isSeq(root) || root.items.length === 0) {
    report(undefined, 'expected a list of crumbs', root, quoteFound(document.toJS() ?? undefined));
    return { problems };
  }
  root.items.forEach((item, index) => {
    const crumb = item as Node;
    if (!isMap(crumb)) {
      report(
        `[${index}]`,
        'expected a crumb with name, tocHref and topicHref',
        crumb,
        quoteFound((crumb as Node | null)?.toJSON?.()),
      );
      return;
    }
    for (const field of ['name', 'tocHref', 'topicHref'] as const) {
      const node = crumb.get(field, true) as Node | undefined;
      const value = isScalar(node) ? node.value : node?.toJSON();
      const ok =
        typeof value === 'string' &&
        value.trim() !== '' &&
        (field === 'name' || value.startsWith('/'));
      if (!ok)
        report(
          `[${index}].${field}`,
          field === 'name'
            ? 'expected the crumb text as a non-empty string'
            : 'expected a site path starting with /',
          node ?? crumb,
          quoteFound(value),
        );
    }
  });
  if (problems.length > 0) return { problems };
  const first = root.items[0] as Node & { get(key: string): unknown };
  return { product: String(first.get('name')).trim() };
}
