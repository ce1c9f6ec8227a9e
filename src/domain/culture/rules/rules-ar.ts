import type { LanguageRuleTable } from './rule-table-types.js';

/**
 * A word with the prefixes Arabic attaches to it (و, ف, ب, ل, ك and the article ال) and up to three suffix letters
 * (plural, feminine, possessive), standing as a whole word.
 */
const word = (stem: string) => `(?<![\\p{L}\\p{M}])(?:[وفبلك])?(?:ال|لل)?${stem}[\\p{L}\\p{M}]{0,3}(?![\\p{L}\\p{M}])`;
const phrase = (text: string) => `(?<![\\p{L}\\p{M}])${text}`;

/** Arabic: salutations, selling, sensitive words (pork, alcohol, gambling). Register is left to the agent. */
export const arRules: LanguageRuleTable = {
  language: 'ar',
  boundaries: 'none',
  register: { informal: [] },
  opening: [
    phrase('مرحب(?:ا|اً|ًا)'), phrase('أهلا|أهلاً|اهلا'), phrase('السلام عليكم'), phrase('عزيز(?:ي|تي|نا)'), phrase('السيد'), phrase('صباح الخير'),
    phrase('مساء الخير'), phrase('تحية طيبة'), phrase('(?:شكرا|شكراً|نشكرك|نشكركم)(?: جزيلا| جزيلاً)? (?:لتواصلك|لتواصلكم|على تواصلك|على تواصلكم|لك|على)'),
  ],
  closing: [
    phrase('مع (?:أطيب|خالص|اطيب|أجمل) (?:التحيات|التحية|تحياتي|تحياتنا)'), phrase('تحياتنا'), phrase('تحياتي'), phrase('شكرا|شكراً'),
    phrase('مع الشكر'), phrase('فريق'), phrase('نتمنى لك(?:م)? يوم(?:اً|ا)? (?:سعيد(?:اً|ا)?|طيب(?:اً|ا)?)'), phrase('في خدمتك(?:م)?'),
    phrase('وتفضلوا بقبول'), phrase('دمتم بخير'), phrase('خدمة العملاء'),
  ],
  crossSell: [
    phrase('قد (?:يعجبك|يهمك|تحب|يعجبكم)(?: أيضا| أيضاً)?'), phrase('عرض (?:خاص|حصري|محدود)'), phrase('لا (?:تفوت|تفوّت|تفوتوا)'),
    phrase('اكتشف (?:منتجاتنا|مجموعتنا|تشكيلتنا)'), phrase('(?:الترقية|ترقية) (?:إلى|الى)'), phrase('تسوق الآن'), phrase('اشتر(?:ِ)? الآن'),
  ],
  topics: {
    pork: [word('خنزير'), word('خنازير'), word('بيكون'), word('لحم خنزير')],
    alcohol: [word('كحول'), word('خمر'), word('خمور'), word('نبيذ'), word('بيرة'), word('جعة'), word('ويسكي'), word('فودكا'), word('شمبانيا')],
    gambling: [word('قمار'), word('مراهن'), word('كازينو'), word('يانصيب'), word('رهان')],
  },
  topicExemptions: [
    phrase('خال(?:ي|ٍ)? من الكحول'), phrase('خالية من الكحول'), phrase('بدون كحول'), phrase('غير كحولي(?:ة)?'), phrase('(?:ال)?كحول (?:الطبي|طبي|معقم|الأيزوبروبيل)'),
  ],
};
