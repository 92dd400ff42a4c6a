import type { UiDictionary } from '../ui.ts';

/** UI strings in Portuguese (Portugal). */
export default {
  'site.name': 'Polyhelp',
  'site.tagline': 'Centro de ajuda',
  'site.skipToContent': 'Saltar para o conteúdo',
  'site.footer': 'Centro de ajuda Polyhelp',
  'home.title': 'Centro de ajuda',
  'home.intro':
    'Pesquise o seu problema por palavras suas ou navegue pelos artigos por tópico ou de A a Z.',
  'home.topics': 'Navegar por tópico',
  'home.letters': 'Navegar de A a Z',
  'browse.topicTitle': 'Tópico: {topic}',
  'browse.letterTitle': 'Artigos começados por {letter}',
  'browse.otherTitle': 'Artigos começados por um algarismo ou símbolo',
  'article.lastUpdated': 'Última atualização a {date}',
  'article.inThisArticle': 'Neste artigo',
  'article.anchorLabel': 'Ligação para a secção: {heading}',
  'article.description': '{title}. Soluções para: {symptoms}',
  'article.breadcrumbHome': 'Centro de ajuda',
  'article.breadcrumbLabel': 'Trajeto de navegação',
  'languages.label': 'Idioma',
  'languages.current': '(idioma atual)',
  'notice.machineTranslated': 'Esta página foi traduzida automaticamente e pode conter erros.',
  'notice.readSource': 'Ler o original em {language}',
  'notice.outdated':
    'Esta tradução pode estar desatualizada: o original foi alterado depois de traduzido.',
  'notice.unverified':
    'Não é possível confirmar se esta tradução ainda corresponde ao original: foi importada sem registo do original a partir do qual foi feita.',
  'notice.notTranslated':
    'Este artigo ainda não está disponível em {language}. Eis o original em {source}.',
  'notice.showOriginal': 'Mostrar o original ({language})',
  'footnotes.label': 'Notas de rodapé',
  'notFound.title': 'Página não encontrada',
  'notFound.body':
    'Não foi possível encontrar esta página. Pode ter sido movida, ou o endereço pode ter sido escrito incorretamente.',
  'notFound.home': 'Ir para a página inicial do centro de ajuda',
  'picker.title': 'Escolha o seu idioma',
  'picker.intro': 'Este centro de ajuda está disponível nos seguintes idiomas.',
  'search.label': 'Pesquisar no centro de ajuda',
  'search.placeholder': 'Descreva o seu problema',
  'search.submit': 'Pesquisar',
  'search.title': 'Pesquisa',
  'search.intro':
    'Descreva por palavras suas o que está a ver, por exemplo, o texto de uma mensagem de erro.',
  'search.noscript':
    'A pesquisa precisa de JavaScript, que está desativado no seu browser. Pode continuar a navegar por todos os artigos por tópico ou de A a Z a partir da página inicial do centro de ajuda.',
  'search.loading': 'A pesquisar…',
  'search.loadError':
    'Não foi possível carregar a pesquisa. Verifique a ligação e tente novamente.',
  'search.count.one': 'Um resultado para «{query}»',
  'search.count.other': '{count} resultados para «{query}»',
  'search.noResults':
    'Nenhum resultado para «{query}». Experimente outras palavras ou navegue pelos artigos por tópico ou de A a Z na página inicial do centro de ajuda.',
  'search.fallbackNotice': 'Nada encontrado em {language}. Eis os resultados em {sourceLanguage}:',
  'search.clear': 'Limpar',
  'search.allResults': 'Ver todos os {count} resultados',
  'search.resultsLabel': 'Resultados da pesquisa',
  'search.inputHint': 'Os resultados aparecem à medida que escreve.',
  'search.filterService': 'Serviço',
  'search.filterAudience': 'Público-alvo',
  'callout.note': 'Nota',
  'callout.tip': 'Sugestão',
  'callout.important': 'Importante',
  'callout.warning': 'Aviso',
  'callout.caution': 'Atenção',
  'feedback.question': 'Isto resolveu o seu problema?',
  'feedback.yes': 'Sim',
  'feedback.no': 'Não',
  'feedback.thanks': 'Obrigado: a sua resposta foi enviada.',
} satisfies UiDictionary;
