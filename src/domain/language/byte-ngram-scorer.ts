/**
 * Our scorer over eld's byte n-gram database. It reads text the way eld does and gives the numbers eld's
 * `detect().getScores()` stands for, but without building a string, array or object per call:
 *
 * 1. Text: the first 1,000 UTF-16 units; every run of non-letters becomes one space unless it ends in an
 *    apostrophe (' ` ’), in which case the apostrophes after its last other character stay; the ends are
 *    trimmed and the rest lower-cased.
 * 2. Bytes: UTF-8, written in eld's byte alphabet, until a space after the 350th byte or past the 380th.
 * 3. N-grams per word (at most its first 70 bytes): 4 bytes with a stride of 3, a space before the first
 *    and after the last; each distinct n-gram counts once.
 * 4. Score per language: the sum of (table score + 53) over the distinct n-grams it has, divided by the
 *    number of distinct n-grams. eld reports s = a / (a + 25) of this average `a`; we report `a`.
 *
 * Each n-gram key has at most 6 characters below 256, so it packs into two integers: an open-addressing
 * table maps it to its (language, score) postings, and a small table stamped per call deduplicates.
 */
import type { EldDatabase } from './eld-database.js';
import type { NgramScorer } from './ngram-model.js';

const MAX_TEXT_UNITS = 1000;
const CUT_AT_SPACE_AFTER_BYTES = 350;
const CUT_AFTER_BYTES = 380;
const MAX_WORD_BYTES = 70;
const BASE_SCORE = 53;
const SPACE = 0x20;
const CAPITAL_SIGMA = 0x03a3;
const PACKED_KEY_CHARS = 6;
// The byte loop stops before 382 characters (each adds at least one byte), so a letter view of 400
// characters ending at a word boundary holds everything it reads.
const VIEW_ENOUGH = 400;
// Room for 1,000 units whose lower case doubles (İ → i + U+0307).
const VIEW_CAPACITY = 2 * MAX_TEXT_UNITS + 2;
const WORD_CAPACITY = 512;
// At most ~190 distinct n-grams fit in 381 bytes; 1,024 slots keep the dedup table sparse.
const SEEN_BITS = 10;
const POSTING_COUNT_BITS = 6;

const SEPARATOR = 0;
const LETTER = 1;
const APOSTROPHE = 2;

// eld speaks ISO 639-1 with two quirks: Norwegian as the macrolanguage and Sorani as "ku".
const DETECTOR_CODES: Readonly<Record<string, string>> = { no: 'nb', ku: 'ckb' };

/** eld's code → the detector's (`no` → `nb`, `ku` → `ckb`). */
export function toDetectorCode(eldCode: string): string {
  return DETECTOR_CODES[eldCode] ?? eldCode;
}

interface CharacterTables {
  /** SEPARATOR, LETTER or APOSTROPHE per UTF-16 unit, as eld's separator pattern sees it. */
  classes: Uint8Array;
  /** Lower case of each letter; 0 where it is not one unit (İ) or depends on context (Σ). */
  lower: Uint16Array;
  /** Multi-unit lower cases (İ → i + U+0307). */
  expansions: ReadonlyMap<number, string>;
}

interface NgramIndex {
  shift: number;
  mask: number;
  keyLow: Int32Array;
  keyHigh: Int32Array;
  /** Per slot: postings start × 64 + count. */
  slots: Int32Array;
  /** (score + 53) × 256 + model language index. */
  postings: Int32Array;
  /** Keys that do not pack (none in eld 2.1's tables), with the same slot encoding. */
  unpacked: ReadonlyMap<string, number>;
}

/** The units as a string, lone surrogates included (a decoder would replace them). */
function unitsToString(units: Uint16Array): string {
  let text = '';
  for (let from = 0; from < units.length; from += 8192) text += String.fromCharCode(...units.subarray(from, from + 8192));
  return text;
}

/** Every UTF-16 unit between two `filler` units: filler, 0, filler, 1, filler, …, 0xffff, filler. */
function probeText(filler: number): string {
  const units = new Uint16Array(0x20001).fill(filler);
  for (let c = 0; c < 0x10000; c++) units[2 * c + 1] = c;
  return unitsToString(units);
}

/** The probed units (odd offsets of a {@link probeText}) that `pattern` matches. */
function matchedUnits(pattern: RegExp, probe: string): Uint8Array {
  const matched = new Uint8Array(0x10000);
  for (const match of probe.matchAll(pattern)) {
    for (let at = match.index; at < match.index + match[0].length; at++) if (at % 2 === 1) matched[(at - 1) / 2] = 1;
  }
  return matched;
}

/**
 * Classifies every unit by running eld's own separator pattern over it, so letters are exactly eld's:
 * between spaces, a non-letter is swallowed by the run it joins; between letters, a lone apostrophe is not.
 */
function buildClasses(separators: RegExp): Uint8Array {
  const pattern = new RegExp(separators.source, separators.flags);
  const inRun = matchedUnits(pattern, probeText(SPACE));
  const alone = matchedUnits(pattern, probeText(0x61));
  const classes = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) classes[c] = inRun[c] === 0 ? LETTER : alone[c] === 1 ? SEPARATOR : APOSTROPHE;
  return classes;
}

/**
 * Lower case of every letter from one toLowerCase() over all of them, each followed by a space (so no
 * letter is another's context); Σ is left out, its lower case depends on its neighbours.
 */
function buildCharacterTables(separators: RegExp): CharacterTables {
  const classes = buildClasses(separators);
  const letters: number[] = [];
  for (let c = 0; c < 0x10000; c++) if (classes[c] === LETTER && c !== CAPITAL_SIGMA) letters.push(c);
  const units = new Uint16Array(2 * letters.length);
  letters.forEach((c, i) => {
    units[2 * i] = c;
    units[2 * i + 1] = SPACE;
  });
  const lowered = unitsToString(units).toLowerCase();
  const lower = new Uint16Array(0x10000);
  const expansions = new Map<number, string>();
  let at = 0;
  for (const c of letters) {
    const end = lowered.indexOf(' ', at);
    if (end === at + 1) lower[c] = lowered.charCodeAt(at);
    else expansions.set(c, lowered.slice(at, end));
    at = end + 1;
  }
  return { classes, lower, expansions };
}

function slotHash(low: number, high: number): number {
  return Math.imul(low ^ Math.imul(high, 0x27d4eb2f), 0x9e3779b1);
}

/** Packs a key of up to 6 characters below 256 (none of them NUL); null when it does not fit. */
function packKey(key: string): [number, number] | null {
  if (key.length === 0 || key.length > PACKED_KEY_CHARS) return null;
  let low = 0;
  let high = 0;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    if (c === 0 || c > 0xff) return null;
    if (i < 4) low |= c << (8 * i);
    else high |= c << (8 * (i - 4));
  }
  return [low, high];
}

function buildIndex(database: EldDatabase): NgramIndex {
  const keys = Object.keys(database.ngrams);
  let bits = 4;
  while (1 << bits < keys.length * 3) bits++;
  const size = 1 << bits;
  const keyLow = new Int32Array(size);
  const keyHigh = new Int32Array(size);
  const slots = new Int32Array(size);
  let postings = new Int32Array(keys.length * 2);
  let count = 0;
  const unpacked = new Map<string, number>();
  for (const key of keys) {
    const scores = database.ngrams[key] as Readonly<Record<number, number>>;
    if (count + database.languages.length > postings.length) {
      const grown = new Int32Array(2 * postings.length + database.languages.length);
      grown.set(postings);
      postings = grown;
    }
    const start = count;
    for (const language in scores) postings[count++] = ((scores[language] as number) + BASE_SCORE) * 256 + Number(language);
    const entry = start * (1 << POSTING_COUNT_BITS) + (count - start);
    const packed = packKey(key);
    if (packed === null) {
      unpacked.set(key, entry);
      continue;
    }
    const [low, high] = packed;
    let slot = slotHash(low, high) >>> (32 - bits);
    while (keyLow[slot] !== 0) slot = (slot + 1) & (size - 1);
    keyLow[slot] = low;
    keyHigh[slot] = high;
    slots[slot] = entry;
  }
  return { shift: 32 - bits, mask: size - 1, keyLow, keyHigh, slots, postings: postings.slice(0, count), unpacked };
}

/** The byte alphabet as character codes; bytes below 0x80 stand for themselves. */
function buildAlphabet(database: EldDatabase): Uint8Array {
  const alphabet = new Uint8Array(256);
  for (let b = 0; b < 256; b++) {
    if (b < 0x80) {
      alphabet[b] = b;
      continue;
    }
    const c = (database.byteAlphabet[b] as string).charCodeAt(0);
    if (c === 0 || c > 0xff) throw new Error(`eld's byte dictionary maps byte ${b} to a character n-gram keys cannot hold`);
    alphabet[b] = c;
  }
  return alphabet;
}

/**
 * Builds a scorer over one of eld's databases (see {@link loadEldDatabase}). Scores agree with eld's own
 * `detect(text).getScores()` after undoing s = a / (a + 25); test/domain/language checks that they do.
 *
 * @example
 * const scorer = createByteNgramScorer(await loadEldDatabase('small'));
 * const scores = new Float64Array(scorer.languages.length);
 * scorer.score('Hvor er pakken min?', scores);
 * scores[scorer.languages.indexOf('da')]; // ≈ 125
 */
export function createByteNgramScorer(database: EldDatabase): NgramScorer {
  const { classes, lower, expansions } = buildCharacterTables(database.separators);
  const alphabet = buildAlphabet(database);
  const { shift, mask, keyLow, keyHigh, slots, postings, unpacked } = buildIndex(database);
  const languages = database.languages.map(toDetectorCode);
  const totals = new Int32Array(languages.length);
  const view = new Uint16Array(VIEW_CAPACITY);
  const word = new Uint8Array(WORD_CAPACITY);
  const seenStamp = new Int32Array(1 << SEEN_BITS);
  const seenLow = new Int32Array(1 << SEEN_BITS);
  const seenHigh = new Int32Array(1 << SEEN_BITS);
  const seenUnpacked = new Set<string>();
  let stamp = 0;
  let distinct = 0;

  /**
   * Step 1 into `view`: letters (lower-cased when `lowerCase`), kept apostrophes and single spaces, stopping
   * at a word boundary once {@link VIEW_ENOUGH} characters are in. Returns the length, or -1 when a
   * capital sigma needs whole-text lower-casing (its lower case depends on the letters around it).
   */
  function letterView(text: string, lowerCase: boolean): number {
    const end = Math.min(text.length, MAX_TEXT_UNITS);
    let length = 0;
    let i = 0;
    while (i < end) {
      const c = text.charCodeAt(i);
      if (classes[c] === LETTER) {
        i++;
        if (!lowerCase) view[length++] = c;
        else if (lower[c] !== 0) view[length++] = lower[c] as number;
        else if (c === CAPITAL_SIGMA) return -1;
        else for (const unit of expansions.get(c) as string) view[length++] = unit.charCodeAt(0);
        continue;
      }
      let runEnd = i;
      let lastSeparator = -1;
      while (runEnd < end && classes[text.charCodeAt(runEnd)] !== LETTER) {
        if (classes[text.charCodeAt(runEnd)] === SEPARATOR) lastSeparator = runEnd;
        runEnd++;
      }
      if (lastSeparator >= 0 && length > 0) {
        if (length >= VIEW_ENOUGH) break;
        view[length++] = SPACE;
      }
      for (let at = Math.max(i, lastSeparator + 1); at < runEnd; at++) view[length++] = text.charCodeAt(at);
      i = runEnd;
    }
    return length;
  }

  function addPostings(entry: number): void {
    const start = entry >>> POSTING_COUNT_BITS;
    const stop = start + (entry & ((1 << POSTING_COUNT_BITS) - 1));
    for (let p = start; p < stop; p++) {
      const posting = postings[p] as number;
      totals[posting & 0xff] = (totals[posting & 0xff] as number) + (posting >> 8);
    }
  }

  function addKey(low: number, high: number): void {
    const hash = slotHash(low, high);
    let seen = hash >>> (32 - SEEN_BITS);
    while (seenStamp[seen] === stamp) {
      if (seenLow[seen] === low && seenHigh[seen] === high) return;
      seen = (seen + 1) & ((1 << SEEN_BITS) - 1);
    }
    seenStamp[seen] = stamp;
    seenLow[seen] = low;
    seenHigh[seen] = high;
    distinct++;
    let slot = hash >>> shift;
    while (keyLow[slot] !== 0) {
      if (keyLow[slot] === low && keyHigh[slot] === high) {
        addPostings(slots[slot] as number);
        return;
      }
      slot = (slot + 1) & mask;
    }
  }

  /** The key of a word over 70 bytes: its bytes from the 67th to the end, then a space. */
  function addUnpackedKey(from: number, to: number): void {
    const key = `${String.fromCharCode(...word.subarray(from, to))} `;
    if (seenUnpacked.has(key)) return;
    seenUnpacked.add(key);
    distinct++;
    const entry = unpacked.get(key);
    if (entry !== undefined) addPostings(entry);
  }

  /** Step 3 for the word in `word[0, length)`. */
  function addWord(length: number): void {
    const counted = Math.min(length, MAX_WORD_BYTES);
    let j = 0;
    for (; j + 4 < counted; j += 3) {
      if (j === 0) addKey(SPACE | (word[0] as number) << 8 | (word[1] as number) << 16 | (word[2] as number) << 24, word[3] as number);
      else addKey((word[j] as number) | (word[j + 1] as number) << 8 | (word[j + 2] as number) << 16 | (word[j + 3] as number) << 24, 0);
    }
    const from = Math.max(counted - 4, 0);
    const keyLength = (j === 0 ? 1 : 0) + (length - from) + 1;
    if (keyLength > PACKED_KEY_CHARS) {
      addUnpackedKey(from, length);
      return;
    }
    // Packed as packKey packs: character k of the key in bits 8k… of (low, high).
    let low = j === 0 ? SPACE : 0;
    let high = 0;
    let at = j === 0 ? 1 : 0;
    for (let k = from; k <= length; k++, at++) {
      const c = k < length ? (word[k] as number) : SPACE;
      if (at < 4) low |= c << (8 * at);
      else high |= c << (8 * (at - 4));
    }
    addKey(low, high);
  }

  /**
   * Step 2 and 3 over `view[0, length)`. Every unit there is a BMP letter, an apostrophe or a space (eld's
   * letters are all in the BMP, and surrogates are separators), so no unit needs four bytes.
   */
  function addWords(length: number): void {
    let bytes = 0;
    let wordLength = 0;
    for (let i = 0; i < length; i++) {
      const c = view[i] as number;
      if (c < 0x80) {
        if (c === SPACE) {
          if (wordLength > 0) addWord(wordLength);
          wordLength = 0;
          if (bytes > CUT_AT_SPACE_AFTER_BYTES) break;
        } else word[wordLength++] = c;
        bytes++;
      } else if (c < 0x800) {
        word[wordLength++] = alphabet[0xc0 | (c >> 6)] as number;
        word[wordLength++] = alphabet[0x80 | (c & 0x3f)] as number;
        bytes += 2;
      } else {
        word[wordLength++] = alphabet[0xe0 | (c >> 12)] as number;
        word[wordLength++] = alphabet[0x80 | ((c >> 6) & 0x3f)] as number;
        word[wordLength++] = alphabet[0x80 | (c & 0x3f)] as number;
        bytes += 3;
      }
      if (bytes > CUT_AFTER_BYTES) break;
    }
    if (wordLength > 0) addWord(wordLength);
  }

  function nextStamp(): void {
    stamp++;
    if (stamp === 0x7fffffff) {
      seenStamp.fill(0);
      stamp = 1;
    }
    if (seenUnpacked.size > 0) seenUnpacked.clear();
    distinct = 0;
    totals.fill(0);
  }

  function score(text: string, out: Float64Array): void {
    nextStamp();
    let length = letterView(text, true);
    if (length < 0) {
      const lowered = String.fromCharCode(...view.subarray(0, letterView(text, false))).toLowerCase();
      length = Math.min(lowered.length, VIEW_CAPACITY);
      for (let i = 0; i < length; i++) view[i] = lowered.charCodeAt(i);
    }
    addWords(length);
    for (let k = 0; k < languages.length; k++) out[k] = distinct > 0 ? (totals[k] as number) / distinct : 0;
  }

  return { languages, score };
}
