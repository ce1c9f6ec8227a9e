export {
  categories, intents, type Category, type ClassificationInput, type ClassificationResult, type Intent, type Label,
  type LabelScore, type PhraseEntry, type PhraseTable,
} from './classification-types.js';
export { CATEGORY_DEFAULT_INTENTS, createClassifier, INTENT_CATEGORY_PRIORS, type Classifier, type ClassifierOptions } from './classifier.js';
export { compileTable, matchTable, type CompiledTable } from './phrase-matcher.js';
export { LABEL_CODES, parsePhraseTable } from './phrase-table-parser.js';
export { normalizeForMatching } from './text-normalization.js';
export { PHRASE_TABLES } from './tables/index.js';
export { classifyMessage, supportedClassificationLanguages } from './default-classifier.js';
