import type { ReviewCatalogue } from './review-message-keys.js';

const TOPIC = '{topic, select, pork {豚肉} alcohol {アルコール} gambling {ギャンブル} politics {政治的な話題} beef {牛肉} other {デリケートな話題}}';

export const reviewMessagesJa: ReviewCatalogue = {
  languageMismatch: '返信は{replyLanguage}のようですが、お客様は{customerLanguage}で書いており、この市場では{channel}で{replyLanguage}の返信は認められていません。',
  registerInformal: '「{found}」はくだけた表現です。この市場では丁寧な言葉遣い（{expected}）が求められます。',
  registerFormal: '「{found}」は改まった表現です。この市場ではくだけた言葉遣い（{expected}）が一般的です。',
  nameMissingHonorific: '「{found}」に敬称がありません。「{suggestion}」とお書きください。',
  nameWrongHonorific: '「{found}」はお客様には使いません。「{suggestion}」とお書きください。',
  nameWrongOrder: '「{found}」は姓名の順序が逆です。「{suggestion}」とお書きください。',
  nameGivenAlone: '名前だけ（「{found}」）では馴れ馴れしい印象になります。「{suggestion}」とお書きください。',
  crossSell: '「{found}」はサポートの返信での販売促進にあたり、この市場のお客様には押し付けがましく感じられます。',
  sensitiveTopic: '「{found}」は' + TOPIC + 'に触れています。この市場では避けてください。',
  sensitiveWord: '「{found}」はこの市場で避けるべき言葉に含まれています。',
  unluckyNumber: '「{found}」：{number}はこの市場で縁起の悪い数字とされています。',
  sensitiveDate: '「{found}」はこの市場で言及を避けるべき日付です。',
  foreignCurrency: '「{found}」は{currency}建てです。この市場の通貨は{expected}です。',
  dateFormat: '「{found}」はこの市場の日付の書き方ではなく、誤読のおそれがあります。{example}のようにお書きください。',
  numberFormat: '「{found}」の区切り記号はこの市場の書き方と異なります。{example}のようにお書きください。',
  missingOpening: '返信に挨拶がありません。この市場では「{example}」のような書き出しが期待されます。',
  missingClosing: '返信に結びの言葉がありません。この市場では「{example}」のような結びが期待されます。',
  missingSignOff: 'ブランドの署名「{signOff}」がありません。',
  cardNumber: 'クレジットカード番号のようです。カード番号は絶対に送信しないでください。',
  iban: '銀行口座番号（IBAN）です。送信してよいか確認し、お客様ご自身の口座番号は送らないでください。',
  secret: 'パスワードまたはアクセスキー（{kind}）のようです。機密情報は送信しないでください。',
};
