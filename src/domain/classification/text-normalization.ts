/**
 * One normal form for message text and table phrases, so a phrase written once matches what customers type:
 * lower case, no Latin accents (customers often drop them: "ou est ma commande"), full-width forms folded,
 * Arabic letter variants and vowel marks unified, and Traditional Chinese folded to Simplified for the
 * characters the Chinese table uses.
 */

// Latin combining accents only: kana voicing marks (U+3099) and Hangul jamo are recomposed by the final NFKC.
const LATIN_MARKS = /[\u0300-\u036f]/g;
const ARABIC_MARKS = /[\u064b-\u065f\u0670\u0640]/g;
const APOSTROPHES = /[’‘ʼ`´]/g;

// Traditional → Simplified for the characters the zh table uses (customer-service vocabulary).
const HAN_PAIRS =
  '訂订 單单 貨货 發发 送送 運运 費费 錢钱 換换 壞坏 損损 號号 碼码 帳账 賬账 戶户 登登 錄录 密密 設设 ' +
  '質质 價价 購购 買买 賣卖 請请 問问 嗎吗 麼么 沒没 還还 遞递 郵邮 達达 應应 該该 給给 讓让 過过 進进 ' +
  '幫帮 聯联 態态 紀纪 據据 隱隐 私私 刪删 除除 資资 訊讯 個个 們们 這这 來来 時时 為为 說说 會会 對对 ' +
  '錯错 誤误 顯显 示示 無无 法法 開开 關关 電电 腦脑 機机 軟软 體体 載载 當当 動动 轉转 銀银 卡卡 認认 ' +
  '證证 驗验 碼码 處处 理理 題题 產产 品品 尺尺 寸寸 顏颜 選选 擇择 適适 合合 建建 議议 推推 薦荐 哪哪 ' +
  '種种 較较 區区 別别 差差 投投 訴诉 態态 務务 員员 滿满 意意 糟糟 糕糕 慢慢 遲迟 久久 復复 覆复 ' +
  '取取 消消 退退 款款 貨货 扣扣 兩两 次次 付付 錢钱 支支 額额 優优 惠惠 券券 碼码 積积 分分 註注 冊册 ' +
  '帳帐 號号 鎖锁 忘忘 記记 改改 郵邮 箱箱 手手 數数 據据 導导 出出 銷销 戶户 訂订 閱阅 壞坏 掉掉 響响 ' +
  '亮亮 燈灯 充充 連连 線线 網网 絡络 閃闪 退退 簽签 收收 丟丢 失失 派派 遞递 件件 裡里 邊边 錯错';
const HAN_FOLD = new Map<string, string>();
for (const pair of HAN_PAIRS.split(' ')) {
  const [traditional, simplified] = [...pair];
  if (traditional && simplified && traditional !== simplified) HAN_FOLD.set(traditional, simplified);
}
const HAN_CANDIDATES = new RegExp(`[${[...HAN_FOLD.keys()].join('')}]`, 'gu');

/**
 * The matching form of a text.
 *
 * @example
 * normalizeForMatching('Où est ma COMMANDE ?'); // 'ou est ma commande ?'
 * normalizeForMatching('訂單還沒到'); // '订单还没到'
 */
export function normalizeForMatching(text: string): string {
  let out = text.normalize('NFKD').replace(LATIN_MARKS, '').normalize('NFKC').toLowerCase();
  out = out.replace(APOSTROPHES, "'").replace(/ß/g, 'ss');
  if (/[\u0600-\u06ff]/.test(out)) {
    out = out.replace(ARABIC_MARKS, '').replace(/[أإآٱ]/g, 'ا').replace(/ى/g, 'ي').replace(/ة/g, 'ه');
  }
  if (/[\u4e00-\u9fff]/.test(out)) out = out.replace(HAN_CANDIDATES, (c) => HAN_FOLD.get(c) ?? c);
  return out;
}
