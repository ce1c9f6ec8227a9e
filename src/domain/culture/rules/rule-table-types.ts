import type { SensitiveTopic } from '../culture-types.js';

/**
 * The review's knowledge of one language, as data: regular-expression sources (matched case-insensitively,
 * Unicode-aware) grouped by what they reveal. Adding a language means adding one table; no check is written per
 * language or per case.
 */
export interface LanguageRuleTable {
  /** Language tag the table serves (`fr`, `zh`; regional tags fall back to it). */
  language: string;
  /**
   * `words`: the compiler puts a word boundary around every pattern (Latin, Cyrillic, Greek scripts).
   * `none`: patterns match anywhere; tables add their own boundaries where needed (Japanese, Chinese, Korean,
   * Arabic with its attached prefixes).
   */
  boundaries: 'words' | 'none';
  register: {
    /** Forms that show the informal register (tu, du, だ/である): flagged where the market expects the formal one. */
    informal: string[];
    /** Forms that show the formal register: flagged where the market expects the informal one. */
    formal?: string[];
  };
  /** What an opening (greeting, salutation, thanks for writing) looks like; searched in the first two lines. */
  opening: string[];
  /** What a closing looks like; searched in the last three lines. */
  closing: string[];
  /** Selling more in a support reply: recommendations, offers, upgrades. */
  crossSell: string[];
  /** Words for the sensitive topics a market may name. */
  topics: Partial<Record<SensitiveTopic, string[]>>;
  /** Phrases that contain a topic word without being about it (alcohol-free, ハムスター); a match inside one is ignored. */
  topicExemptions?: string[];
  /** Where a number stands for itself (gift sets, floors, rooms); `{n}` is replaced by the number. */
  numberContexts?: string[];
  /** Native numerals of numbers markets avoid (四 for 4), also tried for `{n}`. */
  numerals?: Record<number, string[]>;
}
