import type { UiDictionary } from '../ui.ts';

/** UI strings in Greek (Greece). */
export default {
  'site.name': 'Polyhelp',
  'site.tagline': 'Κέντρο βοήθειας',
  'site.skipToContent': 'Μετάβαση στο περιεχόμενο',
  'site.footer': 'Κέντρο βοήθειας Polyhelp',
  'home.title': 'Κέντρο βοήθειας',
  'home.intro':
    'Αναζητήστε το πρόβλημά σας με δικά σας λόγια ή περιηγηθείτε στα άρθρα ανά θέμα ή αλφαβητικά.',
  'home.topics': 'Περιήγηση ανά θέμα',
  'home.letters': 'Περιήγηση αλφαβητικά',
  'browse.topicTitle': 'Θέμα: {topic}',
  'browse.letterTitle': 'Άρθρα που ξεκινούν από {letter}',
  'browse.otherTitle': 'Άρθρα που ξεκινούν με ψηφίο ή σύμβολο',
  'article.lastUpdated': 'Τελευταία ενημέρωση: {date}',
  'article.inThisArticle': 'Σε αυτό το άρθρο',
  'article.anchorLabel': 'Σύνδεσμος προς την ενότητα: {heading}',
  'article.description': '{title}. Λύσεις για: {symptoms}',
  'article.breadcrumbHome': 'Κέντρο βοήθειας',
  'article.breadcrumbLabel': 'Διαδρομή πλοήγησης',
  'languages.label': 'Γλώσσα',
  'languages.current': '(τρέχουσα γλώσσα)',
  'notice.machineTranslated':
    'Αυτή η σελίδα έχει μεταφραστεί αυτόματα και ενδέχεται να περιέχει σφάλματα.',
  'notice.readSource': 'Διαβάστε το πρωτότυπο στα {language}',
  'notice.outdated':
    'Αυτή η μετάφραση ίσως δεν είναι ενημερωμένη: το πρωτότυπο έχει αλλάξει από τότε που μεταφράστηκε.',
  'notice.unverified':
    'Δεν μπορούμε να επιβεβαιώσουμε ότι αυτή η μετάφραση αντιστοιχεί ακόμη στο πρωτότυπο: εισήχθη χωρίς καταγραφή του πρωτοτύπου από το οποίο προήλθε.',
  'notice.notTranslated':
    'Αυτό το άρθρο δεν είναι ακόμη διαθέσιμο στα {language}. Ακολουθεί το πρωτότυπο στα {source}.',
  'notice.showOriginal': 'Εμφάνιση του πρωτοτύπου ({language})',
  'footnotes.label': 'Υποσημειώσεις',
  'notFound.title': 'Η σελίδα δεν βρέθηκε',
  'notFound.body':
    'Δεν βρήκαμε αυτή τη σελίδα. Ίσως έχει μετακινηθεί ή η διεύθυνση έχει πληκτρολογηθεί λάθος.',
  'notFound.home': 'Μετάβαση στην αρχική σελίδα του κέντρου βοήθειας',
  'picker.title': 'Επιλέξτε γλώσσα',
  'picker.intro': 'Αυτό το κέντρο βοήθειας είναι διαθέσιμο στις παρακάτω γλώσσες.',
  'search.label': 'Αναζήτηση στο κέντρο βοήθειας',
  'search.placeholder': 'Περιγράψτε το πρόβλημά σας',
  'search.submit': 'Αναζήτηση',
  'search.title': 'Αναζήτηση',
  'search.intro':
    'Περιγράψτε με δικά σας λόγια αυτό που βλέπετε, για παράδειγμα το κείμενο ενός μηνύματος σφάλματος.',
  'search.noscript':
    'Η αναζήτηση χρειάζεται JavaScript, που είναι απενεργοποιημένη στο πρόγραμμα περιήγησής σας. Μπορείτε ακόμη να περιηγηθείτε σε όλα τα άρθρα ανά θέμα ή αλφαβητικά από την αρχική σελίδα του κέντρου βοήθειας.',
  'search.loading': 'Αναζήτηση…',
  'search.loadError':
    'Δεν ήταν δυνατή η φόρτωση της αναζήτησης. Ελέγξτε τη σύνδεσή σας και δοκιμάστε ξανά.',
  'search.count.one': 'Ένα αποτέλεσμα για «{query}»',
  'search.count.other': '{count} αποτελέσματα για «{query}»',
  'search.noResults':
    'Δεν βρέθηκαν αποτελέσματα για «{query}». Δοκιμάστε άλλες λέξεις ή περιηγηθείτε στα άρθρα ανά θέμα ή αλφαβητικά στην αρχική σελίδα του κέντρου βοήθειας.',
  'search.fallbackNotice':
    'Δεν βρέθηκε τίποτα στα {language}. Ακολουθούν τα αποτελέσματα στα {sourceLanguage}:',
  'search.clear': 'Απαλοιφή',
  'search.allResults': 'Εμφάνιση και των {count} αποτελεσμάτων',
  'search.resultsLabel': 'Αποτελέσματα αναζήτησης',
  'search.inputHint': 'Τα αποτελέσματα εμφανίζονται καθώς πληκτρολογείτε.',
  'search.filterService': 'Υπηρεσία',
  'search.filterAudience': 'Κοινό',
  'callout.note': 'Σημείωση',
  'callout.tip': 'Συμβουλή',
  'callout.important': 'Σημαντικό',
  'callout.warning': 'Προειδοποίηση',
  'callout.caution': 'Προσοχή',
  'feedback.question': 'Λύθηκε το πρόβλημά σας;',
  'feedback.yes': 'Ναι',
  'feedback.no': 'Όχι',
  'feedback.thanks': 'Ευχαριστούμε: η απάντησή σας στάλθηκε.',
} satisfies UiDictionary;
