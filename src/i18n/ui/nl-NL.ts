import type { UiDictionary } from '../ui.ts';

/** UI strings in Dutch (Netherlands). */
export default {
  'site.name': 'Polyhelp',
  'site.tagline': 'Helpcentrum',
  'site.skipToContent': 'Naar de inhoud',
  'site.footer': 'Polyhelp-helpcentrum',
  'home.title': 'Helpcentrum',
  'home.intro':
    'Zoek met uw eigen woorden naar uw probleem, of blader door de artikelen op onderwerp of van A tot Z.',
  'home.topics': 'Bladeren op onderwerp',
  'home.letters': 'Bladeren van A tot Z',
  'browse.topicTitle': 'Onderwerp: {topic}',
  'browse.letterTitle': 'Artikelen die beginnen met {letter}',
  'browse.otherTitle': 'Artikelen die beginnen met een cijfer of symbool',
  'article.lastUpdated': 'Laatst bijgewerkt op {date}',
  'article.inThisArticle': 'In dit artikel',
  'article.anchorLabel': 'Link naar sectie: {heading}',
  'article.description': '{title}. Oplossingen voor: {symptoms}',
  'article.breadcrumbHome': 'Helpcentrum',
  'article.breadcrumbLabel': 'Kruimelpad',
  'languages.label': 'Taal',
  'languages.current': '(huidige taal)',
  'notice.machineTranslated': 'Deze pagina is automatisch vertaald en kan fouten bevatten.',
  'notice.readSource': 'Het origineel lezen in het {language}',
  'notice.outdated':
    'Deze vertaling is mogelijk verouderd: het origineel is gewijzigd sinds het is vertaald.',
  'notice.unverified':
    'We kunnen niet nagaan of deze vertaling nog overeenkomt met het origineel: ze is geïmporteerd zonder gegevens over het origineel waarop ze is gebaseerd.',
  'notice.notTranslated':
    'Dit artikel is nog niet beschikbaar in het {language}. Hier is het origineel in het {source}.',
  'notice.showOriginal': 'Origineel weergeven ({language})',
  'footnotes.label': 'Voetnoten',
  'notFound.title': 'Pagina niet gevonden',
  'notFound.body':
    'We kunnen deze pagina niet vinden. Misschien is ze verplaatst, of is het adres verkeerd getypt.',
  'notFound.home': 'Naar de startpagina van het helpcentrum',
  'picker.title': 'Kies uw taal',
  'picker.intro': 'Dit helpcentrum is beschikbaar in de volgende talen.',
  'search.label': 'Zoeken in het helpcentrum',
  'search.placeholder': 'Beschrijf uw probleem',
  'search.submit': 'Zoeken',
  'search.title': 'Zoeken',
  'search.intro':
    'Beschrijf in uw eigen woorden wat u ziet, bijvoorbeeld de tekst van een foutmelding.',
  'search.noscript':
    'Zoeken vereist JavaScript, dat in uw browser is uitgeschakeld. Vanaf de startpagina van het helpcentrum kunt u nog steeds door alle artikelen bladeren op onderwerp of van A tot Z.',
  'search.loading': 'Bezig met zoeken…',
  'search.loadError':
    'Zoeken kan niet worden geladen. Controleer uw verbinding en probeer het opnieuw.',
  'search.count.one': 'Eén resultaat voor ‘{query}’',
  'search.count.other': '{count} resultaten voor ‘{query}’',
  'search.noResults':
    'Geen resultaten voor ‘{query}’. Probeer andere woorden of blader op de startpagina van het helpcentrum door de artikelen op onderwerp of van A tot Z.',
  'search.fallbackNotice':
    'Niets gevonden in het {language}. Dit zijn de resultaten in het {sourceLanguage}:',
  'search.clear': 'Wissen',
  'search.allResults': 'Alle {count} resultaten weergeven',
  'search.resultsLabel': 'Zoekresultaten',
  'search.inputHint': 'De resultaten verschijnen terwijl u typt.',
  'search.filterService': 'Dienst',
  'search.filterAudience': 'Doelgroep',
  'callout.note': 'Opmerking',
  'callout.tip': 'Tip',
  'callout.important': 'Belangrijk',
  'callout.warning': 'Waarschuwing',
  'callout.caution': 'Let op',
  'feedback.question': 'Is uw probleem hiermee opgelost?',
  'feedback.yes': 'Ja',
  'feedback.no': 'Nee',
  'feedback.thanks': 'Bedankt, uw antwoord is verzonden.',
} satisfies UiDictionary;
