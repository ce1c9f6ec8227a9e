import type { PhraseTable } from '../classification-types.js';
import { AR_PHRASES } from './ar-phrases.js';
import { DE_PHRASES } from './de-phrases.js';
import { EN_PHRASES } from './en-phrases.js';
import { ES_PHRASES } from './es-phrases.js';
import { FR_PHRASES } from './fr-phrases.js';
import { IT_PHRASES } from './it-phrases.js';
import { JA_PHRASES } from './ja-phrases.js';
import { KO_PHRASES } from './ko-phrases.js';
import { PT_PHRASES } from './pt-phrases.js';
import { RO_PHRASES } from './ro-phrases.js';
import { ZH_PHRASES } from './zh-phrases.js';

/** Every built-in phrase table, one per language. */
export const PHRASE_TABLES: readonly PhraseTable[] = [
  EN_PHRASES, FR_PHRASES, DE_PHRASES, IT_PHRASES, ES_PHRASES, PT_PHRASES, RO_PHRASES, JA_PHRASES, ZH_PHRASES, KO_PHRASES,
  AR_PHRASES,
];
