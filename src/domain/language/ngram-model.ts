/**
 * The statistical part: eld's byte n-gram model, loaded once at module initialisation. Its scores are
 * turned into per-language averages per n-gram so that the detector can weigh them against the lexicon.
 *
 * Size: `small` — see docs/language.md for the measured heap/RSS and accuracy of each eld database.
 */
import { eld as eldSmall } from 'eld/small';

/**
 * A loaded n-gram detector: maps text to a linear score per language code (higher is better; languages
 * absent from the result scored nothing). Codes are the detector's (nb, ckb), not the model's.
 */
export type NgramScorer = (text: string) => Readonly<Record<string, number>>;

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
 * scorer('Hvor er pakken min?').da; // ≈ 125
 */
export function createEldScorer(model: EldLike): NgramScorer {
  return (text: string) => {
    const scores = model.detect(text).getScores();
    // Converted in place and without `delete`: deleting a key drops V8 into slow dictionary mode, which
    // cost ~10% of a detection. eld's own code (`no`) is left beside ours (`nb`); callers read ours.
    for (const code in scores) {
      const s = scores[code] as number;
      const linear = s > 0 && s < 1 ? (25 * s) / (1 - s) : 0;
      scores[ELD_CODES[code] ?? code] = linear;
    }
    return scores;
  };
}

/** The scorer used by {@link detectLanguage}: eld's `small` database, private instance. */
export const defaultNgramScorer: NgramScorer = createEldScorer((eldSmall as unknown as { newInstance(): EldLike }).newInstance());
