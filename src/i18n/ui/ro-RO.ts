import type { UiDictionary } from '../ui.ts';

/** UI strings in Romanian (Romania). */
export default {
  'site.name': 'Polyhelp',
  'site.tagline': 'Centru de ajutor',
  'site.skipToContent': 'Salt la conținut',
  'site.footer': 'Centrul de ajutor Polyhelp',
  'home.title': 'Centru de ajutor',
  'home.intro':
    'Căutați problema cu propriile cuvinte sau răsfoiți articolele după subiect ori alfabetic.',
  'home.topics': 'Răsfoiți după subiect',
  'home.letters': 'Răsfoiți alfabetic',
  'browse.topicTitle': 'Subiect: {topic}',
  'browse.letterTitle': 'Articole care încep cu {letter}',
  'browse.otherTitle': 'Articole care încep cu o cifră sau un simbol',
  'article.lastUpdated': 'Ultima actualizare: {date}',
  'article.inThisArticle': 'În acest articol',
  'article.anchorLabel': 'Link către secțiunea: {heading}',
  'article.description': '{title}. Soluții pentru: {symptoms}',
  'article.breadcrumbHome': 'Centru de ajutor',
  'article.breadcrumbLabel': 'Traseu de navigare',
  'languages.label': 'Limbă',
  'languages.current': '(limba curentă)',
  'notice.machineTranslated': 'Această pagină a fost tradusă automat și poate conține erori.',
  'notice.readSource': 'Citiți originalul în {language}',
  'notice.outdated':
    'Este posibil ca această traducere să nu fie actualizată: originalul s-a modificat după traducere.',
  'notice.unverified':
    'Nu putem verifica dacă această traducere mai corespunde originalului: a fost importată fără o evidență a originalului din care a fost făcută.',
  'notice.notTranslated':
    'Acest articol nu este încă disponibil în {language}. Iată originalul în {source}.',
  'notice.showOriginal': 'Afișați originalul ({language})',
  'footnotes.label': 'Note de subsol',
  'notFound.title': 'Pagina nu a fost găsită',
  'notFound.body':
    'Nu am găsit această pagină. Este posibil să fi fost mutată sau ca adresa să fie scrisă greșit.',
  'notFound.home': 'Accesați pagina de pornire a centrului de ajutor',
  'picker.title': 'Alegeți limba',
  'picker.intro': 'Acest centru de ajutor este disponibil în următoarele limbi.',
  'search.label': 'Căutați în centrul de ajutor',
  'search.placeholder': 'Descrieți problema',
  'search.submit': 'Căutați',
  'search.title': 'Căutare',
  'search.intro':
    'Descrieți cu propriile cuvinte ceea ce vedeți, de exemplu textul unui mesaj de eroare.',
  'search.noscript':
    'Căutarea necesită JavaScript, care este dezactivat în browserul dvs. Puteți totuși răsfoi toate articolele după subiect sau alfabetic de pe pagina de pornire a centrului de ajutor.',
  'search.loading': 'Se caută…',
  'search.loadError':
    'Căutarea nu a putut fi încărcată. Verificați conexiunea și încercați din nou.',
  'search.count.one': 'Un rezultat pentru „{query}”',
  'search.count.other': 'Rezultate pentru „{query}”: {count}',
  'search.noResults':
    'Niciun rezultat pentru „{query}”. Încercați alte cuvinte sau răsfoiți articolele după subiect ori alfabetic pe pagina de pornire a centrului de ajutor.',
  'search.fallbackNotice':
    'Nu s-a găsit nimic în {language}. Iată rezultatele în {sourceLanguage}:',
  'search.clear': 'Ștergeți',
  'search.allResults': 'Vedeți toate rezultatele ({count})',
  'search.resultsLabel': 'Rezultatele căutării',
  'search.inputHint': 'Rezultatele apar pe măsură ce tastați.',
  'search.filterService': 'Serviciu',
  'search.filterAudience': 'Public',
  'callout.note': 'Notă',
  'callout.tip': 'Sfat',
  'callout.important': 'Important',
  'callout.warning': 'Avertisment',
  'callout.caution': 'Atenție',
  'feedback.question': 'Aceasta v-a rezolvat problema?',
  'feedback.yes': 'Da',
  'feedback.no': 'Nu',
  'feedback.thanks': 'Vă mulțumim, răspunsul a fost trimis.',
} satisfies UiDictionary;
