import { toDetectionLanguage } from '../language/index.js';
import {
  categories, intents, type Category, type ClassificationInput, type ClassificationResult, type Intent, type Label,
  type LabelScore, type PhraseTable,
} from './classification-types.js';
import { compileTable, matchTable, type CompiledTable } from './phrase-matcher.js';
import { normalizeForMatching } from './text-normalization.js';

/**
 * How an intent leans towards a category when the message has no category cue of its own ("refund?" alone
 * is most often a request). Rows need not sum to one.
 */
export const INTENT_CATEGORY_PRIORS: Readonly<Record<Intent, Readonly<Partial<Record<Category, number>>>>> = {
  order_status: { informational: 1 },
  delivery: { informational: 0.8, diagnostic: 0.2 },
  return: { transactional: 0.8, informational: 0.2 },
  refund: { transactional: 0.7, informational: 0.3 },
  payment: { transactional: 0.5, diagnostic: 0.3, informational: 0.2 },
  product_question: { informational: 0.6, advisory: 0.4 },
  technical_problem: { diagnostic: 1 },
  complaint: { diagnostic: 0.7, transactional: 0.3 },
  account: { transactional: 0.6, diagnostic: 0.4 },
  privacy_request: { transactional: 0.8, informational: 0.2 },
};

/**
 * The intent assumed when a message shows its category but names no subject: advice is most often about a
 * product ("which one for a small living room?"), a fault most often technical ("it keeps stopping").
 */
export const CATEGORY_DEFAULT_INTENTS: Readonly<Partial<Record<Category, Intent>>> = {
  advisory: 'product_question',
  diagnostic: 'technical_problem',
};

export interface ClassifierOptions {
  /** Weight of the intent priors in the category score. */
  priorWeight?: number;
  /** Weight of the English table when the message is in another language (customers mix English in). */
  englishWeight?: number;
  /** Below this much evidence the category (or intent) is null. */
  minEvidence?: number;
  /** Characters read; the start of a message says what it is about, quoted history below adds noise. */
  maxChars?: number;
}

export interface Classifier {
  classify(input: ClassificationInput): ClassificationResult;
  /** Primary language subtags with a table. */
  readonly languages: readonly string[];
}

function languageKey(tag: string | null | undefined): string | null {
  if (!tag) return null;
  const key = toDetectionLanguage(tag);
  if (key === null) return null;
  return key === 'zh-Hant' ? 'zh' : key.split('-')[0]!;
}

function softmaxTop<L extends string>(labels: readonly L[], raw: Map<L, number>): Array<LabelScore<L>> {
  const max = Math.max(0, ...raw.values());
  const exps = labels.map((label) => [label, Math.exp((raw.get(label) ?? 0) - max)] as const);
  const total = exps.reduce((sum, [, e]) => sum + e, 0);
  return exps.map(([label, e]) => ({ label, score: e / total })).sort((a, b) => b.score - a.score);
}

/**
 * Builds a classifier from phrase tables (one per language). Scores are sums of the weights of the phrases
 * found (each phrase once), with intents adding their category priors; confidences are a softmax over them.
 *
 * @example
 * const classifier = createClassifier(PHRASE_TABLES);
 * classifier.classify({ text: 'Où est ma commande ?', language: 'fr' });
 * // { category: 'informational', intent: 'order_status', confidence: 0.8…, … }
 */
export function createClassifier(tables: readonly PhraseTable[], options: ClassifierOptions = {}): Classifier {
  const priorWeight = options.priorWeight ?? 0.5;
  const englishWeight = options.englishWeight ?? 0.5;
  const minEvidence = options.minEvidence ?? 0.5;
  const maxChars = options.maxChars ?? 1500;
  const compiled = new Map<string, CompiledTable>(tables.map((t) => [t.language, compileTable(t)]));

  function classify(input: ClassificationInput): ClassificationResult {
    const raw = `${input.subject ?? ''}\n${input.text}`.slice(0, maxChars);
    const text = normalizeForMatching(raw);
    const key = languageKey(input.language);
    const reads: Array<[CompiledTable, number]> = [];
    const own = key ? compiled.get(key) : undefined;
    if (own) {
      reads.push([own, 1]);
      const english = compiled.get('en');
      if (english && own !== english) reads.push([english, englishWeight]);
    } else {
      // Unknown or unsupported language: every table, since phrases of other languages rarely match.
      for (const table of compiled.values()) reads.push([table, 1]);
    }

    const scores = new Map<Label, number>();
    const evidence: ClassificationResult['evidence'] = [];
    for (const [table, weight] of reads) {
      for (const match of matchTable(table, text)) {
        evidence.push({ phrase: match.phrase, language: table.language });
        for (const [label, w] of match.weights) scores.set(label, (scores.get(label) ?? 0) + w * weight);
      }
    }

    const intentRaw = new Map<Intent, number>(intents.map((i) => [i, scores.get(i) ?? 0]));
    const categoryRaw = new Map<Category, number>(categories.map((c) => [c, scores.get(c) ?? 0]));
    for (const [intent, score] of intentRaw) {
      if (score <= 0) continue;
      for (const [category, prior] of Object.entries(INTENT_CATEGORY_PRIORS[intent]) as Array<[Category, number]>) {
        categoryRaw.set(category, categoryRaw.get(category)! + priorWeight * score * prior);
      }
    }
    const categoryScores = softmaxTop(categories, categoryRaw);
    const intentScores = softmaxTop(intents, intentRaw);
    const topCategory = categoryScores[0]!;
    const topIntent = intentScores[0]!;
    const hasCategory = (categoryRaw.get(topCategory.label) ?? 0) >= minEvidence;
    const hasIntent = (intentRaw.get(topIntent.label) ?? 0) >= minEvidence;
    const fallbackIntent = !hasIntent && hasCategory ? CATEGORY_DEFAULT_INTENTS[topCategory.label] ?? null : null;
    return {
      category: hasCategory ? topCategory.label : null,
      intent: hasIntent ? topIntent.label : fallbackIntent,
      confidence: hasCategory ? round(topCategory.score) : 0,
      // A guessed intent carries little confidence of its own.
      intentConfidence: hasIntent ? round(topIntent.score) : fallbackIntent ? round(0.3 * topCategory.score) : 0,
      languages: reads.map(([t]) => t.language),
      evidence,
      categoryScores: categoryScores.map((s) => ({ ...s, score: round(s.score) })),
      intentScores: intentScores.slice(0, 3).map((s) => ({ ...s, score: round(s.score) })),
    };
  }

  return { classify, languages: [...compiled.keys()] };
}

const round = (x: number) => Math.round(x * 1000) / 1000;
