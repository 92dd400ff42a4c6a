import type { UiDictionary } from '../ui.ts';

/** UI strings in Lithuanian (Lithuania). */
export default {
  'site.name': 'Polyhelp',
  'site.tagline': 'Pagalbos centras',
  'site.skipToContent': 'Pereiti prie turinio',
  'site.footer': '„Polyhelp“ pagalbos centras',
  'home.title': 'Pagalbos centras',
  'home.intro':
    'Ieškokite savo problemos savais žodžiais arba naršykite straipsnius pagal temą ar abėcėlės tvarka.',
  'home.topics': 'Naršyti pagal temą',
  'home.letters': 'Naršyti abėcėlės tvarka',
  'browse.topicTitle': 'Tema: {topic}',
  'browse.letterTitle': 'Straipsniai, prasidedantys raide {letter}',
  'browse.otherTitle': 'Straipsniai, prasidedantys skaitmeniu arba simboliu',
  'article.lastUpdated': 'Paskutinį kartą atnaujinta {date}',
  'article.inThisArticle': 'Šiame straipsnyje',
  'article.anchorLabel': 'Nuoroda į skyrių: {heading}',
  'article.description': '{title}. Sprendimai: {symptoms}',
  'article.breadcrumbHome': 'Pagalbos centras',
  'article.breadcrumbLabel': 'Naršymo kelias',
  'languages.label': 'Kalba',
  'languages.current': '(dabartinė kalba)',
  'notice.machineTranslated':
    'Šis puslapis išverstas mašininiu vertimu, todėl jame gali būti klaidų.',
  'notice.readSource': 'Skaityti originalą {language} kalba',
  'notice.outdated':
    'Šis vertimas gali būti pasenęs: originalas pakeistas po to, kai buvo išverstas.',
  'notice.unverified':
    'Negalime patikrinti, ar šis vertimas vis dar atitinka originalą: jis importuotas be įrašo apie originalą, iš kurio buvo išverstas.',
  'notice.notTranslated':
    'Šio straipsnio dar nėra {language} kalba. Štai originalas {source} kalba.',
  'notice.showOriginal': 'Rodyti originalą ({language} kalba)',
  'footnotes.label': 'Išnašos',
  'notFound.title': 'Puslapis nerastas',
  'notFound.body':
    'Šio puslapio nepavyko rasti. Galbūt jis perkeltas arba adresas įvestas su klaida.',
  'notFound.home': 'Eiti į pagalbos centro pradžios puslapį',
  'picker.title': 'Pasirinkite kalbą',
  'picker.intro': 'Šis pagalbos centras pasiekiamas šiomis kalbomis.',
  'search.label': 'Ieškoti pagalbos centre',
  'search.placeholder': 'Aprašykite savo problemą',
  'search.submit': 'Ieškoti',
  'search.title': 'Paieška',
  'search.intro': 'Savais žodžiais aprašykite, ką matote, pavyzdžiui, klaidos pranešimo tekstą.',
  'search.noscript':
    'Paieškai reikia „JavaScript“, tačiau jis jūsų naršyklėje išjungtas. Vis tiek galite naršyti visus straipsnius pagal temą ar abėcėlės tvarka pagalbos centro pradžios puslapyje.',
  'search.loading': 'Ieškoma…',
  'search.loadError': 'Nepavyko įkelti paieškos. Patikrinkite ryšį ir bandykite dar kartą.',
  'search.count.one': 'Vienas rezultatas pagal užklausą „{query}“',
  'search.count.other': 'Rezultatų pagal užklausą „{query}“: {count}',
  'search.noResults':
    'Pagal užklausą „{query}“ nieko nerasta. Pabandykite kitus žodžius arba naršykite straipsnius pagal temą ar abėcėlės tvarka pagalbos centro pradžios puslapyje.',
  'search.fallbackNotice':
    'Nieko nerasta {language} kalba. Štai rezultatai {sourceLanguage} kalba:',
  'search.clear': 'Išvalyti',
  'search.allResults': 'Rodyti visus rezultatus ({count})',
  'search.resultsLabel': 'Paieškos rezultatai',
  'search.inputHint': 'Rezultatai rodomi jums rašant.',
  'search.filterService': 'Paslauga',
  'search.filterAudience': 'Auditorija',
  'callout.note': 'Pastaba',
  'callout.tip': 'Patarimas',
  'callout.important': 'Svarbu',
  'callout.warning': 'Įspėjimas',
  'callout.caution': 'Atsargiai',
  'feedback.question': 'Ar tai išsprendė jūsų problemą?',
  'feedback.yes': 'Taip',
  'feedback.no': 'Ne',
  'feedback.thanks': 'Ačiū, jūsų atsakymas išsiųstas.',
} satisfies UiDictionary;
