import type { ClassificationInput, ClassificationResult } from './classification-types.js';
import { createClassifier, type Classifier } from './classifier.js';
import { PHRASE_TABLES } from './tables/index.js';

let shared: Classifier | undefined;

function classifier(): Classifier {
  // Compiled on first use: the tables cost a few milliseconds to compile and most processes never classify.
  shared ??= createClassifier(PHRASE_TABLES);
  return shared;
}

/**
 * Classifies one inbound message with the built-in tables: category, intent and confidences.
 *
 * @example
 * classifyMessage({ text: '注文した商品がまだ届いていません', language: 'ja' });
 * // { category: 'informational', intent: 'delivery', confidence: 0.7…, … }
 */
export function classifyMessage(input: ClassificationInput): ClassificationResult {
  return classifier().classify(input);
}

/**
 * The primary language subtags the built-in tables cover.
 *
 * @example
 * supportedClassificationLanguages().includes('ko'); // true
 */
export function supportedClassificationLanguages(): readonly string[] {
  return classifier().languages;
}
