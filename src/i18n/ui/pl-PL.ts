import type { UiDictionary } from '../ui.ts';

/** UI strings in Polish (Poland). */
export default {
  'site.name': 'Polyhelp',
  'site.tagline': 'Centrum pomocy',
  'site.skipToContent': 'Przejdź do treści',
  'site.footer': 'Centrum pomocy Polyhelp',
  'home.title': 'Centrum pomocy',
  'home.intro':
    'Wyszukaj swój problem własnymi słowami lub przeglądaj artykuły według tematu albo alfabetycznie.',
  'home.topics': 'Przeglądaj według tematu',
  'home.letters': 'Przeglądaj alfabetycznie',
  'browse.topicTitle': 'Temat: {topic}',
  'browse.letterTitle': 'Artykuły zaczynające się na {letter}',
  'browse.otherTitle': 'Artykuły zaczynające się od cyfry lub symbolu',
  'article.lastUpdated': 'Ostatnia aktualizacja: {date}',
  'article.inThisArticle': 'W tym artykule',
  'article.anchorLabel': 'Link do sekcji: {heading}',
  'article.description': '{title}. Rozwiązania dla: {symptoms}',
  'article.breadcrumbHome': 'Centrum pomocy',
  'article.breadcrumbLabel': 'Ścieżka nawigacji',
  'languages.label': 'Język',
  'languages.current': '(bieżący język)',
  'notice.machineTranslated': 'Ta strona została przetłumaczona maszynowo i może zawierać błędy.',
  'notice.readSource': 'Przeczytaj oryginał ({language})',
  'notice.outdated':
    'To tłumaczenie może być nieaktualne: oryginał zmienił się od czasu przetłumaczenia.',
  'notice.unverified':
    'Nie możemy sprawdzić, czy to tłumaczenie nadal odpowiada oryginałowi: zostało zaimportowane bez informacji o oryginale, z którego powstało.',
  'notice.notTranslated':
    'Ten artykuł nie jest jeszcze dostępny w języku: {language}. Oto oryginał ({source}).',
  'notice.showOriginal': 'Pokaż oryginał ({language})',
  'footnotes.label': 'Przypisy',
  'notFound.title': 'Nie znaleziono strony',
  'notFound.body':
    'Nie udało się znaleźć tej strony. Mogła zostać przeniesiona lub adres zawiera literówkę.',
  'notFound.home': 'Przejdź do strony głównej centrum pomocy',
  'picker.title': 'Wybierz język',
  'picker.intro': 'To centrum pomocy jest dostępne w tych językach.',
  'search.label': 'Przeszukaj centrum pomocy',
  'search.placeholder': 'Opisz swój problem',
  'search.submit': 'Szukaj',
  'search.title': 'Wyszukiwanie',
  'search.intro': 'Opisz własnymi słowami, co widzisz, na przykład treść komunikatu o błędzie.',
  'search.noscript':
    'Wyszukiwanie wymaga JavaScriptu, który jest wyłączony w Twojej przeglądarce. Nadal możesz przeglądać wszystkie artykuły według tematu lub alfabetycznie na stronie głównej centrum pomocy.',
  'search.loading': 'Wyszukiwanie…',
  'search.loadError':
    'Nie udało się załadować wyszukiwania. Sprawdź połączenie i spróbuj ponownie.',
  'search.count.one': 'Jeden wynik dla „{query}”',
  'search.count.other': 'Liczba wyników dla „{query}”: {count}',
  'search.noResults':
    'Brak wyników dla „{query}”. Spróbuj użyć innych słów lub przeglądaj artykuły według tematu albo alfabetycznie na stronie głównej centrum pomocy.',
  'search.fallbackNotice':
    'Nic nie znaleziono (język: {language}). Oto wyniki w języku źródłowym ({sourceLanguage}):',
  'search.clear': 'Wyczyść',
  'search.allResults': 'Zobacz wszystkie wyniki ({count})',
  'search.resultsLabel': 'Wyniki wyszukiwania',
  'search.inputHint': 'Wyniki pojawiają się podczas pisania.',
  'search.filterService': 'Usługa',
  'search.filterAudience': 'Odbiorcy',
  'callout.note': 'Uwaga',
  'callout.tip': 'Porada',
  'callout.important': 'Ważne',
  'callout.warning': 'Ostrzeżenie',
  'callout.caution': 'Przestroga',
  'feedback.question': 'Czy to rozwiązało problem?',
  'feedback.yes': 'Tak',
  'feedback.no': 'Nie',
  'feedback.thanks': 'Dziękujemy, Twoja odpowiedź została wysłana.',
} satisfies UiDictionary;
