import type { UiDictionary } from '../ui.ts';

/** UI strings in Spanish (Spain). */
export default {
  'site.name': 'Polyhelp',
  'site.tagline': 'Centro de ayuda',
  'site.skipToContent': 'Ir al contenido',
  'site.footer': 'Centro de ayuda de Polyhelp',
  'home.title': 'Centro de ayuda',
  'home.intro': 'Encuentre la solución a su problema. Elija el síntoma que coincide con lo que ve.',
  'home.whatsTheProblem': '¿Cuál es el problema?',
  'article.lastUpdated': 'Última actualización: {date}',
  'article.inThisArticle': 'En este artículo',
  'article.anchorLabel': 'Enlace a la sección: {heading}',
  'article.description': '{title}. Soluciones para: {symptoms}',
  'article.breadcrumbHome': 'Centro de ayuda',
  'article.breadcrumbLabel': 'Ruta de navegación',
  'languages.label': 'Idioma',
  'languages.current': '(idioma actual)',
  'notice.machineTranslated': 'Esta página se ha traducido automáticamente y puede contener errores.',
  'notice.readSource': 'Leer el original en {language}',
  'footnotes.label': 'Notas al pie',
  'notFound.title': 'Página no encontrada',
  'notFound.body': 'No encontramos esta página. Puede que se haya movido o que la dirección tenga un error.',
  'notFound.home': 'Ir a la página principal del centro de ayuda',
  'picker.title': 'Elija su idioma',
  'picker.intro': 'Este centro de ayuda está disponible en estos idiomas.',
} satisfies UiDictionary;
