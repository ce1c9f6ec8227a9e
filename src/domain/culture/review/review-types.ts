import type { ReviewMessageKey } from '../messages/review-message-keys.js';

/** The issue codes of `POST /api/v1/replies/review` (API.md). */
export const reviewCodes = ['LANGUAGE_MISMATCH', 'REGISTER', 'NAME_FORM', 'CROSS_SELL', 'SENSITIVITY', 'FORMAT', 'GREETING', 'PII'] as const;
export type ReviewCode = (typeof reviewCodes)[number];

export type ReviewSeverity = 'warning' | 'blocking';

/**
 * What stops a reply: secrets (PII) and what offends (SENSITIVITY) block until an agent overrides with a reason;
 * everything else is advice.
 */
export const reviewSeverities: Readonly<Record<ReviewCode, ReviewSeverity>> = {
  LANGUAGE_MISMATCH: 'warning',
  REGISTER: 'warning',
  NAME_FORM: 'warning',
  CROSS_SELL: 'warning',
  SENSITIVITY: 'blocking',
  FORMAT: 'warning',
  GREETING: 'warning',
  PII: 'blocking',
};

/**
 * One problem the review found, before it is put into words: the message key and its parameters (raw values —
 * language tags, currency codes — localized when the message is rendered in the agent's language).
 */
export interface ReviewFinding {
  code: ReviewCode;
  severity: ReviewSeverity;
  /** UTF-16 offsets `[start, end)` into the reviewed text. */
  span: [number, number];
  key: ReviewMessageKey;
  params: Record<string, string | number>;
}

/** Builds a finding with the code's severity. */
export function finding(code: ReviewCode, start: number, end: number, key: ReviewMessageKey, params: Record<string, string | number> = {}): ReviewFinding {
  return { code, severity: reviewSeverities[code], span: [start, end], key, params };
}
