/**
 * Secrets a reply must not carry: payment card numbers (Luhn-checked, known card prefixes), IBANs (ISO 13616
 * mod-97 checksum and country length), and API keys, tokens, private keys and passwords.
 */

/** One piece of sensitive data found in a text; offsets are UTF-16 code units. */
export interface PiiFinding {
  kind: 'card' | 'iban' | 'secret';
  /** For secrets: what it looks like (`stripe-key`, `aws-key`, `private-key`, `password`…). */
  detail: string;
  start: number;
  end: number;
}

/**
 * The Luhn (mod 10) check of a string of digits.
 *
 * @example
 * luhnValid('4111111111111111'); // true
 * luhnValid('4111111111111112'); // false
 */
export function luhnValid(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return sum % 10 === 0;
}

// Issuer prefixes and lengths of the card schemes a customer may hold; a Luhn-valid order number rarely fits one.
const CARD_SCHEMES: Array<{ prefix: RegExp; lengths: number[] }> = [
  { prefix: /^4/, lengths: [13, 16, 19] }, // Visa
  { prefix: /^(?:5[1-5]|2(?:2[2-9]|[3-6]\d|7[01]|720))/, lengths: [16] }, // Mastercard
  { prefix: /^3[47]/, lengths: [15] }, // American Express
  { prefix: /^(?:6011|65|64[4-9])/, lengths: [16, 19] }, // Discover
  { prefix: /^35(?:2[89]|[3-8]\d)/, lengths: [16, 19] }, // JCB
  { prefix: /^62/, lengths: [16, 17, 18, 19] }, // UnionPay
  { prefix: /^3(?:0[0-5]|[689])/, lengths: [14, 16] }, // Diners Club
  { prefix: /^(?:5018|5020|5038|5893|6304|6759|676[1-3])/, lengths: [12, 13, 14, 15, 16, 17, 18, 19] }, // Maestro
  { prefix: /^220[0-4]/, lengths: [16] }, // Mir
];

/**
 * Whether a string of digits is a plausible payment card number: a known scheme's prefix and length, and a valid
 * Luhn check digit.
 *
 * @example
 * isCardNumber('4111111111111111'); // true
 * isCardNumber('1234567812345670'); // false (no scheme starts with 1)
 */
export function isCardNumber(digits: string): boolean {
  if (!luhnValid(digits)) return false;
  return CARD_SCHEMES.some((scheme) => scheme.prefix.test(digits) && scheme.lengths.includes(digits.length));
}

/** IBAN lengths per country (ISO 13616 registry). */
const IBAN_LENGTHS: Readonly<Record<string, number>> = {
  AD: 24, AE: 23, AL: 28, AT: 20, AZ: 28, BA: 20, BE: 16, BG: 22, BH: 22, BR: 29, BY: 28, CH: 21, CR: 22, CY: 28, CZ: 24, DE: 22, DK: 18,
  DO: 28, EE: 20, EG: 29, ES: 24, FI: 18, FO: 18, FR: 27, GB: 22, GE: 22, GI: 23, GL: 18, GR: 27, GT: 28, HR: 21, HU: 28, IE: 22, IL: 23,
  IQ: 23, IS: 26, IT: 27, JO: 30, KW: 30, KZ: 20, LB: 28, LC: 32, LI: 21, LT: 20, LU: 20, LV: 21, MC: 27, MD: 24, ME: 22, MK: 19, MR: 27,
  MT: 31, MU: 30, NL: 18, NO: 15, PK: 24, PL: 28, PS: 29, PT: 25, QA: 29, RO: 24, RS: 22, SA: 24, SC: 31, SE: 24, SI: 19, SK: 24, SM: 27,
  ST: 25, SV: 28, TL: 23, TN: 24, TR: 26, UA: 29, VA: 22, VG: 24, XK: 20,
};

/**
 * The ISO 13616 check of an IBAN (spaces allowed): known country, its length, and mod 97 = 1.
 *
 * @example
 * ibanValid('DE89 3704 0044 0532 0130 00'); // true
 * ibanValid('DE89 3704 0044 0532 0130 01'); // false
 */
export function ibanValid(text: string): boolean {
  const iban = text.replace(/[\s\u00a0-]/g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(iban)) return false;
  const length = IBAN_LENGTHS[iban.slice(0, 2)];
  if (length === undefined || iban.length !== length) return false;
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let remainder = 0;
  for (const char of rearranged) {
    const code = char.charCodeAt(0);
    const value = code >= 65 ? String(code - 55) : char;
    for (const digit of value) remainder = (remainder * 10 + (digit.charCodeAt(0) - 48)) % 97;
  }
  return remainder === 1;
}

const SECRET_LABEL = '(?:password|passwort|passwd|mot de passe|contraseña|senha|parola d[\'’]ordine|wachtwoord|hasło|пароль|パスワード|密码|密碼|비밀번호|كلمة المرور|şifre|kata sandi|api[ _-]?key|api[ _-]?token|secret key|client[ _-]?secret|access[ _-]?(?:key|token)|auth[ _-]?token|bearer)';

/** Secrets recognisable by their shape; the table is data, the scan below is the same for every entry. */
const SECRET_PATTERNS: ReadonlyArray<{ detail: string; pattern: RegExp }> = [
  { detail: 'private-key', pattern: /-----BEGIN (?:RSA |EC |DSA |OPENSSH |PGP |ENCRYPTED )?PRIVATE KEY(?: BLOCK)?-----/g },
  { detail: 'stripe-key', pattern: /\b(?:sk|rk)_(?:live|test)_[0-9A-Za-z]{16,}\b/g },
  { detail: 'aws-key', pattern: /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/g },
  { detail: 'github-token', pattern: /\b(?:gh[pousr]_[0-9A-Za-z]{36,}|github_pat_[0-9A-Za-z_]{40,})\b/g },
  { detail: 'slack-token', pattern: /\bxox[abposr]-[0-9A-Za-z-]{10,}\b/g },
  { detail: 'google-api-key', pattern: /\bAIza[0-9A-Za-z_-]{35}\b/g },
  { detail: 'openai-key', pattern: /\bsk-(?:proj-)?[0-9A-Za-z_-]{32,}\b/g },
  { detail: 'jwt', pattern: /\beyJ[0-9A-Za-z_-]{8,}\.eyJ[0-9A-Za-z_-]{8,}\.[0-9A-Za-z_-]{8,}/g },
  { detail: 'borderless-token', pattern: /\bbl_[0-9A-Za-z_-]{24,}\b/g },
  // A labelled secret: "password: …", "API key = …" in the languages the review knows; after a word such as
  // "is" the value must hold a digit, so "the secret is patience" stays clean.
  { detail: 'password', pattern: new RegExp(`${SECRET_LABEL}(?:[ \\t]+[\\p{L}-]{2,20}){0,2}[ \\t]*[:：=]\\s*["'“«]?[^\\s"'”»]{6,}`, 'giu') },
  { detail: 'password', pattern: new RegExp(`${SECRET_LABEL}\\s+(?:is|est|ist|es|é|è)\\s+["'“«]?(?=[^\\s"'”»]*\\d)[^\\s"'”»]{6,}`, 'giu') },
];

const CARD_CANDIDATE = /(?<![\d.,-])\d(?:[ \u00a0-]?\d){11,18}(?![\d])/g;
const IBAN_CANDIDATE = /\b[A-Z]{2}\d{2}(?:[ \u00a0]?[A-Z0-9]){10,30}\b/gi;

/**
 * Every card number, IBAN and secret in a text, by position. Numbers that fail their checksum (order numbers,
 * tracking numbers) are not reported.
 *
 * @example
 * findPii('Card 4111 1111 1111 1111 on file'); // [{ kind: 'card', detail: 'card', start: 5, end: 24 }]
 */
export function findPii(text: string): PiiFinding[] {
  const found: PiiFinding[] = [];
  CARD_CANDIDATE.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = CARD_CANDIDATE.exec(text)) !== null) {
    const digits = match[0].replace(/\D/g, '');
    if (isCardNumber(digits)) found.push({ kind: 'card', detail: 'card', start: match.index, end: match.index + match[0].length });
  }
  IBAN_CANDIDATE.lastIndex = 0;
  while ((match = IBAN_CANDIDATE.exec(text)) !== null) {
    // The candidate may run into a following word; try the longest prefix that is a valid IBAN.
    const raw = match[0];
    for (let end = raw.length; end >= 15; end--) {
      if (/\s/.test(raw[end - 1]!)) continue;
      if (ibanValid(raw.slice(0, end))) {
        found.push({ kind: 'iban', detail: 'iban', start: match.index, end: match.index + end });
        break;
      }
    }
  }
  for (const { detail, pattern } of SECRET_PATTERNS) {
    pattern.lastIndex = 0;
    while ((match = pattern.exec(text)) !== null) {
      found.push({ kind: 'secret', detail, start: match.index, end: match.index + match[0].length });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  // One finding per stretch of text: a JWT inside "token: eyJ…" is reported once.
  const kept: PiiFinding[] = [];
  for (const finding of found) {
    const last = kept[kept.length - 1];
    if (last && finding.start < last.end) continue;
    kept.push(finding);
  }
  return kept;
}
