/**
 * The statistical part: eld's byte n-gram database (`small`), loaded once at module initialisation and
 * scored by our own {@link createByteNgramScorer}, which gives eld's numbers without eld's per-call
 * allocations. eld's own detector stays pluggable through {@link createEldScorer}.
 *
 * Size: `small` — see docs/language.md for the measured heap/RSS and accuracy of each eld database.
 */
import { createByteNgramScorer, toDetectorCode } from './byte-ngram-scorer.js';
import { loadEldDatabase } from './eld-database.js';

/**
 * A loaded n-gram model: writes, for a text, a linear score per language (the average n-gram score;
 * higher is better, 0 = none of the text's n-grams belong to it). Codes are the detector's (nb, ckb).
 */
export interface NgramScorer {
  /** The languages scored; `score` writes the score of `languages[i]` into `out[i]`. */
  readonly languages: readonly string[];
  /** Scores `text` into `out` (length ≥ `languages.length`), overwriting every entry. */
  score(text: string, out: Float64Array): void;
}

/** The subset of eld's API {@link createEldScorer} relies on. */
export interface EldLike {
  detect(text: string): { getScores(): Record<string, number> };
  info(): { Languages: Readonly<Record<number, string>> };
}

/**
 * Wraps an eld instance as an {@link NgramScorer}, through eld's public API. eld reports s = a / (a + 25)
 * where a is the average n-gram score; this undoes that. Slower than the default scorer (eld sorts and
 * builds a result object per call); useful as the reference the default is checked against.
 *
 * @example
 * const scorer = createEldScorer(eld);
 * const out = new Float64Array(scorer.languages.length);
 * scorer.score('Hvor er pakken min?', out);
 * out[scorer.languages.indexOf('da')]; // ≈ 125
 */
export function createEldScorer(model: EldLike): NgramScorer {
  const eldCodes = Object.values(model.info().Languages);
  const index = new Map(eldCodes.map((code, i) => [code, i]));
  return {
    languages: eldCodes.map(toDetectorCode),
    score(text: string, out: Float64Array): void {
      out.fill(0, 0, eldCodes.length);
      const scores = model.detect(text).getScores();
      for (const code in scores) {
        const s = scores[code] as number;
        const i = index.get(code);
        if (i !== undefined && s > 0 && s < 1) out[i] = (25 * s) / (1 - s);
      }
    },
  };
}

/** The scorer used by {@link detectLanguage}: eld's `small` database, scored by our own code. */
export const defaultNgramScorer: NgramScorer = createByteNgramScorer(await loadEldDatabase('small'));
