/**
 * How each language addresses a customer by default: register forms, name order and honorifics, usual openings
 * and closings. A country preset adjusts these (Spain's register, Taiwan's honorifics); a market's own culture
 * profile adjusts them again. Sources: docs/culture.md.
 */
import type { HonorificConvention, NameConvention, RegisterConvention, SalutationConvention } from './culture-types.js';

/** One language's defaults. */
export interface LanguageConvention {
  register: RegisterConvention;
  names: NameConvention;
  salutations: SalutationConvention;
}

const noHonorifics: HonorificConvention = {
  position: 'before', accepted: [], avoid: [], requiredFor: [], male: null, female: null, neutral: null,
};

function names(order: NameConvention['order'], addressBy: NameConvention['addressBy'], givenNameAlone: NameConvention['givenNameAlone'],
  honorifics: Partial<HonorificConvention> = {}): NameConvention {
  return { order, addressBy, givenNameAlone, honorifics: { ...noHonorifics, ...honorifics } };
}

function register(level: RegisterConvention['level'], formal: string, informal: string): RegisterConvention {
  return { level, formal, informal };
}

const either = (formal = '—', informal = '—') => register('either', formal, informal);

/** Defaults per language tag; regional tags (`pt-BR`) fall back to the language (`pt`). */
export const languageConventions: Readonly<Record<string, LanguageConvention>> = {
  en: {
    register: either('formal wording', 'casual wording'),
    names: names('given-family', 'given', 'ok', {
      position: 'before', accepted: ['Mr', 'Mr.', 'Mrs', 'Mrs.', 'Ms', 'Ms.', 'Miss', 'Mx', 'Mx.', 'Dr', 'Dr.'], requiredFor: ['family'],
      male: 'Mr', female: 'Ms',
    }),
    salutations: { opening: ['Dear {name},', 'Hello {name},', 'Hi {name},'], closing: ['Kind regards,', 'Best regards,', 'Best wishes,'] },
  },
  fr: {
    register: register('formal', 'vous', 'tu'),
    names: names('given-family', 'family', 'avoid', {
      position: 'before', accepted: ['Madame', 'Monsieur', 'Mme', 'M.', 'Maître', 'Docteur', 'Dr'], avoid: ['Mademoiselle', 'Mlle'],
      requiredFor: ['family'], male: 'Monsieur', female: 'Madame',
    }),
    salutations: { opening: ['Bonjour {name},', 'Madame, Monsieur,', 'Chère Madame,', 'Cher Monsieur,'], closing: ['Cordialement,', 'Bien à vous,', 'Belle journée,'] },
  },
  de: {
    register: register('formal', 'Sie', 'du'),
    names: names('given-family', 'family', 'avoid', {
      position: 'before', accepted: ['Herr', 'Herrn', 'Frau', 'Dr.', 'Prof.'], avoid: ['Fräulein'], requiredFor: ['family'],
      male: 'Herr', female: 'Frau',
    }),
    salutations: { opening: ['Guten Tag {name},', 'Sehr geehrte Damen und Herren,', 'Sehr geehrter Herr …,', 'Sehr geehrte Frau …,'], closing: ['Mit freundlichen Grüßen', 'Freundliche Grüße', 'Viele Grüße'] },
  },
  es: {
    register: register('formal', 'usted', 'tú'),
    names: names('given-family', 'full', 'ok', {
      position: 'before', accepted: ['Sr.', 'Sra.', 'señor', 'señora', 'Señor', 'Señora', 'Don', 'Doña', 'D.', 'Dña.'], avoid: ['Srta.', 'señorita', 'Señorita'],
      requiredFor: ['family'], male: 'Sr.', female: 'Sra.',
    }),
    salutations: { opening: ['Estimado/a {name}:', 'Hola, {name}:', 'Buenos días, {name}:'], closing: ['Un saludo,', 'Saludos cordiales,', 'Atentamente,'] },
  },
  it: {
    register: register('formal', 'Lei', 'tu'),
    names: names('given-family', 'full', 'ok', {
      position: 'before', accepted: ['Sig.', 'Sig.ra', 'Signor', 'Signora', 'signor', 'signora', 'Dott.', 'Dott.ssa', 'Gentile', 'Gentilissima', 'Gentilissimo'],
      avoid: ['Signorina', 'Sig.na'], requiredFor: ['family'], male: 'Sig.', female: 'Sig.ra',
    }),
    salutations: { opening: ['Gentile {name},', 'Buongiorno {name},', 'Salve,'], closing: ['Cordiali saluti,', 'Distinti saluti,', 'Un cordiale saluto,'] },
  },
  pt: {
    register: register('formal', 'você / o senhor, a senhora', 'tu'),
    names: names('given-family', 'given', 'ok', {
      position: 'before', accepted: ['Sr.', 'Sra.', 'senhor', 'senhora', 'Senhor', 'Senhora', 'Dona', 'D.', 'Dr.', 'Dra.'], requiredFor: ['family'],
      male: 'Sr.', female: 'Sra.',
    }),
    salutations: { opening: ['Olá, {name},', 'Prezado(a) {name},', 'Bom dia, {name},'], closing: ['Atenciosamente,', 'Cumprimentos,', 'Um abraço,'] },
  },
  nl: {
    register: register('either', 'u', 'je / jij'),
    names: names('given-family', 'full', 'ok', {
      position: 'before', accepted: ['meneer', 'mevrouw', 'Meneer', 'Mevrouw', 'dhr.', 'mevr.', 'heer', 'De heer'], requiredFor: ['family'],
      male: 'meneer', female: 'mevrouw',
    }),
    salutations: { opening: ['Beste {name},', 'Geachte {name},', 'Hallo {name},'], closing: ['Met vriendelijke groet,', 'Vriendelijke groeten,', 'Groet,'] },
  },
  ja: {
    register: register('formal', '敬語（です・ます、謙譲語）', '普通形（だ・である）'),
    names: names('family-given', 'full', 'avoid', {
      position: 'after', accepted: ['様', 'さま', '御中'], avoid: ['さん', '先生', '殿', 'くん', '君', 'ちゃん', '氏'],
      requiredFor: ['full', 'family', 'given'], male: '様', female: '様', neutral: '様',
    }),
    salutations: {
      opening: ['{name}', 'いつもご利用いただき、誠にありがとうございます。', 'お問い合わせいただき、ありがとうございます。'],
      closing: ['今後ともよろしくお願いいたします。', 'よろしくお願い申し上げます。'],
    },
  },
  zh: {
    register: register('formal', '您', '你'),
    names: names('family-given', 'family', 'avoid', {
      position: 'after', accepted: ['先生', '女士', '老师', '经理', '总'], avoid: ['小姐', '同学'], requiredFor: ['family'],
      male: '先生', female: '女士',
    }),
    salutations: { opening: ['尊敬的{name}，您好！', '您好！'], closing: ['祝您生活愉快！', '此致敬礼', '感谢您的耐心与支持！'] },
  },
  'zh-Hant': {
    register: register('formal', '您', '你'),
    names: names('family-given', 'family', 'avoid', {
      position: 'after', accepted: ['先生', '女士', '小姐', '老師', '經理'], avoid: ['同學'], requiredFor: ['family'],
      male: '先生', female: '小姐',
    }),
    salutations: { opening: ['親愛的{name}，您好：', '您好！'], closing: ['祝您順心愉快！', '敬祝 商祺', '感謝您的耐心與支持！'] },
  },
  ko: {
    register: register('formal', '존댓말 (합쇼체·해요체)', '반말'),
    names: names('family-given', 'full', 'avoid', {
      position: 'after', accepted: ['고객님', '님'], avoid: ['씨', '군', '양'], requiredFor: ['full', 'family', 'given'],
      male: '고객님', female: '고객님', neutral: '고객님',
    }),
    salutations: { opening: ['안녕하세요, {name}.', '{name}, 안녕하세요.'], closing: ['감사합니다.', '좋은 하루 보내세요.'] },
  },
  hu: {
    register: register('formal', 'Ön / Önök', 'te'),
    names: names('family-given', 'full', 'avoid', {
      position: 'after', accepted: ['úr', 'Úr', 'asszony', 'Asszony', 'hölgy'], requiredFor: ['family'], male: 'úr', female: 'asszony',
    }),
    salutations: { opening: ['Tisztelt {name}!', 'Kedves {name}!', 'Jó napot kívánok!'], closing: ['Üdvözlettel:', 'Tisztelettel:', 'Köszönettel:'] },
  },
  ar: {
    register: either('صيغة الاحترام', 'صيغة الأصدقاء'),
    names: names('given-family', 'given', 'ok', {
      position: 'before', accepted: ['السيد', 'السيدة', 'الأستاذ', 'الأستاذة', 'الدكتور', 'الدكتورة', 'عزيزي', 'عزيزتي'], male: 'السيد', female: 'السيدة',
    }),
    salutations: { opening: ['مرحباً {name}،', 'السلام عليكم {name}،', 'عزيزي العميل،'], closing: ['مع أطيب التحيات،', 'مع خالص التحية،', 'شكراً لتواصلك معنا.'] },
  },
  ro: {
    register: register('formal', 'dumneavoastră', 'tu'),
    names: names('given-family', 'full', 'ok', {
      position: 'before', accepted: ['domnul', 'doamna', 'Domnul', 'Doamna', 'domnule', 'doamnă', 'dl.', 'dna.', 'd-na', 'd-l'], requiredFor: ['family'],
      male: 'domnul', female: 'doamna',
    }),
    salutations: { opening: ['Bună ziua, {name},', 'Stimate domnule …,', 'Stimată doamnă …,'], closing: ['Cu stimă,', 'Cu respect,', 'O zi bună,'] },
  },
  pl: {
    register: register('formal', 'Pan / Pani', 'ty'),
    names: names('given-family', 'full', 'avoid', {
      position: 'before', accepted: ['Pan', 'Pani', 'Panie', 'Panią', 'Panem'], requiredFor: [], male: 'Pan', female: 'Pani',
    }),
    salutations: { opening: ['Dzień dobry,', 'Szanowny Panie,', 'Szanowna Pani,'], closing: ['Z poważaniem,', 'Pozdrawiamy serdecznie,', 'Pozdrawiam,'] },
  },
  ru: {
    register: register('formal', 'Вы', 'ты'),
    names: names('given-family', 'full', 'ok', { position: 'before', accepted: ['господин', 'госпожа', 'Уважаемый', 'Уважаемая'] }),
    salutations: { opening: ['Здравствуйте, {name}!', 'Добрый день, {name}!', 'Уважаемый клиент!'], closing: ['С уважением,', 'Всего доброго,', 'Хорошего дня!'] },
  },
  tr: {
    register: register('formal', 'siz', 'sen'),
    names: names('given-family', 'given', 'ok', {
      position: 'after', accepted: ['Bey', 'Hanım', 'bey', 'hanım'], requiredFor: ['given'], male: 'Bey', female: 'Hanım',
    }),
    salutations: { opening: ['Merhaba {name},', 'Sayın {name},', 'İyi günler,'], closing: ['Saygılarımızla,', 'İyi günler dileriz.', 'Sevgiler,'] },
  },
  id: {
    register: register('formal', 'Anda / Bapak / Ibu', 'kamu'),
    names: names('given-family', 'given', 'ok', {
      position: 'before', accepted: ['Bapak', 'Ibu', 'Bpk.', 'Pak', 'Bu', 'Kak', 'Sdr.', 'Sdri.'], requiredFor: ['given'], male: 'Bapak', female: 'Ibu',
    }),
    salutations: { opening: ['Halo {name},', 'Selamat pagi {name},', 'Yth. {name},'], closing: ['Salam hangat,', 'Terima kasih,', 'Hormat kami,'] },
  },
  ms: {
    register: register('formal', 'Tuan / Puan / anda', 'kamu / awak'),
    names: names('given-family', 'given', 'ok', { position: 'before', accepted: ['Encik', 'Puan', 'Tuan', 'Cik'], male: 'Encik', female: 'Puan' }),
    salutations: { opening: ['Salam sejahtera {name},', 'Hai {name},'], closing: ['Terima kasih,', 'Yang benar,'] },
  },
  th: {
    register: register('formal', 'คุณ + ครับ/ค่ะ', 'เธอ / นาย'),
    names: names('given-family', 'given', 'avoid', {
      position: 'before', accepted: ['คุณ'], requiredFor: ['given', 'full'], male: 'คุณ', female: 'คุณ', neutral: 'คุณ',
    }),
    salutations: { opening: ['เรียน {name}', 'สวัสดีครับ/ค่ะ {name}'], closing: ['ขอแสดงความนับถือ', 'ขอบคุณครับ/ค่ะ'] },
  },
  sv: {
    register: register('informal', 'Ni', 'du'),
    names: names('given-family', 'given', 'ok'),
    salutations: { opening: ['Hej {name}!', 'Hej {name},'], closing: ['Vänliga hälsningar', 'Med vänlig hälsning', 'Hälsningar'] },
  },
  da: {
    register: register('informal', 'De', 'du'),
    names: names('given-family', 'given', 'ok'),
    salutations: { opening: ['Hej {name}', 'Kære {name}'], closing: ['Venlig hilsen', 'Med venlig hilsen', 'Mvh.'] },
  },
  nb: {
    register: register('informal', 'De', 'du'),
    names: names('given-family', 'given', 'ok'),
    salutations: { opening: ['Hei {name}!', 'Hei {name},'], closing: ['Vennlig hilsen', 'Med vennlig hilsen', 'Hilsen'] },
  },
  fi: {
    register: register('either', 'Te', 'sinä'),
    names: names('given-family', 'given', 'ok'),
    salutations: { opening: ['Hei {name},', 'Hyvä {name},'], closing: ['Ystävällisin terveisin', 'Terveisin'] },
  },
  cs: {
    register: register('formal', 'vy (vykání)', 'ty (tykání)'),
    names: names('given-family', 'full', 'ok', { position: 'before', accepted: ['pan', 'paní', 'pane', 'Pan', 'Paní', 'Pane'], male: 'pan', female: 'paní' }),
    salutations: { opening: ['Dobrý den,', 'Vážený pane …,', 'Vážená paní …,'], closing: ['S pozdravem', 'S přátelským pozdravem'] },
  },
  el: {
    register: register('formal', 'εσείς', 'εσύ'),
    names: names('given-family', 'full', 'ok', { position: 'before', accepted: ['κύριε', 'κυρία', 'κ.', 'Κύριε', 'Κυρία'], male: 'κύριε', female: 'κυρία' }),
    salutations: { opening: ['Αγαπητέ/ή {name},', 'Καλημέρα σας,'], closing: ['Με εκτίμηση,', 'Φιλικά,'] },
  },
  he: {
    register: either('פנייה מכובדת', 'פנייה חברית'),
    names: names('given-family', 'given', 'ok', { position: 'before', accepted: ['מר', 'גב\'', 'גברת'], male: 'מר', female: 'גב\'' }),
    salutations: { opening: ['שלום {name},', 'היי {name},'], closing: ['בברכה,', 'תודה,'] },
  },
  hi: {
    register: register('formal', 'आप', 'तुम / तू'),
    names: names('given-family', 'given', 'ok', { position: 'after', accepted: ['जी', 'ji', 'Ji'] }),
    salutations: { opening: ['नमस्ते {name} जी,', 'प्रिय {name},'], closing: ['धन्यवाद,', 'सादर,'] },
  },
  ca: {
    register: register('formal', 'vostè', 'tu'),
    names: names('given-family', 'full', 'ok', { position: 'before', accepted: ['Sr.', 'Sra.', 'senyor', 'senyora'], male: 'Sr.', female: 'Sra.' }),
    salutations: { opening: ['Bon dia, {name},', 'Benvolgut/da {name},'], closing: ['Salutacions cordials,', 'Atentament,'] },
  },
};

const genericConvention: LanguageConvention = {
  register: either(),
  names: names('given-family', 'full', 'ok'),
  salutations: { opening: [], closing: [] },
};

/**
 * The default convention for a language tag: the tag itself, then its language with script (`zh-Hant`), then the
 * bare language; an unknown language gets neutral defaults (either register, given-family, no honorifics).
 *
 * @example
 * languageConvention('ja-JP').names.honorifics.neutral; // '様'
 * languageConvention('zh-TW').register.formal; // '您'
 */
export function languageConvention(tag: string): LanguageConvention {
  for (const key of conventionKeys(tag)) {
    const hit = languageConventions[key];
    if (hit) return hit;
  }
  return genericConvention;
}

const TRADITIONAL_REGIONS = new Set(['tw', 'hk', 'mo']);

/**
 * Keys to try, most specific first, for a language-keyed map (`pt-BR` → `pt-BR`, `pt`; `zh-TW` → `zh-TW`,
 * `zh-Hant`, `zh`).
 *
 * @example
 * conventionKeys('zh-HK'); // ['zh-HK', 'zh-Hant', 'zh']
 */
export function conventionKeys(tag: string): string[] {
  let keys = keyMemo.get(tag);
  if (keys === undefined) {
    keys = computeKeys(tag);
    if (keyMemo.size > 1000) keyMemo.clear();
    keyMemo.set(tag, keys);
  }
  return keys;
}

// Every review looks several tags up; the same few tags come back all the time.
const keyMemo = new Map<string, string[]>();

function computeKeys(tag: string): string[] {
  const parts = tag.split('-');
  const language = (parts[0] ?? tag).toLowerCase();
  const keys = [tag];
  const script = parts.find((p) => p.length === 4);
  const region = parts.find((p, i) => i > 0 && (p.length === 2 || /^\d{3}$/.test(p)));
  if (language === 'zh' && (script?.toLowerCase() === 'hant' || (region && TRADITIONAL_REGIONS.has(region.toLowerCase())))) keys.push('zh-Hant');
  if (language === 'no' || language === 'nn') keys.push('nb');
  keys.push(language);
  return [...new Set(keys)];
}

/**
 * The entry of a language-keyed map for a tag, through `conventionKeys` (exact tag first).
 *
 * @example
 * pickForLanguage({ pt: 1, 'pt-BR': 2 }, 'pt-BR'); // 2
 */
export function pickForLanguage<T>(map: Readonly<Record<string, T>> | undefined, tag: string): T | undefined {
  if (!map) return undefined;
  for (const key of conventionKeys(tag)) {
    if (Object.hasOwn(map, key)) return map[key];
  }
  // Keys are language tags as people type them: `PT-br` or `zh-hant` should still be found.
  const lower = new Map(Object.keys(map).map((k) => [k.toLowerCase(), k]));
  for (const key of conventionKeys(tag)) {
    const original = lower.get(key.toLowerCase());
    if (original !== undefined) return map[original];
  }
  return undefined;
}
