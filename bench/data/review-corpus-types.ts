import type { Gender, ReviewCode } from '../../src/domain/culture/index.js';

/**
 * One labelled reply of the review benchmark: where it is sent, and the issue codes a careful human reviewer
 * would raise (empty: nothing wrong). Written for the benchmark, independently of the rule tables.
 */
export interface LabelledReply {
  country: string;
  language: string;
  channel: string;
  text: string;
  expect: ReviewCode[];
  customer?: { name: string; gender?: Gender };
  signOff?: string;
  followUp?: boolean;
}

/**
 * A corpus row: country, customer language, channel, expected codes (comma-separated, '' for a clean reply), text.
 *
 * @example
 * r('FR', 'fr', 'chat', 'REGISTER', 'Bonjour, tu peux vérifier ?');
 */
export function r(country: string, language: string, channel: string, codes: string, text: string, extra: Partial<LabelledReply> = {}): LabelledReply {
  return { country, language, channel, text, expect: codes === '' ? [] : (codes.split(',') as ReviewCode[]), ...extra };
}
