import type { UiDictionary } from '../ui.ts';

/** UI strings in German (Germany). */
export default {
  'site.name': 'Polyhelp',
  'site.tagline': 'Hilfecenter',
  'site.skipToContent': 'Zum Inhalt springen',
  'site.footer': 'Polyhelp-Hilfecenter',
  'home.title': 'Hilfecenter',
  'home.intro':
    'Suchen Sie mit eigenen Worten nach Ihrem Problem oder blättern Sie die Artikel nach Thema oder von A bis Z durch.',
  'home.topics': 'Nach Thema durchsuchen',
  'home.letters': 'Von A bis Z durchsuchen',
  'browse.topicTitle': 'Thema: {topic}',
  'browse.letterTitle': 'Artikel, die mit {letter} beginnen',
  'browse.otherTitle': 'Artikel, die mit einer Ziffer oder einem Symbol beginnen',
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
  'notice.outdated':
    'Diese Übersetzung ist möglicherweise nicht mehr aktuell: Das Original wurde seit der Übersetzung geändert.',
  'notice.unverified':
    'Wir können nicht prüfen, ob diese Übersetzung noch dem Original entspricht: Sie wurde ohne Angabe des Originals importiert, aus dem sie stammt.',
  'notice.notTranslated':
    'Dieser Artikel ist noch nicht auf {language} verfügbar. Hier ist das Original auf {source}.',
  'notice.showOriginal': 'Original anzeigen ({language})',
  'footnotes.label': 'Fußnoten',
  'notFound.title': 'Seite nicht gefunden',
  'notFound.body':
    'Diese Seite wurde nicht gefunden. Sie wurde möglicherweise verschoben, oder die Adresse enthält einen Tippfehler.',
  'notFound.home': 'Zur Startseite des Hilfecenters',
  'picker.title': 'Sprache wählen',
  'picker.intro': 'Dieses Hilfecenter ist in diesen Sprachen verfügbar.',
  'search.label': 'Hilfecenter durchsuchen',
  'search.placeholder': 'Beschreiben Sie Ihr Problem',
  'search.submit': 'Suchen',
  'search.title': 'Suche',
  'search.intro':
    'Beschreiben Sie in eigenen Worten, was Sie sehen, zum Beispiel den Text einer Fehlermeldung.',
  'search.noscript':
    'Die Suche benötigt JavaScript, das in Ihrem Browser deaktiviert ist. Auf der Startseite des Hilfecenters können Sie alle Artikel weiterhin nach Thema oder von A bis Z durchblättern.',
  'search.loading': 'Suche läuft …',
  'search.loadError':
    'Die Suche konnte nicht geladen werden. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
  'search.count.one': 'Ein Ergebnis für „{query}“',
  'search.count.other': '{count} Ergebnisse für „{query}“',
  'search.noResults':
    'Keine Ergebnisse für „{query}“. Versuchen Sie andere Wörter oder blättern Sie auf der Startseite des Hilfecenters die Artikel nach Thema oder von A bis Z durch.',
  'search.fallbackNotice':
    'Auf {language} wurde nichts gefunden. Hier sind die Ergebnisse auf {sourceLanguage}:',
  'search.clear': 'Löschen',
  'search.allResults': 'Alle {count} Ergebnisse anzeigen',
  'search.resultsLabel': 'Suchergebnisse',
  'search.inputHint': 'Die Ergebnisse erscheinen während der Eingabe.',
  'search.filterService': 'Dienst',
  'search.filterAudience': 'Zielgruppe',
  'callout.note': 'Hinweis',
  'callout.tip': 'Tipp',
  'callout.important': 'Wichtig',
  'callout.warning': 'Warnung',
  'callout.caution': 'Vorsicht',
  'feedback.question': 'Hat das Ihr Problem gelöst?',
  'feedback.yes': 'Ja',
  'feedback.no': 'Nein',
  'feedback.thanks': 'Danke, Ihre Antwort wurde gesendet.',
} satisfies UiDictionary;
