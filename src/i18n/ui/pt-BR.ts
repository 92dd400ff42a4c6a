import type { UiDictionary } from '../ui.ts';

/** UI strings in Portuguese (Brazil). */
export default {
  'site.name': 'Polyhelp',
  'site.tagline': 'Central de ajuda',
  'site.skipToContent': 'Pular para o conteúdo',
  'site.footer': 'Central de ajuda Polyhelp',
  'home.title': 'Central de ajuda',
  'home.intro':
    'Pesquise seu problema com suas próprias palavras ou navegue pelos artigos por tópico ou de A a Z.',
  'home.topics': 'Navegar por tópico',
  'home.letters': 'Navegar de A a Z',
  'browse.topicTitle': 'Tópico: {topic}',
  'browse.letterTitle': 'Artigos que começam com {letter}',
  'browse.otherTitle': 'Artigos que começam com um número ou símbolo',
  'article.lastUpdated': 'Última atualização em {date}',
  'article.inThisArticle': 'Neste artigo',
  'article.anchorLabel': 'Link para a seção: {heading}',
  'article.description': '{title}. Soluções para: {symptoms}',
  'article.breadcrumbHome': 'Central de ajuda',
  'article.breadcrumbLabel': 'Trilha de navegação',
  'languages.label': 'Idioma',
  'languages.current': '(idioma atual)',
  'notice.machineTranslated': 'Esta página foi traduzida automaticamente e pode conter erros.',
  'notice.readSource': 'Ler o original em {language}',
  'notice.outdated':
    'Esta tradução pode estar desatualizada: o original foi alterado depois de traduzido.',
  'notice.unverified':
    'Não é possível confirmar se esta tradução ainda corresponde ao original: ela foi importada sem registro do original a partir do qual foi feita.',
  'notice.notTranslated':
    'Este artigo ainda não está disponível em {language}. Este é o original em {source}.',
  'notice.showOriginal': 'Mostrar o original ({language})',
  'footnotes.label': 'Notas de rodapé',
  'notFound.title': 'Página não encontrada',
  'notFound.body':
    'Não encontramos esta página. Ela pode ter sido movida, ou o endereço pode ter sido digitado incorretamente.',
  'notFound.home': 'Ir para a página inicial da central de ajuda',
  'picker.title': 'Escolha o seu idioma',
  'picker.intro': 'Esta central de ajuda está disponível nos seguintes idiomas.',
  'search.label': 'Pesquisar na central de ajuda',
  'search.placeholder': 'Descreva o seu problema',
  'search.submit': 'Pesquisar',
  'search.title': 'Pesquisa',
  'search.intro':
    'Descreva com suas próprias palavras o que você está vendo, por exemplo, o texto de uma mensagem de erro.',
  'search.noscript':
    'A pesquisa precisa de JavaScript, que está desativado no seu navegador. Você ainda pode navegar por todos os artigos por tópico ou de A a Z na página inicial da central de ajuda.',
  'search.loading': 'Pesquisando…',
  'search.loadError':
    'Não foi possível carregar a pesquisa. Verifique sua conexão e tente novamente.',
  'search.count.one': 'Um resultado para “{query}”',
  'search.count.other': '{count} resultados para “{query}”',
  'search.noResults':
    'Nenhum resultado para “{query}”. Tente outras palavras ou navegue pelos artigos por tópico ou de A a Z na página inicial da central de ajuda.',
  'search.fallbackNotice':
    'Nada encontrado em {language}. Estes são os resultados em {sourceLanguage}:',
  'search.clear': 'Limpar',
  'search.allResults': 'Ver todos os {count} resultados',
  'search.resultsLabel': 'Resultados da pesquisa',
  'search.inputHint': 'Os resultados aparecem enquanto você digita.',
  'search.filterService': 'Serviço',
  'search.filterAudience': 'Público-alvo',
  'callout.note': 'Observação',
  'callout.tip': 'Dica',
  'callout.important': 'Importante',
  'callout.warning': 'Aviso',
  'callout.caution': 'Cuidado',
  'feedback.question': 'Isso resolveu seu problema?',
  'feedback.yes': 'Sim',
  'feedback.no': 'Não',
  'feedback.thanks': 'Obrigado: sua resposta foi enviada.',
} satisfies UiDictionary;
