import { resolveCultureProfile, reviewReply, type CultureProfileInput, type Gender, type ReviewFinding } from '../../../src/domain/culture/index.js';
import { getMarketPreset } from '../../../src/domain/markets/index.js';
import type { LanguagePolicy } from '../../../src/domain/translation/index.js';

/** One table row: a reply in a preset market, and whether a code should be found in it. */
export interface ReviewCase {
  country: string;
  language: string;
  channel?: string;
  text: string;
  customer?: { name: string; gender?: Gender | null };
  culture?: CultureProfileInput;
  policy?: LanguagePolicy;
  signOff?: string;
  /** The text the finding must cover (for flagged rows). */
  found?: string;
}

/** Reviews a case in the preset market of its country (no market stored: the preset's culture applies). */
export function reviewCase(c: ReviewCase): ReviewFinding[] {
  const preset = getMarketPreset(c.country)!;
  const market = { countries: [c.country], languages: [...preset.languages], culture: c.culture ?? {} };
  return reviewReply({
    text: c.text, language: c.language, channel: c.channel ?? 'chat', profile: resolveCultureProfile(market, [c.language]),
    market: { country: c.country, currency: preset.currency }, languagePolicy: c.policy ?? null, pivotLanguages: ['en'],
    customer: c.customer ? { name: c.customer.name, gender: c.customer.gender ?? null } : null, signOff: c.signOff ?? null,
  });
}

/** The text each finding of a code covers. */
export function foundTexts(c: ReviewCase, findings: ReviewFinding[], code: string): string[] {
  return findings.filter((f) => f.code === code).map((f) => c.text.slice(f.span[0], f.span[1]));
}
