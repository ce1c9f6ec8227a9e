/**
 * One pass over the text: letters per writing system, Simplified/Traditional/Japanese-only Han counts, and
 * the letters that single out one language of a shared script (і ї є ґ, ђ ћ, ř ů, ã õ, پ چ ژ گ…).
 */
import { JAPANESE_ONLY_KANJI, SIMPLIFIED_ONLY, TRADITIONAL_ONLY } from './han-variants.js';

/** ISO 15924 codes of the scripts told apart; `Kana` covers hiragana and katakana together. */
export type ScriptCode =
  | 'Latn' | 'Cyrl' | 'Grek' | 'Armn' | 'Hebr' | 'Arab' | 'Deva' | 'Beng' | 'Guru' | 'Gujr' | 'Orya' | 'Taml'
  | 'Telu' | 'Knda' | 'Mlym' | 'Sinh' | 'Thai' | 'Laoo' | 'Mymr' | 'Geor' | 'Ethi' | 'Khmr' | 'Kana' | 'Hang'
  | 'Hani';

export interface ScriptProfile {
  /** Letters per script (CJK characters counted once each). */
  letters: Partial<Record<ScriptCode, number>>;
  totalLetters: number;
  simplifiedHan: number;
  traditionalHan: number;
  japaneseOnlyKanji: number;
  /** Distinct marker letters found (lower-cased), for the orthography rules. */
  markers: ReadonlySet<string>;
}

// Ranges are checked in order; the first match wins. Digits and punctuation inside blocks are filtered first.
const RANGES: ReadonlyArray<readonly [number, number, ScriptCode]> = [
  [0x0370, 0x03ff, 'Grek'],
  [0x0400, 0x052f, 'Cyrl'],
  [0x0531, 0x058f, 'Armn'],
  [0x05d0, 0x05ff, 'Hebr'],
  [0x0600, 0x06ff, 'Arab'],
  [0x0750, 0x077f, 'Arab'],
  [0x08a0, 0x08ff, 'Arab'],
  [0x0900, 0x097f, 'Deva'],
  [0x0980, 0x09ff, 'Beng'],
  [0x0a00, 0x0a7f, 'Guru'],
  [0x0a80, 0x0aff, 'Gujr'],
  [0x0b00, 0x0b7f, 'Orya'],
  [0x0b80, 0x0bff, 'Taml'],
  [0x0c00, 0x0c7f, 'Telu'],
  [0x0c80, 0x0cff, 'Knda'],
  [0x0d00, 0x0d7f, 'Mlym'],
  [0x0d80, 0x0dff, 'Sinh'],
  [0x0e00, 0x0e7f, 'Thai'],
  [0x0e80, 0x0eff, 'Laoo'],
  [0x1000, 0x109f, 'Mymr'],
  [0x10a0, 0x10ff, 'Geor'],
  [0x1100, 0x11ff, 'Hang'],
  [0x1200, 0x139f, 'Ethi'],
  [0x1780, 0x17ff, 'Khmr'],
  [0x1c90, 0x1cbf, 'Geor'],
  [0x1e00, 0x1eff, 'Latn'],
  [0x1f00, 0x1fff, 'Grek'],
  [0x3040, 0x309f, 'Kana'],
  [0x30a0, 0x30ff, 'Kana'],
  [0x3130, 0x318f, 'Hang'],
  [0x31f0, 0x31ff, 'Kana'],
  [0x3400, 0x4dbf, 'Hani'],
  [0x4e00, 0x9fff, 'Hani'],
  [0xac00, 0xd7af, 'Hang'],
  [0xf900, 0xfaff, 'Hani'],
  [0xfb1d, 0xfb4f, 'Hebr'],
  [0xfb50, 0xfdff, 'Arab'],
  [0xfe70, 0xfeff, 'Arab'],
  [0xff66, 0xff9f, 'Kana'],
  [0x20000, 0x2fa1f, 'Hani'],
];

// Non-letters living inside script blocks: Greek/Armenian/Hebrew punctuation, Arabic digits and marks,
// Indic digits and dandas, Thai digits, the Japanese middle dot.
function isNonLetterInBlock(cp: number): boolean {
  return (
    cp === 0x037e || cp === 0x0387 || (cp >= 0x0589 && cp <= 0x058f) || cp === 0x05be || cp === 0x05c0 ||
    cp === 0x05c3 || cp === 0x05c6 || (cp >= 0x0600 && cp <= 0x061f && cp !== 0x0620) ||
    (cp >= 0x0660 && cp <= 0x066d) || cp === 0x06d4 || (cp >= 0x06f0 && cp <= 0x06f9) || cp === 0x0964 ||
    cp === 0x0965 || (cp >= 0x0966 && cp <= 0x096f) || (cp >= 0x09e6 && cp <= 0x09ef) ||
    (cp >= 0x0e50 && cp <= 0x0e59) || cp === 0x30fb || cp === 0xfd3e || cp === 0xfd3f
  );
}

/** Letters worth remembering individually: the orthography rules look for them. */
const MARKER_LETTERS = new Set(
  Array.from(
    'åæøäöüõãñçß¿¡řůěľĺŕôőűđığşəșțăâîơưłąęśźżń' + 'іїєґыэёъўђћљњџјѓќѕ' + 'پچژگکیٹڈڑںےھہەێۆڕڵڤةىكي',
  ),
);

function scriptOf(cp: number): ScriptCode | null {
  if (cp < 0x80) {
    return (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a) ? 'Latn' : null;
  }
  if (cp <= 0x24f) {
    if (cp === 0xd7 || cp === 0xf7) return null;
    if (cp === 0xaa || cp === 0xba || cp === 0xb5 || cp >= 0xc0) return 'Latn';
    return null;
  }
  if ((cp >= 0xff21 && cp <= 0xff3a) || (cp >= 0xff41 && cp <= 0xff5a)) return 'Latn';
  if (isNonLetterInBlock(cp)) return null;
  for (const [from, to, script] of RANGES) {
    if (cp < from) return null;
    if (cp <= to) return script;
  }
  return null;
}

const SCRIPT_CODES: readonly ScriptCode[] = Array.from(new Set(RANGES.map(([, , script]) => script).concat('Latn')));
const HANI_ID = SCRIPT_CODES.indexOf('Hani') + 1;
const KANA_ID = SCRIPT_CODES.indexOf('Kana') + 1;
const HANG_ID = SCRIPT_CODES.indexOf('Hang') + 1;

/** {@link scriptOf} for every BMP unit, as 1 + index in SCRIPT_CODES (0 = no script). */
const BMP_SCRIPT_IDS = new Uint8Array(0x10000);
/** Code points whose lower case is a marker letter (Å → å, Ё → ё), outside Han, kana and Hangul. */
const MARKER_OF = new Map<number, string>();
for (let cp = 0; cp < 0x10000; cp++) {
  const script = scriptOf(cp);
  if (script === null) continue;
  const id = SCRIPT_CODES.indexOf(script) + 1;
  BMP_SCRIPT_IDS[cp] = id;
  if (cp < 0xc0 || id === HANI_ID || id === KANA_ID || id === HANG_ID) continue;
  const lower = String.fromCharCode(cp).toLowerCase();
  if (MARKER_LETTERS.has(lower)) MARKER_OF.set(cp, lower);
}
const INVERTED_QUESTION = 0xbf;
const INVERTED_EXCLAMATION = 0xa1;
const NO_MARKERS: ReadonlySet<string> = new Set();

// Scratch counts per script id, and the ids in the order they first occur (ties go to the first script).
const COUNTS = new Int32Array(SCRIPT_CODES.length + 1);
const FIRST_SEEN = new Uint8Array(SCRIPT_CODES.length);

/**
 * Counts letters per script and collects marker letters. Combining marks count with their base letter's
 * script only through the block they belong to (Indic vowel signs are in their block, so they count).
 *
 * @example
 * analyzeScripts('Де моє замовлення?').letters.Cyrl; // 15
 */
export function analyzeScripts(text: string): ScriptProfile {
  let markers: Set<string> | null = null;
  let scripts = 0;
  let totalLetters = 0;
  let simplifiedHan = 0;
  let traditionalHan = 0;
  let japaneseOnlyKanji = 0;
  let inverted = false;
  for (let i = 0; i < text.length; i++) {
    let cp = text.charCodeAt(i);
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        cp = 0x10000 + ((cp - 0xd800) << 10) + (low - 0xdc00);
        i++;
      }
    }
    const id = cp < 0x10000 ? (BMP_SCRIPT_IDS[cp] as number) : scriptOf(cp) === 'Hani' ? HANI_ID : 0;
    if (id === 0) {
      if (cp === INVERTED_QUESTION || cp === INVERTED_EXCLAMATION) inverted = true;
      continue;
    }
    if (COUNTS[id] === 0) FIRST_SEEN[scripts++] = id;
    COUNTS[id] = (COUNTS[id] as number) + 1;
    totalLetters++;
    if (id === HANI_ID) {
      if (SIMPLIFIED_ONLY.has(cp)) simplifiedHan++;
      else if (TRADITIONAL_ONLY.has(cp)) traditionalHan++;
      if (JAPANESE_ONLY_KANJI.has(cp)) japaneseOnlyKanji++;
    } else if (cp >= 0xc0) {
      const marker = MARKER_OF.get(cp);
      if (marker !== undefined) (markers ??= new Set()).add(marker);
    }
  }
  // ¿ and ¡ are punctuation, but only Spanish (and rarely Galician) writes them.
  if (inverted) (markers ??= new Set()).add('¿');
  const letters: Partial<Record<ScriptCode, number>> = {};
  for (let k = 0; k < scripts; k++) {
    const id = FIRST_SEEN[k] as number;
    letters[SCRIPT_CODES[id - 1] as ScriptCode] = COUNTS[id] as number;
    COUNTS[id] = 0;
  }
  return { letters, totalLetters, simplifiedHan, traditionalHan, japaneseOnlyKanji, markers: markers ?? NO_MARKERS };
}
