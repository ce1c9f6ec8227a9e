/**
 * The languages the detector can answer with, grouped by the script they are written in. A script with
 * one language decides on its own (Hangul → ko); a shared script needs the statistical model and lexicon.
 */
import type { ScriptCode } from './script-profile.js';

export const SCRIPT_LANGUAGES: Readonly<Record<ScriptCode, readonly string[]>> = {
  Latn: [
    'en', 'de', 'fr', 'es', 'pt', 'it', 'nl', 'ca', 'gl', 'ro', 'pl', 'cs', 'sk', 'sl', 'hr', 'bs', 'sr', 'hu',
    'fi', 'et', 'sv', 'da', 'nb', 'is', 'lt', 'lv', 'tr', 'az', 'id', 'ms', 'tl', 'vi', 'sq', 'eu', 'yo',
  ],
  Cyrl: ['ru', 'uk', 'bg', 'sr', 'mk', 'be'],
  Arab: ['ar', 'fa', 'ur', 'ckb'],
  Hani: ['zh', 'zh-Hant', 'ja'],
  Kana: ['ja'],
  Hang: ['ko'],
  Grek: ['el'],
  Hebr: ['he'],
  Thai: ['th'],
  Armn: ['hy'],
  Geor: ['ka'],
  Deva: ['hi', 'mr'],
  Beng: ['bn'],
  Guru: ['pa'],
  Gujr: ['gu'],
  Orya: ['or'],
  Taml: ['ta'],
  Telu: ['te'],
  Knda: ['kn'],
  Mlym: ['ml'],
  Sinh: ['si'],
  Laoo: ['lo'],
  Mymr: ['my'],
  Ethi: ['am'],
  Khmr: ['km'],
};

/** Every language `detectLanguage` may return, in a stable order. */
export const SUPPORTED_LANGUAGES: readonly string[] = Array.from(
  new Set(Object.values(SCRIPT_LANGUAGES).flat()),
);

/** Position of each supported language in {@link SUPPORTED_LANGUAGES}, for array-backed scoring. */
export const LANGUAGE_INDEX: ReadonlyMap<string, number> = new Map(SUPPORTED_LANGUAGES.map((l, i) => [l, i]));
