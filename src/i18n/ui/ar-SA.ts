import type { UiDictionary } from '../ui.ts';

/** UI strings in Arabic (Saudi Arabia). */
export default {
  'site.name': 'Polyhelp',
  'site.tagline': 'مركز المساعدة',
  'site.skipToContent': 'الانتقال إلى المحتوى',
  'site.footer': 'مركز مساعدة Polyhelp',
  'home.title': 'مركز المساعدة',
  'home.intro': 'اعثر على حل مشكلتك. اختر العَرَض الذي يطابق ما تراه.',
  'home.whatsTheProblem': 'ما المشكلة؟',
  'article.lastUpdated': 'آخر تحديث في {date}',
  'article.inThisArticle': 'في هذه المقالة',
  'article.anchorLabel': 'رابط إلى القسم: {heading}',
  'article.description': '{title}. حلول لما يلي: {symptoms}',
  'article.breadcrumbHome': 'مركز المساعدة',
  'article.breadcrumbLabel': 'مسار التنقل',
  'languages.label': 'اللغة',
  'languages.current': '(اللغة الحالية)',
  'notice.machineTranslated': 'تمت ترجمة هذه الصفحة آليًا وقد تحتوي على أخطاء.',
  'notice.readSource': 'اقرأ النص الأصلي باللغة {language}',
  'footnotes.label': 'الحواشي',
  'notFound.title': 'الصفحة غير موجودة',
  'notFound.body': 'تعذر العثور على هذه الصفحة. ربما نُقلت أو أن العنوان مكتوب بشكل خاطئ.',
  'notFound.home': 'الانتقال إلى الصفحة الرئيسية لمركز المساعدة',
  'picker.title': 'اختر لغتك',
  'picker.intro': 'يتوفر مركز المساعدة هذا باللغات التالية.',
} satisfies UiDictionary;
