/**
 * What an inbound message is about. The category says what kind of work the agent will do; the intent says
 * what the customer is asking about. Both are stored on the conversation and agents may correct them.
 */

/** The kind of work a message asks for (see docs/routing.md for the labelling rules). */
export type Category = 'informational' | 'transactional' | 'advisory' | 'diagnostic';
export const categories: readonly Category[] = ['informational', 'transactional', 'advisory', 'diagnostic'];

/** What the customer is asking about. */
export type Intent =
  | 'order_status' | 'delivery' | 'return' | 'refund' | 'payment' | 'product_question' | 'technical_problem'
  | 'complaint' | 'account' | 'privacy_request';
export const intents: readonly Intent[] = [
  'order_status', 'delivery', 'return', 'refund', 'payment', 'product_question', 'technical_problem', 'complaint',
  'account', 'privacy_request',
];

/** A label a phrase can vote for: a category or an intent. */
export type Label = Category | Intent;

/**
 * One phrase of a language table and the weights it adds when found. Phrase syntax (lower case):
 * words separated by spaces; `*` at the end of a word matches any ending (`rembours*`); `..` between words
 * allows up to three words in between (`change .. address`). Languages written without spaces (ja, zh) and
 * agglutinative ones matched as text (ko, ar) match phrases anywhere, so `*` and word boundaries do not apply.
 */
export type PhraseEntry = readonly [phrase: string, weights: Readonly<Partial<Record<Label, number>>>];

/** A language's table: its phrases and how its text is matched. */
export interface PhraseTable {
  /** The primary language subtag the table is for (`pt` serves `pt-BR`, `zh` serves `zh-Hant`). */
  language: string;
  /**
   * `words`: phrases match whole words; `stems`: words must start at a word start (after an optional clitic
   * from `clitics`) and may continue (Arabic "طلبي", "وطلبي"); `text`: phrases match anywhere in the text.
   */
  matching: 'words' | 'stems' | 'text';
  /** Prefixes that may be glued to the first word of a phrase in `stems` matching. */
  clitics?: readonly string[];
  phrases: readonly PhraseEntry[];
}

/** A label with its share of the evidence (0..1). */
export interface LabelScore<L extends string> {
  label: L;
  score: number;
}

/** The answer for one message. */
export interface ClassificationResult {
  /** null when the message carries too little evidence (a "thanks", a greeting). */
  category: Category | null;
  intent: Intent | null;
  /** Confidence in the category, 0..1. */
  confidence: number;
  intentConfidence: number;
  /** The tables that were read (the message's language, plus English which customers mix in). */
  languages: string[];
  /** The phrases found, for explanations and corrections. */
  evidence: Array<{ phrase: string; language: string }>;
  categoryScores: Array<LabelScore<Category>>;
  intentScores: Array<LabelScore<Intent>>;
}

/** What the classifier reads. */
export interface ClassificationInput {
  text: string;
  subject?: string | null;
  /** The detected (or agent-set) language; null reads every table. */
  language?: string | null;
}
