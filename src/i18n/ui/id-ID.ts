import type { UiDictionary } from '../ui.ts';

/** UI strings in Indonesian (Indonesia). */
export default {
  'site.name': 'Polyhelp',
  'site.tagline': 'Pusat bantuan',
  'site.skipToContent': 'Langsung ke konten',
  'site.footer': 'Pusat bantuan Polyhelp',
  'home.title': 'Pusat bantuan',
  'home.intro':
    'Cari masalah Anda dengan kata-kata Anda sendiri, atau jelajahi artikel menurut topik atau dari A sampai Z.',
  'home.topics': 'Jelajahi menurut topik',
  'home.letters': 'Jelajahi dari A sampai Z',
  'browse.topicTitle': 'Topik: {topic}',
  'browse.letterTitle': 'Artikel yang diawali {letter}',
  'browse.otherTitle': 'Artikel yang diawali angka atau simbol',
  'article.lastUpdated': 'Terakhir diperbarui pada {date}',
  'article.inThisArticle': 'Dalam artikel ini',
  'article.anchorLabel': 'Tautan ke bagian: {heading}',
  'article.description': '{title}. Solusi untuk: {symptoms}',
  'article.breadcrumbHome': 'Pusat bantuan',
  'article.breadcrumbLabel': 'Jejak navigasi',
  'languages.label': 'Bahasa',
  'languages.current': '(bahasa saat ini)',
  'notice.machineTranslated': 'Halaman ini diterjemahkan oleh mesin dan mungkin berisi kesalahan.',
  'notice.readSource': 'Baca versi asli dalam bahasa {language}',
  'notice.outdated':
    'Terjemahan ini mungkin sudah usang: versi aslinya telah berubah sejak diterjemahkan.',
  'notice.unverified':
    'Kami tidak dapat memastikan apakah terjemahan ini masih sesuai dengan aslinya: terjemahan ini diimpor tanpa catatan tentang naskah asli yang menjadi dasarnya.',
  'notice.notTranslated':
    'Artikel ini belum tersedia dalam bahasa {language}. Berikut versi aslinya dalam bahasa {source}.',
  'notice.showOriginal': 'Tampilkan versi asli ({language})',
  'footnotes.label': 'Catatan kaki',
  'notFound.title': 'Halaman tidak ditemukan',
  'notFound.body':
    'Kami tidak dapat menemukan halaman ini. Halaman ini mungkin telah dipindahkan, atau alamatnya salah ketik.',
  'notFound.home': 'Buka beranda pusat bantuan',
  'picker.title': 'Pilih bahasa Anda',
  'picker.intro': 'Pusat bantuan ini tersedia dalam bahasa-bahasa berikut.',
  'search.label': 'Cari di pusat bantuan',
  'search.placeholder': 'Jelaskan masalah Anda',
  'search.submit': 'Cari',
  'search.title': 'Pencarian',
  'search.intro':
    'Jelaskan apa yang Anda lihat dengan kata-kata Anda sendiri, misalnya teks pesan kesalahan.',
  'search.noscript':
    'Pencarian memerlukan JavaScript, yang dinonaktifkan di browser Anda. Anda tetap dapat menjelajahi semua artikel menurut topik atau dari A sampai Z dari beranda pusat bantuan.',
  'search.loading': 'Mencari…',
  'search.loadError': 'Pencarian tidak dapat dimuat. Periksa koneksi Anda, lalu coba lagi.',
  'search.count.one': 'Satu hasil untuk “{query}”',
  'search.count.other': '{count} hasil untuk “{query}”',
  'search.noResults':
    'Tidak ada hasil untuk “{query}”. Coba kata lain, atau jelajahi artikel menurut topik atau dari A sampai Z di beranda pusat bantuan.',
  'search.fallbackNotice':
    'Tidak ada yang ditemukan dalam bahasa {language}. Berikut hasil dalam bahasa {sourceLanguage}:',
  'search.clear': 'Hapus',
  'search.allResults': 'Lihat semua {count} hasil',
  'search.resultsLabel': 'Hasil pencarian',
  'search.inputHint': 'Hasil muncul saat Anda mengetik.',
  'search.filterService': 'Layanan',
  'search.filterAudience': 'Audiens',
  'callout.note': 'Catatan',
  'callout.tip': 'Tips',
  'callout.important': 'Penting',
  'callout.warning': 'Peringatan',
  'callout.caution': 'Perhatian',
  'feedback.question': 'Apakah ini menyelesaikan masalah Anda?',
  'feedback.yes': 'Ya',
  'feedback.no': 'Tidak',
  'feedback.thanks': 'Terima kasih, jawaban Anda telah dikirim.',
} satisfies UiDictionary;
