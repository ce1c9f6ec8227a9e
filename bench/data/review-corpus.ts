import { asiaCorpus } from './review-corpus-asia.js';
import { blindCorpus } from './review-corpus-blind.js';
import { challengeCorpus } from './review-corpus-challenge.js';
import { crossCorpus } from './review-corpus-cross.js';
import { germanicCorpus } from './review-corpus-germanic.js';
import { moreCorpus } from './review-corpus-more.js';
import { romanceCorpus } from './review-corpus-romance.js';
import type { LabelledReply } from './review-corpus-types.js';

export type { LabelledReply } from './review-corpus-types.js';

/** The labelled replies of `npm run bench:review` (see docs/culture.md for how they were written). */
export const reviewCorpus: readonly LabelledReply[] = [...romanceCorpus, ...germanicCorpus, ...asiaCorpus, ...moreCorpus, ...crossCorpus];

/** Replies written after the rules, in wordings the tables were not written from (reported apart). */
export const challengeReplies: readonly LabelledReply[] = challengeCorpus;

/** Replies written once the rules were final and never used to change them (reported apart, as they came out). */
export const blindReplies: readonly LabelledReply[] = blindCorpus;
