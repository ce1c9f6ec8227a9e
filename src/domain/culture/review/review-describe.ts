import { reviewLocale, reviewMessage } from '../messages/review-messages.js';
import type { ReviewCode, ReviewFinding, ReviewSeverity } from './review-types.js';

/** One issue as `POST /api/v1/replies/review` answers it. */
export interface ReviewIssue {
  code: ReviewCode;
  severity: ReviewSeverity;
  message: string;
  /** The language `message` is written in: the agent's, or English when the review speaks no closer language. */
  locale: string;
  span: [number, number];
}

const displayNames = new Map<string, Intl.DisplayNames>();

function languageName(tag: string, locale: string): string {
  let names = displayNames.get(locale);
  if (!names) {
    names = new Intl.DisplayNames([locale], { type: 'language', fallback: 'code' });
    displayNames.set(locale, names);
  }
  try {
    return names.of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/**
 * A finding in words, in the agent's locale (ICU catalogues; English where there is none): language tags become
 * language names in that locale.
 *
 * @example
 * describeFinding(finding, 'de').message; // '„tu“ ist informell; dieser Markt erwartet die höfliche Anrede (vous).'
 */
export function describeFinding(finding: ReviewFinding, agentLocale: string | null | undefined): ReviewIssue {
  const locale = reviewLocale(agentLocale);
  const params = { ...finding.params };
  for (const key of ['replyLanguage', 'customerLanguage'] as const) {
    const value = params[key];
    if (typeof value === 'string') params[key] = languageName(value, locale);
  }
  return { code: finding.code, severity: finding.severity, message: reviewMessage(locale, finding.key, params), locale, span: finding.span };
}

/**
 * Every finding in words.
 *
 * @example
 * describeFindings(reviewReply(input), 'ja'); // [{ code: 'REGISTER', severity: 'warning', message: '「だよ」は…', locale: 'ja', span: [10, 12] }]
 */
export function describeFindings(findings: readonly ReviewFinding[], agentLocale: string | null | undefined): ReviewIssue[] {
  return findings.map((f) => describeFinding(f, agentLocale));
}
