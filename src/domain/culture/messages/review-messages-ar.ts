import type { ReviewCatalogue } from './review-message-keys.js';

// Modern Standard Arabic. The topic follows a preposition (يشير إلى), so each option is in the genitive.
const TOPIC = '{topic, select, pork {لحم الخنزير} alcohol {الكحول} gambling {القمار} politics {موضوع سياسي} beef {لحم البقر} other {موضوع حساس}}';

/**
 * An argument set apart from the right-to-left sentence (U+2068 … U+2069): quoted words, names, examples and codes
 * are mostly Latin or Japanese, and unisolated they pull the brackets and full stops around them out of place.
 */
const isolated = (name: string) => `\u2068{${name}}\u2069`;
const found = isolated('found');
const suggestion = isolated('suggestion');
const example = isolated('example');

export const reviewMessagesAr: ReviewCatalogue = {
  languageMismatch: `يبدو أن الرد مكتوب باللغة {replyLanguage}، لكن العميل يكتب باللغة {customerLanguage}، ولا يقبل هذا السوق الردود باللغة {replyLanguage} عبر قناة ${isolated('channel')}.`,
  registerInformal: `«${found}» صيغة غير رسمية؛ يتوقع هذا السوق الأسلوب الرسمي (${isolated('expected')}).`,
  registerFormal: `«${found}» صيغة رسمية؛ يخاطب هذا السوق العملاء بأسلوب غير رسمي (${isolated('expected')}).`,
  nameMissingHonorific: `لا يتضمن «${found}» لقب احترام؛ خاطب العميل بصيغة «${suggestion}».`,
  nameWrongHonorific: `لا يُستخدم «${found}» في مخاطبة العملاء؛ اكتب «${suggestion}».`,
  nameWrongOrder: `ترتيب الاسمين في «${found}» معكوس؛ اكتب «${suggestion}».`,
  nameGivenAlone: `الاكتفاء بالاسم الأول («${found}») فيه تبسّط زائد هنا؛ اكتب «${suggestion}».`,
  crossSell: `«${found}» ترويج لمبيعات إضافية في رد من خدمة العملاء، وهو ما يراه عملاء هذا السوق إلحاحًا مزعجًا.`,
  sensitiveTopic: `«${found}» يشير إلى ${TOPIC}، وهو ما يطلب هذا السوق تجنّبه.`,
  sensitiveWord: `«${found}» من الكلمات التي يطلب هذا السوق تجنّبها.`,
  unluckyNumber: `«${found}»: يُعدّ الرقم {number} رقمًا مشؤومًا في هذا السوق.`,
  sensitiveDate: `«${found}» يوافق تاريخًا يطلب هذا السوق عدم ذكره.`,
  foreignCurrency: `«${found}» بعملة ${isolated('currency')}، أما الدفع في هذا السوق فبعملة ${isolated('expected')}.`,
  dateFormat: `«${found}» لا يطابق طريقة كتابة التواريخ هنا وقد يُساء فهمه؛ اكتبه بهذا الشكل: ${example}.`,
  numberFormat: `يستخدم «${found}» فواصل لا تناسب هذا السوق؛ اكتب الأرقام بهذا الشكل: ${example}.`,
  missingOpening: `لا يبدأ الرد بتحية، والعملاء هنا يتوقعونها، مثل «${example}».`,
  missingClosing: `لا ينتهي الرد بعبارة ختامية، والعملاء هنا يتوقعونها، مثل «${example}».`,
  missingSignOff: `توقيع العلامة التجارية «${isolated('signOff')}» غير موجود.`,
  cardNumber: 'يبدو هذا رقم بطاقة دفع؛ لا ترسل أرقام البطاقات أبدًا.',
  iban: 'هذا رقم حساب مصرفي (IBAN)؛ تحقّق من جواز إرساله، ولا ترسل أبدًا رقم حساب العميل نفسه.',
  secret: `يبدو هذا كلمة مرور أو مفتاح وصول (${isolated('kind')})؛ لا ترسل أي بيانات سرية أبدًا.`,
};
