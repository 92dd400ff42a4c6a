import type { UiDictionary } from '../ui.ts';

/** UI strings in Spanish (Spain). */
export default {
  'site.name': 'Polyhelp',
  'site.tagline': 'Centro de ayuda',
  'site.skipToContent': 'Ir al contenido',
  'site.footer': 'Centro de ayuda de Polyhelp',
  'home.title': 'Centro de ayuda',
  'home.intro':
    'Busque su problema con sus propias palabras o explore los artículos por tema o de la A a la Z.',
  'home.topics': 'Explorar por tema',
  'home.letters': 'Explorar de la A a la Z',
  'browse.topicTitle': 'Tema: {topic}',
  'browse.letterTitle': 'Artículos que empiezan por {letter}',
  'browse.otherTitle': 'Artículos que empiezan por un número o un símbolo',
  'article.lastUpdated': 'Última actualización: {date}',
  'article.inThisArticle': 'En este artículo',
  'article.anchorLabel': 'Enlace a la sección: {heading}',
  'article.description': '{title}. Soluciones para: {symptoms}',
  'article.breadcrumbHome': 'Centro de ayuda',
  'article.breadcrumbLabel': 'Ruta de navegación',
  'languages.label': 'Idioma',
  'languages.current': '(idioma actual)',
  'notice.machineTranslated':
    'Esta página se ha traducido automáticamente y puede contener errores.',
  'notice.readSource': 'Leer el original en {language}',
  'notice.outdated':
    'Es posible que esta traducción no esté actualizada: el original ha cambiado desde que se tradujo.',
  'notice.unverified':
    'No podemos comprobar si esta traducción sigue correspondiendo al original: se importó sin constancia del original del que procede.',
  'notice.notTranslated':
    'Este artículo aún no está disponible en {language}. Este es el original en {source}.',
  'notice.showOriginal': 'Mostrar el original ({language})',
  'footnotes.label': 'Notas al pie',
  'notFound.title': 'Página no encontrada',
  'notFound.body':
    'No encontramos esta página. Puede que se haya movido o que la dirección tenga un error.',
  'notFound.home': 'Ir a la página principal del centro de ayuda',
  'picker.title': 'Elija su idioma',
  'picker.intro': 'Este centro de ayuda está disponible en estos idiomas.',
  'search.label': 'Buscar en el centro de ayuda',
  'search.placeholder': 'Describa su problema',
  'search.submit': 'Buscar',
  'search.title': 'Búsqueda',
  'search.intro':
    'Describa con sus propias palabras lo que ve, por ejemplo el texto de un mensaje de error.',
  'search.noscript':
    'La búsqueda necesita JavaScript, que está desactivado en su navegador. Aun así, puede explorar todos los artículos por tema o de la A a la Z desde la página principal del centro de ayuda.',
  'search.loading': 'Buscando…',
  'search.loadError': 'No se pudo cargar la búsqueda. Compruebe su conexión e inténtelo de nuevo.',
  'search.count.one': 'Un resultado para «{query}»',
  'search.count.other': '{count} resultados para «{query}»',
  'search.noResults':
    'No hay resultados para «{query}». Pruebe con otras palabras o explore los artículos por tema o de la A a la Z en la página principal del centro de ayuda.',
  'search.fallbackNotice':
    'No se encontró nada en {language}. Estos son los resultados en {sourceLanguage}:',
  'search.clear': 'Borrar',
  'search.allResults': 'Ver los {count} resultados',
  'search.resultsLabel': 'Resultados de la búsqueda',
  'search.inputHint': 'Los resultados aparecen mientras escribe.',
  'search.filterService': 'Servicio',
  'search.filterAudience': 'Público',
  'callout.note': 'Nota',
  'callout.tip': 'Sugerencia',
  'callout.important': 'Importante',
  'callout.warning': 'Advertencia',
  'callout.caution': 'Precaución',
  'feedback.question': '¿Se ha resuelto su problema?',
  'feedback.yes': 'Sí',
  'feedback.no': 'No',
  'feedback.thanks': 'Gracias: su respuesta se ha enviado.',
} satisfies UiDictionary;
