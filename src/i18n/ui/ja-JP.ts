import type { UiDictionary } from '../ui.ts';

/** UI strings in Japanese. */
export default {
  'site.name': 'Polyhelp',
  'site.tagline': 'ヘルプ センター',
  'site.skipToContent': 'コンテンツにスキップ',
  'site.footer': 'Polyhelp ヘルプ センター',
  'home.title': 'ヘルプ センター',
  'home.intro': '問題の解決方法を見つけましょう。表示されている症状に合うものを選んでください。',
  'home.whatsTheProblem': 'どのような問題ですか?',
  'article.lastUpdated': '最終更新日: {date}',
  'article.inThisArticle': 'この記事の内容',
  'article.anchorLabel': 'セクションへのリンク: {heading}',
  'article.description': '{title}。次の問題の解決方法: {symptoms}',
  'article.breadcrumbHome': 'ヘルプ センター',
  'article.breadcrumbLabel': '階層リンク',
  'languages.label': '言語',
  'languages.current': '(現在の言語)',
  'notice.machineTranslated': 'このページは機械翻訳されたもので、誤りが含まれている可能性があります。',
  'notice.readSource': '{language}の原文を読む',
  'footnotes.label': '脚注',
  'notFound.title': 'ページが見つかりません',
  'notFound.body': 'このページは見つかりませんでした。移動したか、アドレスが間違っている可能性があります。',
  'notFound.home': 'ヘルプ センターのホームへ',
  'picker.title': '言語を選択してください',
  'picker.intro': 'このヘルプ センターは次の言語でご利用いただけます。',
} satisfies UiDictionary;
