import type { UiDictionary } from '../ui.ts';

/** UI strings in German (Germany). */
export default {
  'site.name': 'Polyhelp',
  'site.tagline': 'Hilfecenter',
  'site.skipToContent': 'Zum Inhalt springen',
  'site.footer': 'Polyhelp-Hilfecenter',
  'home.title': 'Hilfecenter',
  'home.intro': 'Finden Sie die Lösung für Ihr Problem. Wählen Sie das Symptom, das Sie beobachten.',
  'home.whatsTheProblem': 'Was ist das Problem?',
  'article.lastUpdated': 'Zuletzt aktualisiert am {date}',
  'article.inThisArticle': 'In diesem Artikel',
  'article.anchorLabel': 'Link zum Abschnitt: {heading}',
  'article.description': '{title}. Lösungen für: {symptoms}',
  'article.breadcrumbHome': 'Hilfecenter',
  'article.breadcrumbLabel': 'Brotkrümelnavigation',
  'languages.label': 'Sprache',
  'languages.current': '(aktuelle Sprache)',
  'notice.machineTranslated': 'Diese Seite wurde maschinell übersetzt und kann Fehler enthalten.',
  'notice.readSource': 'Original auf {language} lesen',
  'footnotes.label': 'Fußnoten',
  'notFound.title': 'Seite nicht gefunden',
  'notFound.body': 'Diese Seite wurde nicht gefunden. Sie wurde möglicherweise verschoben, oder die Adresse enthält einen Tippfehler.',
  'notFound.home': 'Zur Startseite des Hilfecenters',
  'picker.title': 'Sprache wählen',
  'picker.intro': 'Dieses Hilfecenter ist in diesen Sprachen verfügbar.',
} satisfies UiDictionary;
