import { describe, expect, it } from 'vitest';
import { formatProblem } from '../content/content-problem.ts';
import {
  breadcrumbConfigToText,
  folderToLabel,
  parseBreadcrumbConfig,
} from './breadcrumb-config.ts';

const file = 'content/fr-FR/breadcrumb.yml';
const problemsOf = (text: string) => {
  const parsed = parseBreadcrumbConfig(text, file);
  return 'problems' in parsed ? parsed.problems.map(formatProblem) : [];
};

describe('parseBreadcrumbConfig', () => {
  it('reads the product crumb and the folder labels', () => {
    expect(
      parseBreadcrumbConfig(
        'product: Informations sur Alchemy\nfolders:\n  commercial-dialogues: Dialogues commerciaux\n',
        file,
      ),
    ).toEqual({
      config: {
        product: 'Informations sur Alchemy',
        folders: { 'commercial-dialogues': 'Dialogues commerciaux' },
      },
    });
  });

  it('reads what the importer writes back as it was', () => {
    const config = { product: 'Alchemy 分析情報', folders: { billing: 'Facturation: «A»' } };
    expect(
      parseBreadcrumbConfig(
        breadcrumbConfigToText(config, 'AlchemyInsights/breadcrumb/toc.yml'),
        file,
      ),
    ).toEqual({
      config,
    });
  });

  it('takes an empty file as no product crumb and no labels', () => {
    expect(parseBreadcrumbConfig('# nothing yet\n', file)).toEqual({ config: { folders: {} } });
  });

  it('names the file, line and field of a product that is not a string, with a fix', () => {
    expect(problemsOf('# x\nproduct:\n  - a\n')).toEqual([
      `${file}:3: product: expected the product name as a non-empty string, found ["a"]\n    fix: write breadcrumb.yml as "product: <name>" and an optional "folders:" map of folder → label, each a non-empty string`,
    ]);
  });

  it('names an unknown key, an empty label and folders that are not a map', () => {
    expect(problemsOf('produkt: A\n')).toEqual([
      expect.stringMatching(
        /^content\/fr-FR\/breadcrumb\.yml:1: produkt: unknown key: expected product or folders, found "produkt"/,
      ),
    ]);
    expect(problemsOf('product: A\nfolders:\n  billing: ""\n')).toEqual([
      expect.stringMatching(
        /:3: folders\.billing: expected the topic label as a non-empty string, found ""/,
      ),
    ]);
    expect(problemsOf('folders: billing\n')).toEqual([
      expect.stringMatching(
        /:1: folders: expected a map of slug folder → topic label, found "billing"/,
      ),
    ]);
  });

  it('reports YAML that does not parse on its line', () => {
    expect(problemsOf('product: A\nfolders: [\n')).toEqual([
      expect.stringMatching(/^content\/fr-FR\/breadcrumb\.yml:\d: YAML does not parse/),
    ]);
  });
});

describe('folderToLabel', () => {
  it('uses the configured label, else humanises the folder name', () => {
    expect(folderToLabel('billing', { folders: { billing: 'Facturation' } })).toBe('Facturation');
    expect(folderToLabel('commercial-dialogues', { folders: {} })).toBe('Commercial dialogues');
    expect(folderToLabel('ab_cd', undefined)).toBe('Ab cd');
  });
});
