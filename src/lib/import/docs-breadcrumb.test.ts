import { describe, expect, it } from 'vitest';
import { formatProblem } from '../content/content-problem.ts';
import { docsBreadcrumbPath, docsBreadcrumbToProduct } from './docs-breadcrumb.ts';

const file = 'fr-FR/AlchemyInsights/breadcrumb/toc.yml';
const problemsOf = (text: string) => {
  const parsed = docsBreadcrumbToProduct(text, file);
  return 'problems' in parsed ? parsed.problems.map(formatProblem) : [];
};

describe('docsBreadcrumbToProduct', () => {
  it("takes the first crumb's name, the one Docs shows", () => {
    expect(
      docsBreadcrumbToProduct(
        '- name: Informations sur Alchemy\n  tocHref: /\n  topicHref: /AlchemyInsights/index\n- name: Alchemy Insights\n  tocHref: /\n  topicHref: /AlchemyInsights/index\n',
        file,
      ),
    ).toEqual({ product: 'Informations sur Alchemy' });
  });

  it('names the file, line, crumb and field that is wrong, what was found and how to fix it', () => {
    expect(problemsOf('- name: A\n  tocHref: /\n  topicHref: AlchemyInsights/index\n')).toEqual([
      `${file}:3: [0].topicHref: expected a site path starting with /, found "AlchemyInsights/index"\n    fix: write breadcrumb/toc.yml as a list of crumbs, each with "name" (the text shown), "tocHref" and "topicHref" (paths starting with /)`,
    ]);
    expect(
      problemsOf('- name: A\n  tocHref: /\n  topicHref: /x\n- tocHref: /\n  topicHref: /x\n'),
    ).toEqual([
      expect.stringMatching(
        /:4: \[1\]\.name: expected the crumb text as a non-empty string, found nothing/,
      ),
    ]);
  });

  it('refuses a file that is not a list of crumbs, or not YAML', () => {
    expect(problemsOf('name: A\n')).toEqual([
      expect.stringMatching(/:1: expected a list of crumbs, found \{"name":"A"\}/),
    ]);
    expect(problemsOf('')).toEqual([
      expect.stringMatching(/: expected a list of crumbs, found nothing/),
    ]);
    expect(problemsOf('- name: [\n')).toEqual([expect.stringMatching(/YAML does not parse/)]);
  });
});

describe('docsBreadcrumbPath', () => {
  it('finds breadcrumb/toc.yml in any letter case, not the table of contents', () => {
    expect(docsBreadcrumbPath.test('AlchemyInsights/breadcrumb/toc.yml')).toBe(true);
    expect(docsBreadcrumbPath.test('Breadcrumb/TOC.yml')).toBe(true);
    expect(docsBreadcrumbPath.test('AlchemyInsights/TOC.yml')).toBe(false);
  });
});
