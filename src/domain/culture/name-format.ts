/**
 * Customer names: split into family and given name as the customer wrote it, and formatted the way the
 * customer's language addresses people (田中 優希 様, Herr Müller, 王先生, 김민준 고객님, Ahmet Bey).
 */
import type { NameConvention, NameOrder, NamePart } from './culture-types.js';

export type Gender = 'male' | 'female';

/** A customer's name split into its parts; `family`/`given` are null when the name cannot be split safely. */
export interface ParsedName {
  /** The name as written, without honorifics and with single spaces. */
  written: string;
  family: string | null;
  given: string | null;
  /** The script decides spacing and which order the customer wrote the name in. */
  script: 'han' | 'hangul' | 'thai' | 'other';
  /** The order the name was written in. */
  writtenOrder: NameOrder;
}

const HAN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const HANGUL = /\p{Script=Hangul}/u;
const THAI = /\p{Script=Thai}/u;
const CHINESE_COMPOUND_SURNAMES = new Set([
  '欧阳', '歐陽', '司马', '司馬', '诸葛', '諸葛', '上官', '东方', '東方', '皇甫', '尉迟', '尉遲', '公孙', '公孫', '慕容', '长孙', '長孫',
  '夏侯', '轩辕', '軒轅', '令狐', '宇文', '司徒', '端木', '澹台', '万俟', '呼延', '申屠',
]);
const KOREAN_COMPOUND_SURNAMES = new Set(['남궁', '황보', '제갈', '선우', '독고', '사공', '서문', '동방', '어금', '망절']);
const HONORIFIC_NOISE = /^(?:mr|mrs|ms|miss|mx|dr|prof|herr|frau|madame|monsieur|mme|m|sr|sra|sig|sig\.ra|don|doña)\.?\s+/iu;
const TRAILING_HONORIFIC = /\s*(?:様|さま|さん|殿|先生|女士|小姐|고객님|님|씨)$/u;

function scriptOf(name: string): ParsedName['script'] {
  if (HANGUL.test(name)) return 'hangul';
  if (HAN.test(name)) return 'han';
  if (THAI.test(name)) return 'thai';
  return 'other';
}

function primary(language: string): string {
  return (language.split('-')[0] ?? language).toLowerCase();
}

/**
 * Splits a customer's name as stored. Han and Hangul names are written family name first; so are Hungarian
 * names (a Hungarian customer writes `Nagy Péter`); everything else is read given names first, family name last
 * (Spanish: the first word is the given name, the rest the surnames). A Japanese name without a space cannot be
 * split (family names have one to three characters): only `written` is known then.
 *
 * @example
 * parseCustomerName('田中 優希', 'ja'); // { written: '田中 優希', family: '田中', given: '優希', script: 'han', writtenOrder: 'family-given' }
 * parseCustomerName('王伟', 'zh').family; // '王'
 * parseCustomerName('Claire Dubois', 'fr').family; // 'Dubois'
 */
export function parseCustomerName(raw: string | null | undefined, language: string): ParsedName | null {
  if (typeof raw !== 'string') return null;
  let name = raw.replace(/[\s\u3000]+/gu, ' ').trim();
  name = name.replace(HONORIFIC_NOISE, '').replace(TRAILING_HONORIFIC, '').trim();
  if (name === '' || name.length > 120 || /[@\d]/u.test(name)) return null;
  const script = scriptOf(name);
  const tokens = name.split(' ');
  const lang = primary(language);
  const familyFirst = script === 'han' || script === 'hangul' || lang === 'hu';
  const writtenOrder: NameOrder = familyFirst ? 'family-given' : 'given-family';
  if (tokens.length === 1) {
    if (script === 'hangul' && [...name].length >= 2 && [...name].length <= 5) {
      const chars = [...name];
      const two = chars.slice(0, 2).join('');
      const familyLength = chars.length >= 3 && KOREAN_COMPOUND_SURNAMES.has(two) ? 2 : 1;
      return { written: name, family: chars.slice(0, familyLength).join(''), given: chars.slice(familyLength).join(''), script, writtenOrder };
    }
    if (script === 'han' && (lang === 'zh') && [...name].length >= 2 && [...name].length <= 4 && !/[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(name)) {
      const chars = [...name];
      const two = chars.slice(0, 2).join('');
      const familyLength = chars.length >= 3 && CHINESE_COMPOUND_SURNAMES.has(two) ? 2 : 1;
      return { written: name, family: chars.slice(0, familyLength).join(''), given: chars.slice(familyLength).join(''), script, writtenOrder };
    }
    return { written: name, family: null, given: null, script, writtenOrder };
  }
  if (familyFirst) {
    return { written: name, family: tokens[0]!, given: tokens.slice(1).join(' '), script, writtenOrder };
  }
  if (lang === 'es') return { written: name, family: tokens.slice(1).join(' '), given: tokens[0]!, script, writtenOrder };
  return { written: name, family: tokens[tokens.length - 1]!, given: tokens.slice(0, -1).join(' '), script, writtenOrder };
}

/** Whether a language writes names and honorifics without spaces (王伟先生, คุณสมชาย). */
function unspaced(language: string, script: ParsedName['script']): boolean {
  const lang = primary(language);
  return (lang === 'zh' && script === 'han') || lang === 'th';
}

/**
 * The full name in a convention's order: `田中 優希`, `王伟`, `김민준`, `Claire Dubois`, `Nagy Péter`.
 *
 * @example
 * fullNameInOrder(parseCustomerName('Yuki Tanaka', 'ja')!, 'family-given', 'ja'); // 'Tanaka Yuki'
 */
export function fullNameInOrder(name: ParsedName, order: NameOrder, language: string): string {
  if (name.family === null || name.given === null) return name.written;
  const joiner = name.script === 'hangul' || unspaced(language, name.script) ? '' : ' ';
  // Japanese names keep the space between family and given name (田中 優希), as Japanese business mail writes them.
  const sep = primary(language) === 'ja' ? ' ' : joiner;
  return order === 'family-given' ? `${name.family}${sep}${name.given}` : `${name.given}${sep}${name.family}`;
}

/** How to address a customer: the text, and what it was built from. */
export interface FormattedName {
  text: string;
  part: NamePart;
  honorific: string | null;
}

/**
 * How a reply should address the customer by name in a language: the part the convention addresses by, with the
 * honorific for the customer's gender, or the neutral honorific when it is not known; where there is no neutral
 * honorific and the convention would need one (Herr/Frau, Madame/Monsieur, 先生/女士), the full name without
 * honorific — the usual gender-neutral form. Null without a usable name.
 *
 * @example
 * formatCustomerName('田中 優希', 'ja', conventionJa, null).text; // '田中 優希 様'
 * formatCustomerName('Thomas Müller', 'de', conventionDe, 'male').text; // 'Herr Müller'
 * formatCustomerName('Claire Dubois', 'fr', conventionFr, null).text; // 'Claire Dubois'
 * formatCustomerName('王伟', 'zh', conventionZh, 'male').text; // '王先生'
 */
export function formatCustomerName(raw: string | null | undefined, language: string, convention: NameConvention, gender: Gender | null): FormattedName | null {
  const name = parseCustomerName(raw, language);
  if (!name) return null;
  const { honorifics } = convention;
  const honorific = gender === 'male' ? honorifics.male : gender === 'female' ? honorifics.female : honorifics.neutral;
  let part: NamePart = convention.addressBy;
  if ((part === 'family' && name.family === null) || (part === 'given' && name.given === null)) part = 'full';
  // A family name alone needs Herr/Frau, 先生/女士…: without a gender the full name is the polite neutral form.
  if (part === 'family' && honorific === null) part = 'full';
  const base = part === 'family' ? name.family! : part === 'given' ? name.given! : fullNameInOrder(name, convention.order, language);
  const useHonorific = honorific !== null && !(part === 'given' && !honorifics.requiredFor.includes('given'));
  if (!useHonorific) return { text: base, part, honorific: null };
  const sep = unspaced(language, name.script) ? '' : ' ';
  const text = honorifics.position === 'after' ? `${base}${sep}${honorific}` : `${honorific}${sep}${base}`;
  return { text, part, honorific };
}

/**
 * A gender from what a customer record may carry (`male`, `female`, `m`, `f`, `M`, `W`, `F`); null otherwise.
 *
 * @example
 * genderFrom('F'); // 'female'
 */
export function genderFrom(value: unknown): Gender | null {
  if (typeof value !== 'string') return null;
  const v = value.trim().toLowerCase();
  if (v === 'male' || v === 'm' || v === 'man' || v === 'mr') return 'male';
  if (v === 'female' || v === 'f' || v === 'w' || v === 'woman' || v === 'ms' || v === 'mrs') return 'female';
  return null;
}
