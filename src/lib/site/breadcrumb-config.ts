import { isMap, isScalar, stringify, type Node } from 'yaml';
import { readCheckedYaml } from '../content/checked-yaml.ts';
import { quoteFound, type ContentProblem } from '../content/content-problem.ts';

/** The name of a locale's breadcrumb file in the content folder: `content/fr-FR/breadcrumb.yml`. */
export const breadcrumbFileName = 'breadcrumb.yml';

/**
 * What a locale's articles show between the home and their title: the product crumb (the corpus's breadcrumb
 * configuration names it) and, per slug folder, the label of its topic.
 */
export interface BreadcrumbConfig {
  /** The product's name in the locale: `Informations sur Alchemy`; absent, the breadcrumb has no product crumb. */
  product?: string;
  /** Topic labels by slug folder: `{ 'commercial-dialogues': 'Dialogues commerciaux' }`; a folder not listed is humanised. */
  folders: Record<string, string>;
}

const fix = `write ${breadcrumbFileName} as "product: <name>" and an optional "folders:" map of folder → label, each a non-empty string`;

/**
 * A breadcrumb file's configuration, or what is wrong with it (file, line, field, expected vs found, fix):
 * `parseBreadcrumbConfig('product: Alchemy\nfolders:\n  billing: Facturation\n', 'content/fr-FR/breadcrumb.yml')`
 * → `{ config: { product: 'Alchemy', folders: { billing: 'Facturation' } } }`.
 */
export function parseBreadcrumbConfig(
  text: string,
  file: string,
): { config: BreadcrumbConfig } | { problems: ContentProblem[] } {
  const { document, problems, report } = readCheckedYaml(text, file, {
    fix,
    rule: 'breadcrumb-config',
  });
  if (problems.length > 0) return { problems };
  const config: BreadcrumbConfig = { folders: {} };
  const root = document.contents;
  if (root === null) return { config };
  if (!isMap(root)) {
    report(undefined, 'expected a map of product and folders', root, quoteFound(document.toJS()));
    return { problems };
  }
  for (const { key, value } of root.items) {
    const name = isScalar(key) ? String(key.value) : String(key);
    const valueNode = value as Node | null;
    if (name === 'product') {
      const product = isScalar(valueNode) ? valueNode.value : valueNode?.toJSON();
      if (typeof product === 'string' && product.trim()) config.product = product.trim();
      else
        report(
          'product',
          'expected the product name as a non-empty string',
          valueNode ?? (key as Node),
          quoteFound(product),
        );
    } else if (name === 'folders') {
      if (!isMap(valueNode)) {
        report(
          'folders',
          'expected a map of slug folder → topic label',
          valueNode ?? (key as Node),
          quoteFound(valueNode?.toJSON()),
        );
        continue;
      }
      for (const item of valueNode.items) {
        const folder = isScalar(item.key) ? String(item.key.value) : String(item.key);
        const label = isScalar(item.value)
          ? item.value.value
          : (item.value as Node | null)?.toJSON();
        if (typeof label === 'string' && label.trim()) config.folders[folder] = label.trim();
        else
          report(
            `folders.${folder}`,
            'expected the topic label as a non-empty string',
            (item.value as Node | null) ?? (item.key as Node),
            quoteFound(label),
          );
      }
    } else {
      report(name, 'unknown key: expected product or folders', key as Node, JSON.stringify(name));
    }
  }
  return problems.length > 0 ? { problems } : { config };
}

/**
 * A breadcrumb file's text, as the importer writes it, with a comment saying where it came from:
 * `breadcrumbConfigToText({ product: 'Alchemy', folders: {} }, 'AlchemyInsights/breadcrumb/toc.yml')`
 * → `'# From AlchemyInsights/breadcrumb/toc.yml …\nproduct: Alchemy\n'`.
 */
export function breadcrumbConfigToText(config: BreadcrumbConfig, from: string): string {
  const data: Record<string, unknown> = {};
  if (config.product) data.product = config.product;
  if (Object.keys(config.folders).length > 0) data.folders = config.folders;
  return `# Imported from ${from}. "folders:" may map a slug folder to its topic label.\n${stringify(data)}`;
}

/**
 * A topic's label: the configured one, else the folder name humanised.
 * `folderToLabel('commercial-dialogues', { folders: {} })` → `'Commercial dialogues'`;
 * `folderToLabel('billing', { folders: { billing: 'Facturation' } })` → `'Facturation'`.
 */
export function folderToLabel(folder: string, config: BreadcrumbConfig | undefined): string {
  const configured = config?.folders[folder];
  if (configured) return configured;
  const words = folder.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
