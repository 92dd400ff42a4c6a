import type { UiDictionary } from '../ui.ts';

/** UI strings in French (France). */
export default {
  'site.name': 'Polyhelp',
  'site.tagline': 'Centre d’aide',
  'site.skipToContent': 'Aller au contenu',
  'site.footer': 'Centre d’aide Polyhelp',
  'home.title': 'Centre d’aide',
  'home.intro': 'Trouvez la solution à votre problème. Choisissez le symptôme qui correspond à ce que vous voyez.',
  'home.whatsTheProblem': 'Quel est le problème ?',
  'article.lastUpdated': 'Dernière mise à jour le {date}',
  'article.inThisArticle': 'Dans cet article',
  'article.anchorLabel': 'Lien vers la section : {heading}',
  'article.description': '{title}. Solutions pour : {symptoms}',
  'article.breadcrumbHome': 'Centre d’aide',
  'article.breadcrumbLabel': 'Fil d’Ariane',
  'languages.label': 'Langue',
  'languages.current': '(langue actuelle)',
  'notice.machineTranslated': 'Cette page a été traduite automatiquement et peut contenir des erreurs.',
  'notice.readSource': 'Lire l’original en {language}',
  'footnotes.label': 'Notes de bas de page',
  'notFound.title': 'Page introuvable',
  'notFound.body': 'Cette page est introuvable. Elle a peut-être été déplacée, ou l’adresse contient une faute de frappe.',
  'notFound.home': 'Aller à l’accueil du centre d’aide',
  'picker.title': 'Choisissez votre langue',
  'picker.intro': 'Ce centre d’aide est disponible dans les langues suivantes.',
} satisfies UiDictionary;
