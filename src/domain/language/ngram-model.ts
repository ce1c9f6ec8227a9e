/**
 * The statistical part: eld's byte n-gram model, loaded once at module initialisation. Its scores are
 * turned into per-language averages per n-gram so that the detector can weigh them against the lexicon.
 *
 * Size: `small` — see docs/language.md for the measured heap/RSS and accuracy of each eld database.
 */
import { eld as eldSmall } from 'eld/small';

/** A loaded n-gram detector: maps text to a raw, comparable score per language (higher is better). */
export type NgramScorer = (text: string) => ReadonlyMap<string, number>;

/** The subset of eld's API this module relies on. */
export interface EldLike {
  detect(text: string): { getScores(): Record<string, number> };
}

// eld speaks ISO 639-1 with two quirks: Norwegian as the macrolanguage and Sorani as "ku".
const ELD_CODES: Readonly<Record<string, string>> = { no: 'nb', ku: 'ckb' };

/**
 * Wraps an eld instance as an {@link NgramScorer}. eld reports s = a / (a + 25) where a is the average
 * n-gram score; we undo that to compare languages on a linear scale.
 *
 * @example
 * const scorer = createEldScorer(eld);
 * scorer('Hvor er pakken min?').get('da'); // ≈ 125
 */
export function createEldScorer(model: EldLike): NgramScorer {
  return (text: string) => {
    const scores = new Map<string, number>();
    const raw = model.detect(text).getScores();
    for (const code in raw) {
      const s = raw[code];
      if (s === undefined || s <= 0 || s >= 1) continue;
      scores.set(ELD_CODES[code] ?? code, (25 * s) / (1 - s));
    }
    return scores;
  };
}

/** The scorer used by {@link detectLanguage}: eld's `small` database, private instance. */
export const defaultNgramScorer: NgramScorer = createEldScorer((eldSmall as unknown as { newInstance(): EldLike }).newInstance());
