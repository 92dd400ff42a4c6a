import type { UiDictionary } from '../ui.ts';

/** UI strings in Japanese. */
export default {
  'site.name': 'Polyhelp',
  'site.tagline': 'ヘルプ センター',
  'site.skipToContent': 'コンテンツにスキップ',
  'site.footer': 'Polyhelp ヘルプ センター',
  'home.title': 'ヘルプ センター',
  'home.intro':
    '困っていることをご自身の言葉で検索するか、トピック別または五十音・アルファベット順に記事をご覧ください。',
  'home.topics': 'トピック別に見る',
  'home.letters': '五十音・アルファベット順に見る',
  'browse.topicTitle': 'トピック: {topic}',
  'browse.letterTitle': '「{letter}」で始まる記事',
  'browse.otherTitle': '数字または記号で始まる記事',
  'article.lastUpdated': '最終更新日: {date}',
  'article.inThisArticle': 'この記事の内容',
  'article.anchorLabel': 'セクションへのリンク: {heading}',
  'article.description': '{title}。次の問題の解決方法: {symptoms}',
  'article.breadcrumbHome': 'ヘルプ センター',
  'article.breadcrumbLabel': '階層リンク',
  'languages.label': '言語',
  'languages.current': '(現在の言語)',
  'notice.machineTranslated':
    'このページは機械翻訳されたもので、誤りが含まれている可能性があります。',
  'notice.readSource': '{language}の原文を読む',
  'notice.outdated': 'この翻訳は最新ではない可能性があります。翻訳後に原文が更新されています。',
  'notice.unverified':
    'この翻訳が現在の原文と一致しているかは確認できません。翻訳元の原文の記録がないままインポートされました。',
  'notice.notTranslated':
    'この記事はまだ{language}では提供されていません。原文（{source}）を表示しています。',
  'notice.showOriginal': '原文を表示（{language}）',
  'footnotes.label': '脚注',
  'notFound.title': 'ページが見つかりません',
  'notFound.body':
    'このページは見つかりませんでした。移動したか、アドレスが間違っている可能性があります。',
  'notFound.home': 'ヘルプ センターのホームへ',
  'picker.title': '言語を選択してください',
  'picker.intro': 'このヘルプ センターは次の言語でご利用いただけます。',
  'search.label': 'ヘルプセンターを検索',
  'search.placeholder': '問題の内容を入力してください',
  'search.submit': '検索',
  'search.title': '検索',
  'search.intro':
    '表示されている内容をご自身の言葉で入力してください (例: エラー メッセージの文言)。',
  'search.noscript':
    '検索には JavaScript が必要ですが、お使いのブラウザーでは無効になっています。ヘルプセンターのホームから、すべての記事をトピック別または五十音・アルファベット順にご覧いただけます。',
  'search.loading': '検索しています…',
  'search.loadError': '検索を読み込めませんでした。接続を確認してから、もう一度お試しください。',
  'search.count.one': '「{query}」の検索結果: 1 件',
  'search.count.other': '「{query}」の検索結果: {count} 件',
  'search.noResults':
    '「{query}」に一致する結果はありません。別の言葉で検索するか、ヘルプセンターのホームでトピック別または五十音・アルファベット順に記事をご覧ください。',
  'search.fallbackNotice':
    '{language}では見つかりませんでした。{sourceLanguage}の結果を表示しています:',
  'search.clear': 'クリア',
  'search.allResults': '{count} 件の結果をすべて表示',
  'search.resultsLabel': '検索結果',
  'search.inputHint': '入力すると結果が表示されます。',
  'search.filterService': 'サービス',
  'search.filterAudience': '対象ユーザー',
  'callout.note': '注記',
  'callout.tip': 'ヒント',
  'callout.important': '重要',
  'callout.warning': '警告',
  'callout.caution': '注意',
  'feedback.question': '問題は解決しましたか？',
  'feedback.yes': 'はい',
  'feedback.no': 'いいえ',
  'feedback.thanks': 'ご回答ありがとうございました。送信されました。',
} satisfies UiDictionary;
