import type { UiDictionary } from '../ui.ts';

/** UI strings in French (France). */
export default {
  'site.name': 'Polyhelp',
  'site.tagline': 'Centre d’aide',
  'site.skipToContent': 'Aller au contenu',
  'site.footer': 'Centre d’aide Polyhelp',
  'home.title': 'Centre d’aide',
  'home.intro':
    'Décrivez votre problème avec vos propres mots pour trouver la solution, ou parcourez les articles par sujet ou de A à Z.',
  'home.topics': 'Parcourir par sujet',
  'home.letters': 'Parcourir de A à Z',
  'browse.topicTitle': 'Sujet : {topic}',
  'browse.letterTitle': 'Articles commençant par {letter}',
  'browse.otherTitle': 'Articles commençant par un chiffre ou un symbole',
  'article.lastUpdated': 'Dernière mise à jour le {date}',
  'article.inThisArticle': 'Dans cet article',
  'article.anchorLabel': 'Lien vers la section : {heading}',
  'article.description': '{title}. Solutions pour : {symptoms}',
  'article.breadcrumbHome': 'Centre d’aide',
  'article.breadcrumbLabel': 'Fil d’Ariane',
  'languages.label': 'Langue',
  'languages.current': '(langue actuelle)',
  'notice.machineTranslated':
    'Cette page a été traduite automatiquement et peut contenir des erreurs.',
  'notice.readSource': 'Lire l’original en {language}',
  'notice.outdated':
    'Cette traduction n’est peut-être plus à jour : l’original a été modifié depuis sa traduction.',
  'notice.unverified':
    'Nous ne pouvons pas vérifier que cette traduction correspond encore à l’original : elle a été importée sans trace de l’original dont elle est issue.',
  'notice.notTranslated':
    'Cet article n’est pas encore disponible en {language}. Voici l’original en {source}.',
  'notice.showOriginal': 'Afficher l’original ({language})',
  'footnotes.label': 'Notes de bas de page',
  'notFound.title': 'Page introuvable',
  'notFound.body':
    'Cette page est introuvable. Elle a peut-être été déplacée, ou l’adresse contient une faute de frappe.',
  'notFound.home': 'Aller à l’accueil du centre d’aide',
  'picker.title': 'Choisissez votre langue',
  'picker.intro': 'Ce centre d’aide est disponible dans les langues suivantes.',
  'search.label': 'Rechercher dans le centre d’aide',
  'search.placeholder': 'Décrivez votre problème',
  'search.submit': 'Rechercher',
  'search.title': 'Recherche',
  'search.intro':
    'Décrivez ce que vous voyez avec vos propres mots, par exemple le texte d’un message d’erreur.',
  'search.noscript':
    'La recherche nécessite JavaScript, qui est désactivé dans votre navigateur. Vous pouvez toujours parcourir tous les articles par sujet ou de A à Z depuis l’accueil du centre d’aide.',
  'search.loading': 'Recherche en cours…',
  'search.loadError': 'Impossible de charger la recherche. Vérifiez votre connexion et réessayez.',
  'search.count.one': 'Un résultat pour « {query} »',
  'search.count.other': '{count} résultats pour « {query} »',
  'search.noResults':
    'Aucun résultat pour « {query} ». Essayez d’autres mots ou parcourez les articles par sujet ou de A à Z sur l’accueil du centre d’aide.',
  'search.fallbackNotice':
    'Aucun résultat en {language}. Voici les résultats en {sourceLanguage} :',
  'search.clear': 'Effacer',
  'search.allResults': 'Voir les {count} résultats',
  'search.resultsLabel': 'Résultats de la recherche',
  'search.inputHint': 'Les résultats s’affichent pendant la saisie.',
  'search.filterService': 'Service concerné',
  'search.filterAudience': 'Public',
  'callout.note': 'Remarque',
  'callout.tip': 'Conseil',
  'callout.important': 'Important',
  'callout.warning': 'Avertissement',
  'callout.caution': 'Attention',
  'feedback.question': 'Cela a-t-il résolu votre problème ?',
  'feedback.yes': 'Oui',
  'feedback.no': 'Non',
  'feedback.thanks': 'Merci : votre réponse a été envoyée.',
} satisfies UiDictionary;
