import type { UiDictionary } from '../ui.ts';

/** UI strings in Ukrainian (Ukraine). */
export default {
  'site.name': 'Polyhelp',
  'site.tagline': 'Довідковий центр',
  'site.skipToContent': 'Перейти до вмісту',
  'site.footer': 'Довідковий центр Polyhelp',
  'home.title': 'Довідковий центр',
  'home.intro':
    'Опишіть проблему своїми словами, щоб знайти рішення, або переглядайте статті за темами чи за абеткою.',
  'home.topics': 'Огляд за темами',
  'home.letters': 'Огляд за абеткою',
  'browse.topicTitle': 'Тема: {topic}',
  'browse.letterTitle': 'Статті на літеру {letter}',
  'browse.otherTitle': 'Статті, що починаються з цифри або символу',
  'article.lastUpdated': 'Останнє оновлення: {date}',
  'article.inThisArticle': 'У цій статті',
  'article.anchorLabel': 'Посилання на розділ: {heading}',
  'article.description': '{title}. Рішення для випадків: {symptoms}',
  'article.breadcrumbHome': 'Довідковий центр',
  'article.breadcrumbLabel': 'Навігаційний ланцюжок',
  'languages.label': 'Мова',
  'languages.current': '(поточна мова)',
  'notice.machineTranslated':
    'Цю сторінку перекладено автоматично, тому вона може містити помилки.',
  'notice.readSource': 'Прочитати оригінал ({language})',
  'notice.outdated': 'Можливо, цей переклад застарів: після перекладу оригінал змінився.',
  'notice.unverified':
    'Ми не можемо перевірити, чи цей переклад досі відповідає оригіналу: його імпортовано без відомостей про оригінал, з якого його зроблено.',
  'notice.notTranslated':
    'Ця стаття ще недоступна такою мовою: {language}. Нижче наведено оригінал ({source}).',
  'notice.showOriginal': 'Показати оригінал ({language})',
  'footnotes.label': 'Виноски',
  'notFound.title': 'Сторінку не знайдено',
  'notFound.body':
    'Не вдалося знайти цю сторінку. Можливо, її переміщено або адресу введено з помилкою.',
  'notFound.home': 'Перейти на головну сторінку довідкового центру',
  'picker.title': 'Виберіть мову',
  'picker.intro': 'Цей довідковий центр доступний такими мовами.',
  'search.label': 'Пошук у довідковому центрі',
  'search.placeholder': 'Опишіть проблему',
  'search.submit': 'Знайти',
  'search.title': 'Пошук',
  'search.intro':
    'Опишіть власними словами, що ви бачите, наприклад текст повідомлення про помилку.',
  'search.noscript':
    'Для пошуку потрібен JavaScript, але його вимкнено у вашому браузері. Ви й надалі можете переглядати всі статті за темами чи за абеткою на головній сторінці довідкового центру.',
  'search.loading': 'Пошук…',
  'search.loadError': 'Не вдалося завантажити пошук. Перевірте підключення та повторіть спробу.',
  'search.count.one': 'Один результат за запитом «{query}»',
  'search.count.other': 'Результатів за запитом «{query}»: {count}',
  'search.noResults':
    'За запитом «{query}» нічого не знайдено. Спробуйте інші слова або перегляньте статті за темами чи за абеткою на головній сторінці довідкового центру.',
  'search.fallbackNotice':
    'Нічого не знайдено такою мовою: {language}. Результати мовою оригіналу ({sourceLanguage}):',
  'search.clear': 'Очистити',
  'search.allResults': 'Показати всі результати ({count})',
  'search.resultsLabel': 'Результати пошуку',
  'search.inputHint': 'Результати з’являються під час введення.',
  'search.filterService': 'Служба',
  'search.filterAudience': 'Аудиторія',
  'callout.note': 'Примітка',
  'callout.tip': 'Порада',
  'callout.important': 'Важливо',
  'callout.warning': 'Попередження',
  'callout.caution': 'Увага',
  'feedback.question': 'Це розв’язало вашу проблему?',
  'feedback.yes': 'Так',
  'feedback.no': 'Ні',
  'feedback.thanks': 'Дякуємо, вашу відповідь надіслано.',
} satisfies UiDictionary;
