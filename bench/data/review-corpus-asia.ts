import { r, type LabelledReply } from './review-corpus-types.js';

const yuki = { customer: { name: '田中 優希' } };
const kenji = { customer: { name: '佐藤 健司', gender: 'male' as const } };
const wang = { customer: { name: '王伟', gender: 'male' as const } };
const li = { customer: { name: '李娜', gender: 'female' as const } };
const chen = { customer: { name: '陳美玲', gender: 'female' as const } };
const minjun = { customer: { name: '김민준', gender: 'male' as const } };
const seoyeon = { customer: { name: '이서연', gender: 'female' as const } };

/** Japanese, Chinese and Korean replies. */
export const asiaCorpus: LabelledReply[] = [
  // Japanese — clean
  r('JP', 'ja', 'email', '', '田中 優希 様\n\nいつもご利用いただき、誠にありがとうございます。\nご注文の商品は本日発送いたしました。\n\n今後ともよろしくお願いいたします。', yuki),
  r('JP', 'ja', 'email', '', '佐藤様\n\nお問い合わせいただき、ありがとうございます。\n返金額の3,980円は、2027年6月14日までにご指定の口座へお振り込みいたします。\n\nよろしくお願い申し上げます。', kenji),
  r('JP', 'ja', 'email', '', '田中様\n\nこのたびはご迷惑をおかけし、大変申し訳ございません。\n代替品を2027/06/10にお届けいたします。\n\n何卒よろしくお願いいたします。', yuki),
  r('JP', 'ja', 'line', '', 'お問い合わせありがとうございます。ご注文の商品は明日発送いたします。よろしくお願いいたします。'),
  r('JP', 'ja', 'chat', '', 'お待たせいたしました。ただいま確認いたしますので、少々お待ちください。よろしくお願いいたします。'),
  r('JP', 'ja', 'chat', '', '確認いたしました。配送状況は追跡番号からご確認いただけます。', { followUp: true }),
  r('JP', 'ja', 'chat', '', '承知いたしました。返品用の伝票をお送りいたします。', { followUp: true }),
  r('JP', 'ja', 'chat', '', 'ご注文の4点はすべて本日発送済みです。', { followUp: true }),
  r('JP', 'ja', 'chat', '', 'アプリをバージョン3.2.1に更新していただけますでしょうか。', { followUp: true }),
  r('JP', 'ja', 'email', '', '佐藤 健司 様\n\nお問い合わせありがとうございます。\nご返金は¥5,500となります。\n\nよろしくお願いいたします。', kenji),
  // Japanese — flagged
  r('JP', 'ja', 'chat', 'REGISTER', '了解です。すぐ発送するよ。', { followUp: true }),
  r('JP', 'ja', 'chat', 'REGISTER', '商品は明日届くと思う。届いたら連絡してね。', { followUp: true }),
  r('JP', 'ja', 'chat', 'REGISTER', 'ごめんね、在庫がないんだ。', { followUp: true }),
  r('JP', 'ja', 'chat', 'REGISTER', 'ありがとう！すぐに確認します。', { followUp: true }),
  r('JP', 'ja', 'email', 'NAME_FORM', '田中さん\n\nお問い合わせいただきありがとうございます。\n本日発送いたしました。\n\nよろしくお願いいたします。', yuki),
  r('JP', 'ja', 'email', 'NAME_FORM', '優希 田中 様\n\nお問い合わせいただきありがとうございます。\n本日発送いたしました。\n\nよろしくお願いいたします。', yuki),
  r('JP', 'ja', 'email', 'NAME_FORM', '田中 優希\n\nお問い合わせいただきありがとうございます。\n本日発送いたしました。\n\nよろしくお願いいたします。', yuki),
  r('JP', 'ja', 'email', 'NAME_FORM', '健司さん\n\nいつもありがとうございます。\n本日発送いたしました。\n\nよろしくお願いいたします。', kenji),
  r('JP', 'ja', 'email', 'NAME_FORM', '佐藤先生\n\nいつもありがとうございます。\n本日発送いたしました。\n\nよろしくお願いいたします。'),
  r('JP', 'ja', 'chat', 'CROSS_SELL', 'こちらの新作もおすすめです。ぜひこの機会にご検討ください。', { followUp: true }),
  r('JP', 'ja', 'chat', 'CROSS_SELL', 'あわせてご購入いただくと送料が無料になります。', { followUp: true }),
  r('JP', 'ja', 'chat', 'SENSITIVITY', 'お詫びの品として、4個セットのタオルをお送りいたします。', { followUp: true }),
  r('JP', 'ja', 'chat', 'SENSITIVITY', 'ギフトとして九本セットのボールペンをご用意しました。', { followUp: true }),
  r('JP', 'ja', 'chat', 'FORMAT', '返金額は$25となります。', { followUp: true }),
  r('JP', 'ja', 'chat', 'FORMAT', '商品は06/14/2027にお届けいたします。', { followUp: true }),
  r('JP', 'ja', 'chat', 'FORMAT', 'ご返金は€30となります。', { followUp: true }),
  r('JP', 'ja', 'line', 'GREETING', 'ご注文の商品は明日発送いたします。'),
  r('JP', 'ja', 'email', 'GREETING', '田中様\n\nご注文の商品は明日発送いたします。', yuki),
  // Chinese (mainland) — clean
  r('CN', 'zh', 'chat', '', '您好，感谢您的耐心等待。您的订单已经发货。'),
  r('CN', 'zh', 'chat', '', '王先生您好，退款¥199已原路退回，请注意查收。', wang),
  r('CN', 'zh', 'wechat', '', '您好！包裹预计2027年6月12日送达。'),
  r('CN', 'zh', 'chat', '', '好的，我们马上为您处理。', { followUp: true }),
  r('CN', 'zh', 'chat', '', '您可能也会喜欢这款新品手机壳，现在购买享受限时优惠。', { followUp: true }),
  r('CN', 'zh', 'email', '', '尊敬的李女士，您好！\n\n您的退货已收到，退款将在3个工作日内到账。\n\n祝您生活愉快！\n客服团队', li),
  // Chinese — flagged
  r('CN', 'zh', 'chat', 'REGISTER', '你好，你的订单已经发出了。'),
  r('CN', 'zh', 'chat', 'REGISTER', '亲，你的包裹明天到哦。'),
  r('CN', 'zh', 'chat', 'NAME_FORM', '您好，伟先生，您的订单已发货。', wang),
  r('CN', 'zh', 'chat', 'NAME_FORM', '您好，李小姐，您的退款已处理。', li),
  r('CN', 'zh', 'chat', 'SENSITIVITY', '您好，我们准备了4件套礼盒作为补偿。'),
  r('CN', 'zh', 'chat', 'SENSITIVITY', '您好，关于台独的问题我们不便评论。'),
  r('CN', 'zh', 'chat', 'FORMAT', '您好，退款金额为$30。'),
  r('CN', 'zh', 'chat', 'FORMAT', '您好，包裹将于06/12/2027送达。'),
  r('CN', 'zh', 'chat', 'GREETING', '您的订单已经发货，请注意查收。'),
  // Chinese (Taiwan, Hong Kong)
  r('TW', 'zh-Hant', 'line', '', '您好，感謝您的來信。您的訂單已經出貨，預計2027/06/12送達。'),
  r('TW', 'zh-Hant', 'chat', '', '陳小姐您好，退款NT$500已經處理完成。', chen),
  r('TW', 'zh-Hant', 'chat', 'REGISTER', '您好，妳的訂單已經出貨了。'),
  r('TW', 'zh-Hant', 'chat', 'SENSITIVITY', '您好，我們將贈送4件套禮盒作為補償。'),
  r('TW', 'zh-Hant', 'chat', 'FORMAT', '您好，退款金額為US$20。'),
  r('HK', 'zh-Hant', 'chat', '', '您好，退款HK$180已經處理。'),
  r('HK', 'zh-Hant', 'whatsapp', 'FORMAT', '您好，退款金額為¥300。'),
  // Korean — clean
  r('KR', 'ko', 'chat', '', '안녕하세요, 고객님. 주문하신 상품은 내일 발송됩니다. 감사합니다.'),
  r('KR', 'ko', 'kakaotalk', '', '김민준 고객님, 안녕하세요. 환불 금액 35,000원이 처리되었습니다. 감사합니다.', minjun),
  r('KR', 'ko', 'chat', '', '확인해 보겠습니다. 잠시만 기다려 주세요.', { followUp: true }),
  r('KR', 'ko', 'email', '', '이서연 고객님께\n\n안녕하세요. 교환 상품은 2027. 6. 14. 도착 예정입니다.\n\n감사합니다.\n고객센터 드림', seoyeon),
  r('KR', 'ko', 'chat', '', '배송 조회는 주문 내역에서 하실 수 있습니다.', { followUp: true }),
  // Korean — flagged
  r('KR', 'ko', 'chat', 'REGISTER', '내일 보내줄게. 조금만 기다려.', { followUp: true }),
  r('KR', 'ko', 'chat', 'REGISTER', '환불 처리했어. 확인해 봐!', { followUp: true }),
  r('KR', 'ko', 'chat', 'NAME_FORM', '김민준 씨, 안녕하세요. 주문하신 상품이 발송되었습니다. 감사합니다.', minjun),
  r('KR', 'ko', 'chat', 'NAME_FORM', '서연 씨, 안녕하세요. 환불이 완료되었습니다. 감사합니다.', seoyeon),
  r('KR', 'ko', 'chat', 'SENSITIVITY', '사과의 의미로 4개 세트를 보내 드리겠습니다.', { followUp: true }),
  r('KR', 'ko', 'chat', 'FORMAT', '환불 금액은 $30입니다.', { followUp: true }),
  r('KR', 'ko', 'chat', 'FORMAT', '상품은 06/14/2027에 도착합니다.', { followUp: true }),
  r('KR', 'ko', 'chat', 'GREETING', '주문하신 상품은 내일 발송됩니다.'),
];
