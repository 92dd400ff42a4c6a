import type { UiDictionary } from '../ui.ts';

/** UI strings in Italian (Italy). */
export default {
  'site.name': 'Polyhelp',
  'site.tagline': 'Centro assistenza',
  'site.skipToContent': 'Vai al contenuto',
  'site.footer': 'Centro assistenza Polyhelp',
  'home.title': 'Centro assistenza',
  'home.intro':
    'Cerca il tuo problema con parole tue oppure sfoglia gli articoli per argomento o dalla A alla Z.',
  'home.topics': 'Sfoglia per argomento',
  'home.letters': 'Sfoglia dalla A alla Z',
  'browse.topicTitle': 'Argomento: {topic}',
  'browse.letterTitle': 'Articoli che iniziano con {letter}',
  'browse.otherTitle': 'Articoli che iniziano con una cifra o un simbolo',
  'article.lastUpdated': 'Ultimo aggiornamento: {date}',
  'article.inThisArticle': 'In questo articolo',
  'article.anchorLabel': 'Link alla sezione: {heading}',
  'article.description': '{title}. Soluzioni per: {symptoms}',
  'article.breadcrumbHome': 'Centro assistenza',
  'article.breadcrumbLabel': 'Percorso di navigazione',
  'languages.label': 'Lingua',
  'languages.current': '(lingua corrente)',
  'notice.machineTranslated':
    'Questa pagina è stata tradotta automaticamente e potrebbe contenere errori.',
  'notice.readSource': 'Leggi l’originale in {language}',
  'notice.outdated':
    'Questa traduzione potrebbe non essere aggiornata: l’originale è stato modificato dopo la traduzione.',
  'notice.unverified':
    'Non possiamo verificare se questa traduzione corrisponde ancora all’originale: è stata importata senza traccia dell’originale da cui deriva.',
  'notice.notTranslated':
    'Questo articolo non è ancora disponibile in {language}. Ecco l’originale in {source}.',
  'notice.showOriginal': 'Mostra l’originale ({language})',
  'footnotes.label': 'Note a piè di pagina',
  'notFound.title': 'Pagina non trovata',
  'notFound.body':
    'Non abbiamo trovato questa pagina. Potrebbe essere stata spostata, oppure l’indirizzo contiene un errore di battitura.',
  'notFound.home': 'Vai alla home page del centro assistenza',
  'picker.title': 'Scegli la lingua',
  'picker.intro': 'Questo centro assistenza è disponibile nelle seguenti lingue.',
  'search.label': 'Cerca nel centro assistenza',
  'search.placeholder': 'Descrivi il problema',
  'search.submit': 'Cerca',
  'search.title': 'Ricerca',
  'search.intro':
    'Descrivi con parole tue ciò che vedi, ad esempio il testo di un messaggio di errore.',
  'search.noscript':
    'La ricerca richiede JavaScript, che è disattivato nel browser. Puoi comunque sfogliare tutti gli articoli per argomento o dalla A alla Z dalla home page del centro assistenza.',
  'search.loading': 'Ricerca in corso…',
  'search.loadError': 'Impossibile caricare la ricerca. Controlla la connessione e riprova.',
  'search.count.one': 'Un risultato per «{query}»',
  'search.count.other': '{count} risultati per «{query}»',
  'search.noResults':
    'Nessun risultato per «{query}». Prova con altre parole o sfoglia gli articoli per argomento o dalla A alla Z nella home page del centro assistenza.',
  'search.fallbackNotice': 'Nessun risultato in {language}. Ecco i risultati in {sourceLanguage}:',
  'search.clear': 'Cancella',
  'search.allResults': 'Visualizza tutti i {count} risultati',
  'search.resultsLabel': 'Risultati della ricerca',
  'search.inputHint': 'I risultati vengono visualizzati durante la digitazione.',
  'search.filterService': 'Servizio',
  'search.filterAudience': 'Destinatari',
  'callout.note': 'Nota',
  'callout.tip': 'Suggerimento',
  'callout.important': 'Importante',
  'callout.warning': 'Avviso',
  'callout.caution': 'Attenzione',
  'feedback.question': 'Il problema è stato risolto?',
  'feedback.yes': 'Sì',
  'feedback.no': 'No',
  'feedback.thanks': 'Grazie: la tua risposta è stata inviata.',
} satisfies UiDictionary;
