import type { Locale } from './locales.ts';
import enUS from './ui/en-US.ts';
import arSA from './ui/ar-SA.ts';
import bgBG from './ui/bg-BG.ts';
import csCZ from './ui/cs-CZ.ts';
import daDK from './ui/da-DK.ts';
import deDE from './ui/de-DE.ts';
import elGR from './ui/el-GR.ts';
import esES from './ui/es-ES.ts';
import etEE from './ui/et-EE.ts';
import fiFI from './ui/fi-FI.ts';
import frFR from './ui/fr-FR.ts';
import heIL from './ui/he-IL.ts';
import hrHR from './ui/hr-HR.ts';
import huHU from './ui/hu-HU.ts';
import idID from './ui/id-ID.ts';
import itIT from './ui/it-IT.ts';
import jaJP from './ui/ja-JP.ts';
import koKR from './ui/ko-KR.ts';
import ltLT from './ui/lt-LT.ts';
import lvLV from './ui/lv-LV.ts';
import nbNO from './ui/nb-NO.ts';
import nlNL from './ui/nl-NL.ts';
import plPL from './ui/pl-PL.ts';
import ptBR from './ui/pt-BR.ts';
import ptPT from './ui/pt-PT.ts';
import roRO from './ui/ro-RO.ts';
import ruRU from './ui/ru-RU.ts';
import skSK from './ui/sk-SK.ts';
import slSI from './ui/sl-SI.ts';
import srLatnRS from './ui/sr-Latn-RS.ts';
import svSE from './ui/sv-SE.ts';
import thTH from './ui/th-TH.ts';
import trTR from './ui/tr-TR.ts';
import ukUA from './ui/uk-UA.ts';
import viVN from './ui/vi-VN.ts';
import zhCN from './ui/zh-CN.ts';
import zhTW from './ui/zh-TW.ts';

/** A UI string key, as defined by the source locale's dictionary (e.g. `'article.inThisArticle'`). */
export type UiKey = keyof typeof enUS;

/** One locale's UI strings: every key of the source dictionary, nothing else. */
export type UiDictionary = Record<UiKey, string>;

/** Every shipped locale's dictionary. A locale missing here fails the type check and a unit test. */
export const dictionaries: Record<Locale, UiDictionary> = {
  'en-US': enUS,
  'ar-SA': arSA,
  'bg-BG': bgBG,
  'cs-CZ': csCZ,
  'da-DK': daDK,
  'de-DE': deDE,
  'el-GR': elGR,
  'es-ES': esES,
  'et-EE': etEE,
  'fi-FI': fiFI,
  'fr-FR': frFR,
  'he-IL': heIL,
  'hr-HR': hrHR,
  'hu-HU': huHU,
  'id-ID': idID,
  'it-IT': itIT,
  'ja-JP': jaJP,
  'ko-KR': koKR,
  'lt-LT': ltLT,
  'lv-LV': lvLV,
  'nb-NO': nbNO,
  'nl-NL': nlNL,
  'pl-PL': plPL,
  'pt-BR': ptBR,
  'pt-PT': ptPT,
  'ro-RO': roRO,
  'ru-RU': ruRU,
  'sk-SK': skSK,
  'sl-SI': slSI,
  'sr-Latn-RS': srLatnRS,
  'sv-SE': svSE,
  'th-TH': thTH,
  'tr-TR': trTR,
  'uk-UA': ukUA,
  'vi-VN': viVN,
  'zh-CN': zhCN,
  'zh-TW': zhTW,
};

/** Fills `{name}` placeholders: `formatMessage('Hi {who}', { who: 'Ana' })` → `'Hi Ana'`. */
export function formatMessage(
  template: string,
  values: Record<string, string | number> = {},
): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}

/** A translator bound to one locale: `createTranslator('fr-FR')('home.title')` → `'Centre d’aide'`. */
export function createTranslator(locale: Locale) {
  const dictionary = dictionaries[locale];
  return (key: UiKey, values?: Record<string, string | number>): string =>
    formatMessage(dictionary[key], values);
}
