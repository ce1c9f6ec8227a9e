/**
 * The demo brand loaded by `npm start` on an empty database.
 *
 * Kettle & Tide is a fictional direct-to-consumer kitchenware maker from Lyon: the Signature enamelled
 * cast-iron cocotte (24 and 28 cm, in Sea Salt, Slate and Terracotta), a carbon-steel frying pan,
 * an olive-wood cutting board, a santoku knife, linen aprons (S/M/L) and the Tide One, a Wi-Fi gooseneck
 * kettle with an app. It sells in twelve markets, with order numbers like `KT-2027-10442`.
 *
 * Support runs from four places: the Lyon headquarters (France, the US by day, the UK and the UAE), a
 * multilingual hub in Bucharest (Romania, Germany, Italy, Spain and French overflow), a Tokyo office
 * (Japan, Korea, China) and an outsourcing partner in São Paulo (Brazil, and the US overnight).
 * Private notes are written in each team's working language: French in Lyon, English in Bucharest,
 * Japanese in Tokyo and Portuguese in São Paulo.
 *
 * Every customer, email address and phone number is invented (`example.*` domains, fictional number
 * ranges); message times are minutes before the seed time so SLA clocks are live whenever it is loaded.
 */
import type { DemoAgent, DemoBrand, DemoConversation, DemoShift, DemoTeam, DemoWeekday } from './demo-types.js';

const agentDomain = 'demo.borderless.test';

function weekdays(days: DemoWeekday[], shifts: DemoShift[]): Partial<Record<DemoWeekday, DemoShift[]>> {
  return Object.fromEntries(days.map((day) => [day, shifts.map(([from, to]) => [from, to] as DemoShift)]));
}

const monToFri: DemoWeekday[] = ['mon', 'tue', 'wed', 'thu', 'fri'];
const tueToSat: DemoWeekday[] = ['tue', 'wed', 'thu', 'fri', 'sat'];
const wedToSun: DemoWeekday[] = ['wed', 'thu', 'fri', 'sat', 'sun'];
// Overnight US coverage starts on the local evening before the US working day.
const sunToThu: DemoWeekday[] = ['sun', 'mon', 'tue', 'wed', 'thu'];

const teams: DemoTeam[] = [
  {
    id: 'lyon-hq',
    name: 'Lyon HQ',
    kind: 'hq',
    timeZone: 'Europe/Paris',
    location: 'Lyon, France',
    markets: ['fr', 'us', 'gb', 'ae'],
  },
  {
    id: 'bucharest-hub',
    name: 'Bucharest hub',
    kind: 'hub',
    timeZone: 'Europe/Bucharest',
    location: 'Bucharest, Romania',
    markets: ['ro', 'de', 'it', 'es', 'fr'],
  },
  {
    id: 'tokyo-office',
    name: 'Tokyo office',
    kind: 'local',
    timeZone: 'Asia/Tokyo',
    location: 'Tokyo, Japan',
    markets: ['jp', 'kr', 'cn'],
  },
  {
    id: 'sao-paulo-partner',
    name: 'Atlântico CX (partner)',
    kind: 'partner',
    timeZone: 'America/Sao_Paulo',
    location: 'São Paulo, Brazil',
    markets: ['br', 'us'],
  },
];

const agents: DemoAgent[] = [
  // Lyon HQ
  {
    id: 'claire-morel',
    name: 'Claire Morel',
    email: `admin@${agentDomain}`,
    role: 'admin',
    teams: ['lyon-hq'],
    languages: [
      { language: 'fr', level: 'native' },
      { language: 'en', level: 'C1' },
      { language: 'it', level: 'B1' },
    ],
    timeZone: 'Europe/Paris',
    shifts: weekdays(monToFri, [['09:00', '12:30'], ['13:30', '17:30']]),
    capacity: { email: 15, chat: 2 },
  },
  {
    id: 'thomas-girard',
    name: 'Thomas Girard',
    email: `thomas.girard@${agentDomain}`,
    role: 'agent',
    teams: ['lyon-hq'],
    languages: [
      { language: 'fr', level: 'native' },
      { language: 'en', level: 'C1' },
      { language: 'es', level: 'B2' },
    ],
    timeZone: 'Europe/Paris',
    shifts: weekdays(tueToSat, [['08:30', '12:30'], ['13:30', '17:00']]),
    capacity: { email: 25, chat: 3, messenger: 4 },
  },
  {
    id: 'yasmine-benali',
    name: 'Yasmine Benali',
    email: `yasmine.benali@${agentDomain}`,
    role: 'agent',
    teams: ['lyon-hq'],
    languages: [
      { language: 'fr', level: 'native' },
      { language: 'ar', level: 'native' },
      { language: 'en', level: 'B2' },
    ],
    timeZone: 'Europe/Paris',
    shifts: weekdays(monToFri, [['10:00', '13:00'], ['14:00', '19:00']]),
    capacity: { email: 25, chat: 3, whatsapp: 5 },
  },
  {
    id: 'hannah-whitaker',
    name: 'Hannah Whitaker',
    email: `hannah.whitaker@${agentDomain}`,
    role: 'agent',
    teams: ['lyon-hq'],
    languages: [
      { language: 'en', level: 'native' },
      { language: 'fr', level: 'C1' },
      { language: 'de', level: 'B1' },
    ],
    timeZone: 'Europe/Paris',
    shifts: weekdays(monToFri, [['09:00', '13:00'], ['14:00', '18:00']]),
    capacity: { email: 25, chat: 3, telegram: 4 },
  },
  {
    id: 'megan-carter',
    name: 'Megan Carter',
    email: `megan.carter@${agentDomain}`,
    role: 'agent',
    teams: ['lyon-hq'],
    languages: [
      { language: 'en', level: 'native' },
      { language: 'es', level: 'B2' },
      { language: 'fr', level: 'B1' },
    ],
    // Works remotely from Austin for the US daytime.
    timeZone: 'America/Chicago',
    shifts: weekdays(monToFri, [['08:00', '12:00'], ['12:30', '16:30']]),
    capacity: { email: 25, chat: 4, sms: 6, voice: 1 },
  },
  // Bucharest hub
  {
    id: 'ioana-marinescu',
    name: 'Ioana Marinescu',
    email: `ioana.marinescu@${agentDomain}`,
    role: 'supervisor',
    teams: ['bucharest-hub'],
    languages: [
      { language: 'ro', level: 'native' },
      { language: 'en', level: 'C2' },
      { language: 'fr', level: 'C1' },
      { language: 'it', level: 'B2' },
    ],
    timeZone: 'Europe/Bucharest',
    shifts: weekdays(monToFri, [['09:00', '17:30']]),
    capacity: { email: 10, chat: 2 },
  },
  {
    id: 'andrei-dumitrescu',
    name: 'Andrei Dumitrescu',
    email: `andrei.dumitrescu@${agentDomain}`,
    role: 'agent',
    teams: ['bucharest-hub'],
    languages: [
      { language: 'ro', level: 'native' },
      { language: 'en', level: 'C1' },
      { language: 'de', level: 'C1' },
    ],
    timeZone: 'Europe/Bucharest',
    shifts: weekdays(monToFri, [['08:00', '12:00'], ['12:30', '16:30']]),
    capacity: { email: 25, chat: 3, whatsapp: 5, messenger: 5 },
  },
  {
    id: 'elena-stan',
    name: 'Elena Stan',
    email: `elena.stan@${agentDomain}`,
    role: 'agent',
    teams: ['bucharest-hub'],
    languages: [
      { language: 'ro', level: 'native' },
      { language: 'it', level: 'C1' },
      { language: 'en', level: 'B2' },
      { language: 'es', level: 'B2' },
    ],
    timeZone: 'Europe/Bucharest',
    shifts: weekdays(monToFri, [['12:00', '16:00'], ['16:30', '20:30']]),
    capacity: { email: 20, chat: 3, whatsapp: 6 },
  },
  {
    id: 'mihai-ionescu',
    name: 'Mihai Ionescu',
    email: `mihai.ionescu@${agentDomain}`,
    role: 'agent',
    teams: ['bucharest-hub'],
    languages: [
      { language: 'ro', level: 'native' },
      { language: 'fr', level: 'C1' },
      { language: 'en', level: 'C1' },
    ],
    timeZone: 'Europe/Bucharest',
    shifts: weekdays(tueToSat, [['09:00', '13:00'], ['13:30', '17:30']]),
    capacity: { email: 25, chat: 4, messenger: 5 },
  },
  {
    id: 'lukas-brenner',
    name: 'Lukas Brenner',
    email: `lukas.brenner@${agentDomain}`,
    role: 'agent',
    teams: ['bucharest-hub'],
    languages: [
      { language: 'de', level: 'native' },
      { language: 'en', level: 'C1' },
      { language: 'ro', level: 'B1' },
    ],
    timeZone: 'Europe/Bucharest',
    shifts: weekdays(monToFri, [['09:00', '13:00'], ['13:30', '17:30']]),
    capacity: { email: 25, chat: 3, whatsapp: 5 },
  },
  {
    id: 'giulia-ferraro',
    name: 'Giulia Ferraro',
    email: `giulia.ferraro@${agentDomain}`,
    role: 'agent',
    teams: ['bucharest-hub'],
    languages: [
      { language: 'it', level: 'native' },
      { language: 'en', level: 'C1' },
      { language: 'es', level: 'B2' },
      { language: 'ro', level: 'A2' },
    ],
    timeZone: 'Europe/Bucharest',
    shifts: weekdays(monToFri, [['10:00', '14:00'], ['14:30', '18:30']]),
    capacity: { email: 25, chat: 3, whatsapp: 5 },
  },
  {
    id: 'lucia-romero',
    name: 'Lucía Romero',
    email: `lucia.romero@${agentDomain}`,
    role: 'agent',
    teams: ['bucharest-hub'],
    languages: [
      { language: 'es', level: 'native' },
      { language: 'en', level: 'C1' },
      { language: 'pt', level: 'B2' },
      { language: 'it', level: 'B1' },
    ],
    timeZone: 'Europe/Bucharest',
    // 10:00–18:30 in Bucharest is 09:00–17:30 in Madrid.
    shifts: weekdays(monToFri, [['10:00', '14:00'], ['14:30', '18:30']]),
    capacity: { email: 25, chat: 3, whatsapp: 6 },
  },
  // Tokyo office
  {
    id: 'haruka-sato',
    name: 'Haruka Sato',
    email: `haruka.sato@${agentDomain}`,
    role: 'agent',
    teams: ['tokyo-office'],
    languages: [
      { language: 'ja', level: 'native' },
      { language: 'en', level: 'C1' },
    ],
    timeZone: 'Asia/Tokyo',
    shifts: weekdays(monToFri, [['09:00', '12:00'], ['13:00', '18:00']]),
    capacity: { email: 20, chat: 3, line: 6 },
  },
  {
    id: 'kenji-watanabe',
    name: 'Kenji Watanabe',
    email: `kenji.watanabe@${agentDomain}`,
    role: 'agent',
    teams: ['tokyo-office'],
    languages: [
      { language: 'ja', level: 'native' },
      { language: 'en', level: 'B2' },
      { language: 'ko', level: 'B1' },
    ],
    timeZone: 'Asia/Tokyo',
    shifts: weekdays(monToFri, [['10:00', '13:00'], ['14:00', '19:00']]),
    capacity: { email: 20, chat: 3, line: 5 },
  },
  {
    id: 'yuki-tanaka',
    name: 'Yuki Tanaka',
    email: `yuki.tanaka@${agentDomain}`,
    role: 'agent',
    teams: ['tokyo-office'],
    languages: [
      { language: 'ja', level: 'native' },
      { language: 'zh', level: 'B1' },
      { language: 'en', level: 'B1' },
    ],
    timeZone: 'Asia/Tokyo',
    // Covers the weekend, when Japanese customers write most.
    shifts: weekdays(wedToSun, [['09:00', '12:00'], ['13:00', '18:00']]),
    capacity: { email: 20, chat: 3, line: 6 },
  },
  {
    id: 'jiwoo-park',
    name: 'Ji-woo Park',
    email: `jiwoo.park@${agentDomain}`,
    role: 'agent',
    teams: ['tokyo-office'],
    languages: [
      { language: 'ko', level: 'native' },
      { language: 'ja', level: 'C1' },
      { language: 'en', level: 'B2' },
    ],
    timeZone: 'Asia/Tokyo',
    shifts: weekdays(monToFri, [['09:00', '12:00'], ['13:00', '18:00']]),
    capacity: { email: 20, chat: 3, kakaotalk: 6 },
  },
  {
    id: 'lin-xiaoyu',
    name: 'Lin Xiaoyu',
    email: `lin.xiaoyu@${agentDomain}`,
    role: 'agent',
    teams: ['tokyo-office'],
    languages: [
      { language: 'zh', level: 'native' },
      { language: 'ja', level: 'C1' },
      { language: 'en', level: 'B2' },
    ],
    timeZone: 'Asia/Tokyo',
    // 10:00–19:00 in Tokyo is 09:00–18:00 in Shanghai.
    shifts: weekdays(monToFri, [['10:00', '13:00'], ['14:00', '19:00']]),
    capacity: { email: 20, chat: 3, wechat: 6 },
  },
  // São Paulo partner
  {
    id: 'camila-souza',
    name: 'Camila Souza',
    email: `camila.souza@${agentDomain}`,
    role: 'agent',
    teams: ['sao-paulo-partner'],
    languages: [
      { language: 'pt', level: 'native' },
      { language: 'en', level: 'B2' },
      { language: 'es', level: 'B2' },
    ],
    timeZone: 'America/Sao_Paulo',
    shifts: weekdays(monToFri, [['08:00', '12:00'], ['13:00', '17:00']]),
    capacity: { email: 30, chat: 4, whatsapp: 8 },
  },
  {
    id: 'thiago-costa',
    name: 'Thiago Costa',
    email: `thiago.costa@${agentDomain}`,
    role: 'agent',
    teams: ['sao-paulo-partner'],
    languages: [
      { language: 'pt', level: 'native' },
      { language: 'es', level: 'B2' },
      { language: 'en', level: 'B1' },
    ],
    timeZone: 'America/Sao_Paulo',
    shifts: {
      ...weekdays(monToFri, [['12:00', '16:00'], ['17:00', '21:00']]),
      sat: [['09:00', '13:00']],
    },
    capacity: { email: 30, chat: 4, whatsapp: 8 },
  },
  {
    id: 'rafael-oliveira',
    name: 'Rafael Oliveira',
    email: `rafael.oliveira@${agentDomain}`,
    role: 'agent',
    teams: ['sao-paulo-partner'],
    languages: [
      { language: 'pt', level: 'native' },
      { language: 'en', level: 'C1' },
    ],
    timeZone: 'America/Sao_Paulo',
    // Overnight for the US: 23:00–07:00 in São Paulo is 22:00–06:00 in New York (summer time).
    shifts: weekdays(sunToThu, [['23:00', '07:00']]),
    capacity: { email: 30, chat: 4, sms: 6 },
  },
  {
    id: 'bruna-lima',
    name: 'Bruna Lima',
    email: `bruna.lima@${agentDomain}`,
    role: 'agent',
    teams: ['sao-paulo-partner'],
    languages: [
      { language: 'pt', level: 'native' },
      { language: 'en', level: 'C1' },
      { language: 'es', level: 'B1' },
    ],
    timeZone: 'America/Sao_Paulo',
    // US evening and West Coast late hours.
    shifts: weekdays(sunToThu, [['20:00', '04:00']]),
    capacity: { email: 30, chat: 4, sms: 6, voice: 1 },
  },
];

const japan: DemoConversation[] = [
  {
    market: 'jp',
    channel: 'email',
    customer: { name: '中村 美咲', email: 'misaki.nakamura@example.jp', country: 'JP', locale: 'ja-JP' },
    subject: '注文商品の配送状況について（注文番号 KT-2027-10442）',
    status: 'open',
    priority: 'normal',
    messages: [
      {
        direction: 'in',
        minutesAgo: 95,
        text: `Kettle & Tide ご担当者様\n\nいつもお世話になっております。中村と申します。\n\n先週、ココット・シグネチャー 24cm（シーソルト）を注文いたしました（注文番号：KT-2027-10442）。発送完了のメールは届いたのですが、ヤマト運輸の追跡サービスで確認しても「伝票番号未登録」と表示されたままで、3日ほど状況が変わっておりません。\n\n母への誕生日プレゼントのため、週末までに届くかどうかご確認いただけますと大変助かります。\n\nお手数をおかけいたしますが、何卒よろしくお願いいたします。\n\n中村 美咲`,
      },
    ],
  },
  {
    market: 'jp',
    channel: 'line',
    customer: { name: '高橋 健太', country: 'JP', locale: 'ja-JP' },
    status: 'pending',
    priority: 'normal',
    assignee: 'haruka-sato',
    messages: [
      {
        direction: 'in',
        minutesAgo: 2880,
        text: `お世話になります。昨日電気ケトル（Tide One）を注文した高橋です。注文番号はKT-2027-10518です。`,
      },
      {
        direction: 'in',
        minutesAgo: 2878,
        text: `注文確認メールに「ゴールデンウィーク期間中は出荷をお休みします」とあったのですが、連休前に届けていただくことはできますか？連休中に実家へ持って行きたくて…`,
      },
      {
        direction: 'out',
        author: 'haruka-sato',
        minutesAgo: 2790,
        text: `高橋様\nお問い合わせいただきありがとうございます。Kettle & Tide カスタマーサポートの佐藤でございます。\nご注文（KT-2027-10518）を確認いたしました。連休前にお届けできるよう、明日の午前中に優先して出荷する手配をいたしました。お届けは通常、出荷の翌日となります。\n送り状番号が発行されましたら、改めてこちらのLINEでご案内いたします。今しばらくお待ちくださいませ。`,
      },
      {
        direction: 'out',
        author: 'haruka-sato',
        private: true,
        minutesAgo: 2785,
        text: `市川倉庫に優先出荷を依頼済み。明日10時のヤマト集荷に間に合うか、朝イチで倉庫に要確認。`,
      },
      { direction: 'in', minutesAgo: 2770, text: `ありがとうございます！助かります。` },
      {
        direction: 'out',
        author: 'haruka-sato',
        minutesAgo: 1490,
        text: `高橋様\n本日、ご注文の商品を出荷いたしました。ヤマト運輸の送り状番号は 4829-0017-3356 でございます。明日中のお届け予定となっております。\n到着まで今しばらくお待ちくださいませ。`,
      },
    ],
  },
  {
    market: 'jp',
    channel: 'email',
    customer: { name: '小林 由美子', email: 'yumiko.kobayashi@example.jp', country: 'JP', locale: 'ja-JP' },
    subject: 'コンビニ払いの支払期限が過ぎてしまいました',
    status: 'open',
    priority: 'normal',
    messages: [
      {
        direction: 'in',
        minutesAgo: 410,
        text: `お世話になっております。\n\n先日、カーボンスチール フライパン 28cm を注文し、お支払い方法にコンビニ払い（セブン-イレブン）を選択いたしました。仕事が立て込んでおり、うっかり支払期限を過ぎてしまいました。注文番号は KT-2027-10601、金額は 13,200円（税込）です。\n\n払込票番号を改めて発行していただくことは可能でしょうか。それとも、もう一度注文し直す必要がございますか。\n\nお手数をおかけして申し訳ございませんが、ご確認のほどよろしくお願いいたします。\n\n小林 由美子`,
      },
    ],
  },
  {
    market: 'jp',
    channel: 'chat',
    customer: { name: '伊藤 翔', email: 'sho.ito@example.jp', country: 'JP', locale: 'ja-JP' },
    status: 'resolved',
    priority: 'low',
    assignee: 'kenji-watanabe',
    messages: [
      {
        direction: 'in',
        minutesAgo: 7210,
        text: `こんにちは。ココットのフタの縁に、錆のようなものが少し出てきました。使い方が悪かったのでしょうか？`,
      },
      {
        direction: 'out',
        author: 'kenji-watanabe',
        minutesAgo: 7205,
        text: `伊藤様、お問い合わせいただきありがとうございます。担当の渡辺でございます。\nココットの縁は、フタとの密閉性を保つため、ホーロー加工をしていない部分がございます。洗った後に水気が残ると、うっすらと錆が出ることがございますが、品質上の問題ではございませんので、どうぞご安心くださいませ。`,
      },
      {
        direction: 'out',
        author: 'kenji-watanabe',
        minutesAgo: 7203,
        text: `お手入れ方法といたしましては、①柔らかいスポンジで錆を軽くこすり落とす、②火にかけてしっかり乾かす、③キッチンペーパーで食用油を薄く塗る、の順にお試しくださいませ。`,
      },
      { direction: 'in', minutesAgo: 7196, text: `なるほど、そういうことだったんですね。やってみます。` },
      { direction: 'in', minutesAgo: 7195, text: `ありがとうございます` },
      {
        direction: 'out',
        author: 'kenji-watanabe',
        minutesAgo: 7193,
        text: `とんでもないことでございます。ほかにもご不明な点がございましたら、お気軽にお問い合わせくださいませ。`,
      },
    ],
  },
  {
    market: 'jp',
    channel: 'email',
    customer: { name: '吉田 真理', email: 'mari.yoshida@example.jp', country: 'JP', locale: 'ja-JP' },
    subject: '電気ケトル「Tide One」にエラー表示（E4）が出ます',
    status: 'open',
    priority: 'high',
    assignee: 'yuki-tanaka',
    messages: [
      {
        direction: 'in',
        minutesAgo: 1320,
        text: `Kettle & Tide カスタマーサポート御中\n\nいつもお世話になっております。吉田と申します。\n\n3か月ほど前に購入した Tide One について、ご相談させてください。\n一昨日から、電源を入れるとディスプレイに「E4」と表示され、お湯が沸かなくなってしまいました。取扱説明書の記載どおり、電源プラグを抜いて10分ほど置いてから再度試しましたが、症状は変わりません。\n\n購入時の注文番号は KT-2027-08873 です。保証期間内かと存じますので、修理または交換についてご検討いただけますでしょうか。\n\nどうぞよろしくお願いいたします。\n\n吉田 真理`,
      },
      {
        direction: 'out',
        author: 'yuki-tanaka',
        private: true,
        minutesAgo: 1250,
        text: `E4＝温度センサー異常。ファームウェア1.3.2で誤検知の報告あり。まずアプリからの更新を案内し、改善しなければ交換で対応。`,
      },
      {
        direction: 'out',
        author: 'yuki-tanaka',
        minutesAgo: 1245,
        text: `吉田 真理様\n\nこの度はご不便をおかけしており、誠に申し訳ございません。Kettle & Tide カスタマーサポートの田中でございます。\n\n「E4」は温度センサーに関するエラー表示でございます。一部の製品で、ソフトウェアの不具合により誤って表示されることが確認されております。\n\nお手数ではございますが、Tideアプリの「設定」＞「デバイス」＞「ソフトウェア更新」より、最新バージョン（1.3.4）への更新をお試しいただけますでしょうか。\n\n更新後も症状が改善しない場合は、保証期間内でございますので、新しい製品と無償で交換させていただきます。その際は、恐れ入りますが本メールにご返信くださいませ。\n\n今後ともKettle & Tideをよろしくお願いいたします。\nKettle & Tide カスタマーサポート　田中`,
      },
      {
        direction: 'in',
        minutesAgo: 300,
        text: `田中様\n\nご丁寧にご案内いただき、ありがとうございます。\nアプリから更新を試みましたが、ケトルがWi-Fiに接続されていないため、更新画面に進めませんでした。Wi-Fiの設定も何度かやり直しましたが、「デバイスが見つかりません」と表示されます。\n\n恐れ入りますが、交換の手続きをお願いできますでしょうか。\n\n吉田`,
      },
    ],
  },
  {
    market: 'jp',
    channel: 'email',
    customer: { name: '井上 直樹', email: 'naoki.inoue@example.jp', country: 'JP', locale: 'ja-JP' },
    subject: '保有個人データの開示請求について',
    status: 'open',
    priority: 'normal',
    messages: [
      {
        direction: 'in',
        minutesAgo: 4320,
        text: `Kettle & Tide Japan株式会社\n個人情報お問い合わせ窓口 御中\n\n個人情報の保護に関する法律に基づき、貴社が保有する私の個人データ（氏名、住所、購入履歴、メールマガジンの配信履歴等）の開示を請求いたします。\nあわせて、メールマガジンの配信停止と、マーケティング目的での利用停止をお願いいたします。\n\n登録メールアドレス：naoki.inoue@example.jp\n\n所定の請求書式や本人確認書類が必要な場合は、ご案内いただけますと幸いです。\n\n井上 直樹`,
      },
    ],
  },
  {
    market: 'jp',
    channel: 'line',
    customer: { name: '松本 彩', country: 'JP', locale: 'ja-JP' },
    status: 'open',
    priority: 'high',
    assignee: 'haruka-sato',
    messages: [
      {
        direction: 'in',
        minutesAgo: 18,
        text: `先ほどココットが届いたのですが、箱を開けたらフタの縁が欠けていました…😢 写真を送りましたので、見ていただけますか？`,
      },
      { direction: 'in', minutesAgo: 17, text: `注文番号はKT-2027-10733です。` },
      {
        direction: 'out',
        author: 'haruka-sato',
        minutesAgo: 9,
        text: `松本様\nこの度は大変ご迷惑をおかけし、誠に申し訳ございません。Kettle & Tide カスタマーサポートの佐藤でございます。\nお写真を拝見いたしました。配送中に破損したものと思われます。至急、新しい商品をお送りいたしますので、お届け先のご住所にお変わりがないかご確認いただけますでしょうか。\n破損した商品は、交換品をお届けする際にヤマト運輸のドライバーが回収いたします。お手数ですが、箱に入れたままお手元に保管いただけますと幸いです。`,
      },
      { direction: 'in', minutesAgo: 4, text: `住所は変わっていません。よろしくお願いします。` },
    ],
  },
  {
    market: 'jp',
    channel: 'email',
    customer: { name: '木村 恵', email: 'megumi.kimura@example.jp', country: 'JP', locale: 'ja-JP' },
    subject: '商品交換のお願い（注文番号 KT-2027-10377）',
    status: 'resolved',
    priority: 'normal',
    assignee: 'kenji-watanabe',
    messages: [
      {
        direction: 'in',
        minutesAgo: 12600,
        text: `お世話になっております。木村と申します。\n\n先日リネンエプロン（Mサイズ・チャコール）を注文したのですが、届いた商品はサンドでした。チャコールへの交換をお願いできますでしょうか。\n\n注文番号：KT-2027-10377\n\nよろしくお願いいたします。\n\n木村 恵`,
      },
      {
        direction: 'out',
        author: 'kenji-watanabe',
        minutesAgo: 12420,
        text: `木村 恵様\n\nこの度はKettle & Tideをご利用いただき、誠にありがとうございます。カスタマーサポートの渡辺でございます。\n\nご注文と異なる色の商品をお届けしてしまい、大変申し訳ございません。\nチャコール（Mサイズ）の在庫を確保し、本日発送の手配をいたしました。交換品に着払いの返送用伝票を同封しておりますので、お手数ですが、お届けした商品はそちらでご返送くださいませ。\n\nご迷惑をおかけいたしましたこと、重ねてお詫び申し上げます。\n\n今後ともKettle & Tideをよろしくお願いいたします。\nKettle & Tide カスタマーサポート　渡辺`,
      },
      {
        direction: 'in',
        minutesAgo: 9000,
        text: `渡辺様\n\n本日、交換品を受け取りました。迅速にご対応いただき、ありがとうございました。\n同封の伝票で、先ほど返送いたしました。\n\n木村`,
      },
      {
        direction: 'out',
        author: 'kenji-watanabe',
        minutesAgo: 8940,
        text: `木村様\n\nご連絡いただき、誠にありがとうございます。ご返送のお手続きまでしていただき、恐縮でございます。\nエプロンを末永くご愛用いただけましたら幸いです。\n\n今後ともKettle & Tideをよろしくお願いいたします。\nKettle & Tide カスタマーサポート　渡辺`,
      },
    ],
  },
];

const unitedStates: DemoConversation[] = [
  {
    market: 'us',
    channel: 'email',
    customer: { name: 'Jessica Morales', email: 'jess.morales@example.com', country: 'US', locale: 'en-US' },
    subject: 'Order says delivered but nothing here',
    status: 'open',
    priority: 'high',
    messages: [
      {
        direction: 'in',
        minutesAgo: 38,
        text: `Hi,\n\nUPS shows my order KT-2027-10559 as delivered yesterday at 2:14 PM, but there's nothing at my door, in the mail room, or with my neighbors. It was the 28 cm carbon steel pan ($89.00) and it's a gift, so I'm kind of stressed about it.\n\nCan you help? I'm not sure whether to file a claim with UPS or just wait.\n\nThanks,\nJessica`,
      },
    ],
  },
  {
    market: 'us',
    channel: 'chat',
    customer: { name: 'Tyler Brooks', email: 'tyler.brooks@example.com', country: 'US', locale: 'en-US' },
    status: 'resolved',
    priority: 'normal',
    assignee: 'megan-carter',
    messages: [
      {
        direction: 'in',
        minutesAgo: 5760,
        text: `hey, trying to check out with apple pay and it keeps saying payment failed. card works everywhere else`,
      },
      {
        direction: 'out',
        author: 'megan-carter',
        minutesAgo: 5757,
        text: `Hi Tyler, thanks for reaching out, and sorry about that! Which browser are you using? We've seen Apple Pay fail in Chrome on iOS this week.`,
      },
      { direction: 'in', minutesAgo: 5755, text: `safari on my iphone` },
      {
        direction: 'out',
        author: 'megan-carter',
        minutesAgo: 5752,
        text: `Got it. A common cause is the billing ZIP on the card in your Apple Wallet not matching the one at checkout. Could you double-check that? If it still fails, you can pay with the card directly. Your cart is saved either way.`,
      },
      { direction: 'in', minutesAgo: 5745, text: `yep the zip was my old one. went through now` },
      { direction: 'in', minutesAgo: 5744, text: `thanks!` },
      {
        direction: 'out',
        author: 'megan-carter',
        minutesAgo: 5743,
        text: `Perfect, glad it worked! Your confirmation email should arrive in a few minutes. Enjoy the kettle! ☕`,
      },
    ],
  },
  {
    market: 'us',
    channel: 'email',
    customer: { name: 'Daniel Kim', email: 'd.kim@example.com', country: 'US', locale: 'en-US' },
    subject: 'Refund for returned Dutch oven?',
    status: 'pending',
    priority: 'normal',
    assignee: 'rafael-oliveira',
    messages: [
      {
        direction: 'in',
        minutesAgo: 8700,
        text: `Hello,\n\nI returned the 24 cm Signature Cocotte (order KT-2027-09981) two weeks ago with your prepaid label. USPS tracking shows it was delivered to your Reno warehouse last week, but I still haven't seen the $199.00 refund on my card.\n\nCould you let me know when to expect it?\n\nBest,\nDaniel Kim`,
      },
      {
        direction: 'out',
        author: 'rafael-oliveira',
        minutesAgo: 8320,
        text: `Hi Daniel,\n\nThanks for your patience, and sorry for the wait. I checked with our Reno warehouse: your cocotte arrived safely and passed inspection, and the refund of $199.00 was issued today to your Visa ending in 4417.\n\nDepending on your bank, it can take 5–10 business days to show up on your statement. I'll keep this ticket open until you confirm you've received it.\n\nWarm regards,\nRafael\nThe Kettle & Tide team`,
      },
      {
        direction: 'out',
        author: 'rafael-oliveira',
        private: true,
        minutesAgo: 8315,
        text: `Reembolso liberado hoje pelo armazém de Reno (ref. RF-55812). Se o cliente voltar depois de 10 dias úteis, escalar pro financeiro em Lyon.`,
      },
    ],
  },
  {
    market: 'us',
    channel: 'sms',
    customer: { name: 'Brenda Walsh', phone: '+13125550148', country: 'US', locale: 'en-US' },
    status: 'open',
    priority: 'normal',
    messages: [
      {
        direction: 'in',
        minutesAgo: 6,
        text: `Hi this is Brenda Walsh, order KT-2027-10690. I just moved, can you ship it to 418 Linden Ave Apt 2, Oak Park IL 60302 instead?`,
      },
      { direction: 'in', minutesAgo: 5, text: `Sorry forgot to say I don't think it has shipped yet` },
    ],
  },
  {
    market: 'us',
    channel: 'voice',
    customer: { name: 'Robert Haynes', phone: '+16175550193', country: 'US', locale: 'en-US' },
    status: 'open',
    priority: 'urgent',
    assignee: 'megan-carter',
    messages: [
      {
        direction: 'in',
        minutesAgo: 220,
        text: `[Voicemail, 1:42] Yeah, hi, this is Robert Haynes. I'm calling about the Tide One kettle I bought, order KT-2027-09640. The lid popped open while it was boiling and splashed my hand. I'm okay, but this is a safety issue and frankly I'm pretty upset. I'd like someone to call me back today. My number is 617-555-0193. Thanks.`,
      },
      {
        direction: 'out',
        author: 'megan-carter',
        private: true,
        minutesAgo: 200,
        text: `Incident de sécurité possible (le couvercle s'est ouvert pendant l'ébullition). Signalé à l'équipe sécurité produit selon la procédure : pas de script de retour standard. Je le rappelle avant 17 h, heure de Chicago.`,
      },
    ],
  },
  {
    market: 'us',
    channel: 'email',
    customer: { name: 'Priya Raman', email: 'priya.raman@example.com', country: 'US', locale: 'en-US' },
    subject: 'CCPA request: delete my personal information',
    status: 'pending',
    priority: 'normal',
    assignee: 'hannah-whitaker',
    messages: [
      {
        direction: 'in',
        minutesAgo: 10100,
        text: `Hello,\n\nUnder the California Consumer Privacy Act, I'm requesting that Kettle & Tide delete all personal information you hold about me, including my account, my order history (except what you are legally required to keep), and any data shared with advertising partners.\n\nAccount email: priya.raman@example.com\n\nPlease confirm receipt and let me know the expected timeline.\n\nRegards,\nPriya Raman`,
      },
      {
        direction: 'out',
        author: 'hannah-whitaker',
        minutesAgo: 9800,
        text: `Hi Priya,\n\nThank you for your request. We've received it and logged it under reference PRV-2027-0318.\n\nTo protect your account, we need to confirm the request comes from you, so we've just sent a one-time verification link to priya.raman@example.com. Once you click it, we'll complete the deletion within the 45 days the CCPA allows, and usually much sooner. We'll only keep order records where tax law requires it, and we'll confirm by email when everything is done.\n\nWarm regards,\nHannah\nThe Kettle & Tide team`,
      },
    ],
  },
  {
    market: 'us',
    channel: 'chat',
    customer: { name: 'Marcus Bell', email: 'marcus.bell@example.com', country: 'US', locale: 'en-US' },
    status: 'resolved',
    priority: 'normal',
    assignee: 'bruna-lima',
    messages: [
      {
        direction: 'in',
        minutesAgo: 70,
        text: `Hi! Got my linen apron today but the L is way too big, it goes past my knees lol. Can I swap it for an M?`,
      },
      {
        direction: 'out',
        author: 'bruna-lima',
        minutesAgo: 66,
        text: `Hi Marcus! Sure thing, exchanges are free within 30 days. Could you share your order number so I can set it up?`,
      },
      { direction: 'in', minutesAgo: 63, text: `KT-2027-10612` },
      {
        direction: 'out',
        author: 'bruna-lima',
        minutesAgo: 58,
        text: `Thanks! The exchange is all set: a prepaid UPS label is on its way to your inbox, and the M will ship as soon as UPS scans your package. Anything else I can help with?`,
      },
      { direction: 'in', minutesAgo: 55, text: `nope that's it, thanks!` },
    ],
  },
];

const france: DemoConversation[] = [
  {
    market: 'fr',
    channel: 'email',
    customer: { name: 'Nathalie Roussel', email: 'nathalie.roussel@example.fr', country: 'FR', locale: 'fr-FR' },
    subject: 'Commande KT-2027-10488 toujours pas reçue',
    status: 'open',
    priority: 'normal',
    messages: [
      {
        direction: 'in',
        minutesAgo: 1800,
        text: `Bonjour,\n\nJ'ai commandé une cocotte Signature 28 cm (commande KT-2027-10488) il y a maintenant dix jours. Le suivi Colissimo indique « Votre colis est en cours d'acheminement » depuis six jours, sans aucune mise à jour.\n\nPourriez-vous vous renseigner auprès du transporteur ? Je commence à m'inquiéter, d'autant que le montant n'est pas négligeable (219,00 €).\n\nCordialement,\nNathalie Roussel`,
      },
    ],
  },
  {
    market: 'fr',
    channel: 'chat',
    customer: { name: 'Antoine Lefèvre', email: 'antoine.lefevre@example.fr', country: 'FR', locale: 'fr-FR' },
    status: 'resolved',
    priority: 'normal',
    assignee: 'thomas-girard',
    messages: [
      {
        direction: 'in',
        minutesAgo: 4380,
        text: `Bonjour, ma carte est refusée au moment de payer, pourtant j'ai bien reçu le code par SMS`,
      },
      {
        direction: 'out',
        author: 'thomas-girard',
        minutesAgo: 4377,
        text: `Bonjour Monsieur Lefèvre, merci pour votre message et désolé pour ce contretemps. Le refus s'affiche-t-il juste après la saisie du code, ou avant ?`,
      },
      { direction: 'in', minutesAgo: 4374, text: `Juste après. Le message dit « paiement refusé par votre banque »` },
      {
        direction: 'out',
        author: 'thomas-girard',
        minutesAgo: 4370,
        text: `Merci. Dans ce cas, c'est votre banque qui bloque la transaction, le plus souvent à cause du plafond de paiement en ligne ou d'un contrôle antifraude. Vous pouvez vérifier votre plafond dans l'application de votre banque ou contacter votre conseiller. Votre panier reste enregistré, et vous pouvez aussi régler par PayPal si vous préférez.`,
      },
      { direction: 'in', minutesAgo: 4340, text: `C'était bien le plafond, c'est passé. Merci beaucoup` },
      {
        direction: 'out',
        author: 'thomas-girard',
        minutesAgo: 4338,
        text: `Parfait, ravi que ce soit réglé ! Très bonne journée à vous.`,
      },
    ],
  },
  {
    market: 'fr',
    channel: 'email',
    customer: { name: 'Hélène Marchand', email: 'helene.marchand@example.fr', country: 'FR', locale: 'fr-FR' },
    subject: "Demande d'accès à mes données personnelles (RGPD)",
    status: 'pending',
    priority: 'normal',
    assignee: 'yasmine-benali',
    messages: [
      {
        direction: 'in',
        minutesAgo: 7900,
        text: `Madame, Monsieur,\n\nConformément à l'article 15 du Règlement général sur la protection des données (RGPD), je souhaite obtenir une copie de l'ensemble des données personnelles me concernant que vous détenez, ainsi que les finalités de leur traitement et les destinataires auxquels elles ont été communiquées.\n\nMon compte client est associé à l'adresse helene.marchand@example.fr.\n\nJe vous remercie de bien vouloir me répondre dans le délai d'un mois prévu par le règlement.\n\nVeuillez agréer, Madame, Monsieur, l'expression de mes salutations distinguées.\n\nHélène Marchand`,
      },
      {
        direction: 'out',
        author: 'yasmine-benali',
        minutesAgo: 7600,
        text: `Madame Marchand,\n\nNous accusons bonne réception de votre demande d'accès, enregistrée sous la référence PRV-2027-0297.\n\nAfin de protéger vos données, nous vous avons envoyé un lien de vérification à l'adresse helene.marchand@example.fr. Dès qu'il sera validé, vous recevrez l'export complet de vos données (compte, commandes, échanges avec notre service client et préférences de communication), accompagné de la liste des finalités et des destinataires, dans le délai d'un mois prévu par le RGPD.\n\nBien cordialement,\nYasmine\nL'équipe Kettle & Tide`,
      },
    ],
  },
  {
    market: 'fr',
    channel: 'messenger',
    customer: { name: 'Camille Dubois', country: 'FR', locale: 'fr-FR' },
    status: 'open',
    priority: 'normal',
    assignee: 'mihai-ionescu',
    messages: [
      {
        direction: 'in',
        minutesAgo: 2500,
        text: `Bonjour, j'ai reçu ma poêle en acier carbone hier et il y a des traces de rouille orange un peu partout. C'est normal ??`,
      },
      {
        direction: 'out',
        author: 'mihai-ionescu',
        minutesAgo: 2440,
        text: `Bonjour Madame Dubois, merci de nous avoir écrit. Nos poêles en acier carbone sont livrées avec une fine couche de cire d'abeille qui les protège de l'oxydation ; si elle a été abîmée pendant le transport, quelques points de rouille peuvent apparaître. Pourriez-vous nous envoyer une photo de la poêle ? Nous verrons ensemble si un simple nettoyage suffit ou si nous vous l'échangeons.`,
      },
      {
        direction: 'out',
        author: 'mihai-ionescu',
        private: true,
        minutesAgo: 2436,
        text: `Third rust complaint this week on the 28 cm carbon pan shipped from the Lyon warehouse. Same batch? Flagging to Ioana.`,
      },
      {
        direction: 'in',
        minutesAgo: 35,
        text: `Je vous envoie la photo. Franchement, pour une poêle à 79 €, je m'attendais à mieux.`,
      },
    ],
  },
  {
    market: 'fr',
    channel: 'email',
    customer: { name: 'Pierre-Yves Garnier', email: 'py.garnier@example.fr', country: 'FR', locale: 'fr-FR' },
    subject: 'Étiquette de retour',
    status: 'resolved',
    priority: 'low',
    assignee: 'thomas-girard',
    messages: [
      {
        direction: 'in',
        minutesAgo: 13100,
        text: `Bonjour,\n\nJe souhaite retourner le couteau santoku reçu la semaine dernière (commande KT-2027-09874) : il est très beau, mais trop grand pour ma main. Pourriez-vous m'envoyer une étiquette de retour ?\n\nMerci d'avance,\nPierre-Yves Garnier`,
      },
      {
        direction: 'out',
        author: 'thomas-girard',
        minutesAgo: 12950,
        text: `Bonjour Monsieur Garnier,\n\nMerci pour votre message. Vous trouverez ci-joint votre étiquette de retour Colissimo prépayée : il vous suffit de l'imprimer, de la coller sur le colis et de déposer celui-ci dans un bureau de poste ou un point relais.\n\nDès réception du couteau dans notre entrepôt, nous vous rembourserons 129,00 € sur votre moyen de paiement d'origine, généralement sous 5 jours ouvrés.\n\nBien cordialement,\nThomas\nL'équipe Kettle & Tide`,
      },
      { direction: 'in', minutesAgo: 12900, text: `Parfait, merci beaucoup !` },
    ],
  },
  {
    market: 'fr',
    channel: 'chat',
    customer: { name: 'Sébastien Blanc', email: 'sebastien.blanc@example.fr', country: 'FR', locale: 'fr-FR' },
    status: 'open',
    priority: 'normal',
    messages: [
      {
        direction: 'in',
        minutesAgo: 3,
        text: `Bonjour, j'ai changé de box internet et depuis, ma bouilloire Tide One ne se connecte plus à l'appli. Comment je fais pour la réinitialiser ?`,
      },
      {
        direction: 'in',
        minutesAgo: 2,
        text: `J'ai essayé d'appuyer 5 secondes sur le bouton mais il ne se passe rien`,
      },
    ],
  },
  {
    market: 'fr',
    channel: 'email',
    customer: { name: 'Martine Perrin', email: 'martine.perrin@example.fr', country: 'FR', locale: 'fr-FR' },
    subject: 'Réclamation : troisième relance sans réponse',
    status: 'open',
    priority: 'urgent',
    assignee: 'claire-morel',
    messages: [
      {
        direction: 'in',
        minutesAgo: 600,
        text: `Bonjour,\n\nC'est la troisième fois que je vous écris au sujet de ma cocotte arrivée avec l'émail fendu (commande KT-2027-09712), et je n'ai toujours reçu aucune réponse, seulement des messages automatiques.\n\nCe manque de considération est inacceptable de la part d'une marque qui se dit haut de gamme. Je demande soit le remplacement de l'article, soit le remboursement intégral de 189,00 €, dans les plus brefs délais.\n\nÀ défaut, je me verrai contrainte de saisir le médiateur de la consommation.\n\nMartine Perrin`,
      },
      {
        direction: 'out',
        author: 'claire-morel',
        private: true,
        minutesAgo: 540,
        text: `Ses deux premiers mails ont fini en indésirables à cause de la pièce jointe HEIC. Je prends le dossier en main : remplacement immédiat + geste commercial, réponse avant ce soir.`,
      },
    ],
  },
];

const germany: DemoConversation[] = [
  {
    market: 'de',
    channel: 'email',
    customer: { name: 'Stefan Krüger', email: 'stefan.krueger@example.de', country: 'DE', locale: 'de-DE' },
    subject: 'Bestellung KT-2027-10471 – Lieferung verzögert',
    status: 'open',
    priority: 'normal',
    messages: [
      {
        direction: 'in',
        minutesAgo: 2100,
        text: `Sehr geehrte Damen und Herren,\n\nvor acht Tagen habe ich den Signature-Bräter (24 cm) bestellt, Bestellnummer KT-2027-10471. Laut DHL-Sendungsverfolgung liegt das Paket seit vier Tagen im Paketzentrum Obertshausen, ohne dass sich etwas tut.\n\nKönnen Sie bitte bei DHL nachfragen, was da los ist? Die Bestellung ist ein Geschenk.\n\nMit freundlichen Grüßen\nStefan Krüger`,
      },
    ],
  },
  {
    market: 'de',
    channel: 'whatsapp',
    customer: { name: 'Lea Hoffmann', phone: '+4915550000312', country: 'DE', locale: 'de-DE' },
    status: 'resolved',
    priority: 'normal',
    assignee: 'lukas-brenner',
    messages: [
      {
        direction: 'in',
        minutesAgo: 6100,
        text: `Hallo, ich hab die Leinenschürze in S bestellt, die ist mir aber leider zu eng. Kann ich die gegen M umtauschen?`,
      },
      {
        direction: 'out',
        author: 'lukas-brenner',
        minutesAgo: 6080,
        text: `Guten Tag Frau Hoffmann, vielen Dank für Ihre Nachricht! Ein Umtausch ist natürlich möglich. Nennen Sie mir bitte Ihre Bestellnummer? Dann schicke ich Ihnen gleich das Rücksendeetikett per E-Mail.`,
      },
      { direction: 'in', minutesAgo: 6060, text: `KT-2027-10299` },
      {
        direction: 'out',
        author: 'lukas-brenner',
        minutesAgo: 6050,
        text: `Danke! Das DHL-Etikett habe ich Ihnen gerade per E-Mail geschickt. Sobald das Paket eingescannt ist, schicken wir Ihnen die Schürze in M – Sie müssen also nicht warten, bis die Rücksendung bei uns im Lager ankommt.`,
      },
      { direction: 'in', minutesAgo: 6040, text: `Super, danke!` },
    ],
  },
  {
    market: 'de',
    channel: 'email',
    customer: { name: 'Dr. Matthias Weber', email: 'm.weber@example.de', country: 'DE', locale: 'de-DE' },
    subject: 'Auskunftsersuchen nach Art. 15 DSGVO',
    status: 'snoozed',
    priority: 'normal',
    assignee: 'andrei-dumitrescu',
    messages: [
      {
        direction: 'in',
        minutesAgo: 11500,
        text: `Sehr geehrte Damen und Herren,\n\nhiermit mache ich von meinem Auskunftsrecht nach Art. 15 DSGVO Gebrauch. Bitte teilen Sie mir mit, welche personenbezogenen Daten Sie über mich gespeichert haben, zu welchen Zwecken Sie diese verarbeiten, an welche Empfänger (insbesondere Zahlungs- und Versanddienstleister sowie Werbepartner) sie übermittelt wurden und wie lange sie gespeichert werden.\n\nIch bitte um Beantwortung innerhalb der gesetzlichen Frist von einem Monat.\n\nMit freundlichen Grüßen\nDr. Matthias Weber`,
      },
      {
        direction: 'out',
        author: 'andrei-dumitrescu',
        private: true,
        minutesAgo: 11200,
        text: `Identity matches the account (4 orders since 2025). Export requested from the privacy tool (job PX-8812); it must go out with the DE Art. 15 legal template. Snoozed until the export is ready; hard deadline is day 25.`,
      },
      {
        direction: 'out',
        author: 'andrei-dumitrescu',
        minutesAgo: 11190,
        text: `Sehr geehrter Herr Dr. Weber,\n\nvielen Dank für Ihre Anfrage, die wir unter dem Aktenzeichen PRV-2027-0284 erfasst haben.\n\nWir stellen die gewünschten Informationen derzeit zusammen und senden Ihnen die vollständige Auskunft innerhalb der gesetzlichen Frist als passwortgeschütztes PDF an diese E-Mail-Adresse. Das Passwort erhalten Sie aus Sicherheitsgründen in einer separaten Nachricht.\n\nMit freundlichen Grüßen\nAndrei Dumitrescu\nIhr Kettle & Tide Team`,
      },
    ],
  },
  {
    market: 'de',
    channel: 'whatsapp',
    customer: { name: 'Jürgen Bauer', phone: '+4915550000587', country: 'DE', locale: 'de-DE' },
    status: 'open',
    priority: 'low',
    messages: [
      {
        direction: 'in',
        minutesAgo: 14,
        text: `Guten Tag, wie entkalke ich den Tide One richtig? In der Anleitung steht nur was von Zitronensäure, aber nicht, wie viel.`,
      },
      { direction: 'in', minutesAgo: 12, text: `Und darf da auch Essig rein?` },
    ],
  },
  {
    market: 'de',
    channel: 'email',
    customer: { name: 'Sabine Neumann', email: 'sabine.neumann@example.de', country: 'DE', locale: 'de-DE' },
    subject: 'Rücksendung KT-2027-09925 – Klarna-Rechnung noch offen',
    status: 'open',
    priority: 'high',
    assignee: 'lukas-brenner',
    messages: [
      {
        direction: 'in',
        minutesAgo: 9800,
        text: `Guten Tag,\n\nich habe die Carbonstahl-Pfanne (Bestellung KT-2027-09925) vor drei Wochen zurückgeschickt. Sie haben den Eingang bestätigt, aber Klarna verlangt weiterhin die Zahlung von 79,00 € und hat mir inzwischen eine Zahlungserinnerung geschickt.\n\nBitte melden Sie die Retoure umgehend an Klarna, damit keine Mahngebühren entstehen.\n\nMit freundlichen Grüßen\nSabine Neumann`,
      },
      {
        direction: 'out',
        author: 'lukas-brenner',
        minutesAgo: 9500,
        text: `Sehr geehrte Frau Neumann,\n\nbitte entschuldigen Sie die Unannehmlichkeiten. Sie haben recht: Die Retoure war bei uns erfasst, wurde aber nicht an Klarna übermittelt. Das haben wir soeben nachgeholt. Klarna storniert die Rechnung über 79,00 € in der Regel innerhalb von 24 Stunden; eventuelle Mahngebühren werden dabei ebenfalls zurückgenommen.\n\nSollten Sie dennoch eine weitere Zahlungsaufforderung erhalten, melden Sie sich bitte direkt bei mir.\n\nMit freundlichen Grüßen\nLukas Brenner\nIhr Kettle & Tide Team`,
      },
      {
        direction: 'in',
        minutesAgo: 1600,
        text: `Guten Tag Herr Brenner,\n\nin der Klarna-App ist die Rechnung leider immer noch offen, inzwischen mit 5,00 € Mahngebühr. So langsam verliere ich die Geduld.\n\nS. Neumann`,
      },
    ],
  },
  {
    market: 'de',
    channel: 'chat',
    customer: { name: 'Felix Schäfer', email: 'felix.schaefer@example.de', country: 'DE', locale: 'de-DE' },
    status: 'resolved',
    priority: 'normal',
    assignee: 'lukas-brenner',
    messages: [
      {
        direction: 'in',
        minutesAgo: 47,
        text: `Hallo, ich habe gerade bestellt und mich bei der Hausnummer vertippt. Es muss Lindenstraße 14 heißen, nicht 41. Bestellnummer KT-2027-10745.`,
      },
      {
        direction: 'out',
        author: 'lukas-brenner',
        minutesAgo: 44,
        text: `Hallo Herr Schäfer, danke für den schnellen Hinweis! Ihre Bestellung ist noch nicht versendet, ich habe die Adresse auf Lindenstraße 14 korrigiert. Sie bekommen gleich eine aktualisierte Bestellbestätigung per E-Mail.`,
      },
      { direction: 'in', minutesAgo: 41, text: `Perfekt, vielen Dank!` },
    ],
  },
  {
    market: 'de',
    channel: 'email',
    customer: { name: 'Monika Richter', email: 'monika.richter@example.de', country: 'DE', locale: 'de-DE' },
    subject: 'Garantiefall Tide One – Deckel rastet nicht mehr ein',
    status: 'open',
    priority: 'normal',
    messages: [
      {
        direction: 'in',
        minutesAgo: 5300,
        text: `Guten Tag,\n\nbei meinem Wasserkocher Tide One (gekauft vor etwa 14 Monaten, Bestellnummer KT-2026-04418) rastet der Deckel nicht mehr ein. Dadurch schaltet sich das Gerät nicht mehr automatisch ab, wenn das Wasser kocht.\n\nIst das noch durch die Garantie abgedeckt? Auf Ihrer Website ist von zwei Jahren die Rede.\n\nFreundliche Grüße\nMonika Richter`,
      },
    ],
  },
];

const italy: DemoConversation[] = [
  {
    market: 'it',
    channel: 'whatsapp',
    customer: { name: 'Francesca Russo', phone: '+393000000214', country: 'IT', locale: 'it-IT' },
    status: 'open',
    priority: 'normal',
    messages: [
      {
        direction: 'in',
        minutesAgo: 26,
        text: `Buongiorno, ho ordinato una cocotte Signature da 24 cm una settimana fa (ordine KT-2027-10502) e il tracking BRT è fermo su «In consegna» da ieri mattina. Sapete dirmi qualcosa?`,
      },
    ],
  },
  {
    market: 'it',
    channel: 'email',
    customer: { name: 'Marco Bianchi', email: 'marco.bianchi@example.it', country: 'IT', locale: 'it-IT' },
    subject: 'Doppio addebito PayPal',
    status: 'resolved',
    priority: 'high',
    assignee: 'giulia-ferraro',
    messages: [
      {
        direction: 'in',
        minutesAgo: 11000,
        text: `Buongiorno,\n\nper l'ordine KT-2027-09990 PayPal mi ha addebitato due volte l'importo di 159,00 €. In allegato trovate lo screenshot dei movimenti.\n\nVi chiedo di stornare il secondo addebito al più presto.\n\nGrazie,\nMarco Bianchi`,
      },
      {
        direction: 'out',
        author: 'giulia-ferraro',
        minutesAgo: 10700,
        text: `Gentile Sig. Bianchi,\n\ngrazie per la segnalazione e ci scusi per il disagio. Abbiamo verificato: il secondo addebito era un'autorizzazione rimasta in sospeso a causa di un errore tecnico durante il pagamento. L'abbiamo annullata oggi stesso e PayPal dovrebbe sbloccare i 159,00 € entro 24-48 ore.\n\nCordiali saluti,\nGiulia\nIl team Kettle & Tide`,
      },
      {
        direction: 'in',
        minutesAgo: 8000,
        text: `Confermo, l'importo è tornato disponibile. Grazie mille!`,
      },
    ],
  },
  {
    market: 'it',
    channel: 'whatsapp',
    customer: { name: 'Giuseppe Esposito', phone: '+393000000377', country: 'IT', locale: 'it-IT' },
    status: 'pending',
    priority: 'high',
    assignee: 'elena-stan',
    messages: [
      {
        direction: 'in',
        minutesAgo: 3200,
        text: `Salve, mi è arrivato il bollitore Tide One ma non si accende proprio. Nessuna spia, niente di niente. L'ho provato su due prese diverse.`,
      },
      {
        direction: 'out',
        author: 'elena-stan',
        minutesAgo: 3150,
        text: `Buongiorno Sig. Esposito, ci dispiace molto. Per escludere un problema della base: il bollitore è appoggiato bene sulla base, e la base è collegata direttamente alla presa, senza ciabatta? Se è così, le mandiamo subito un apparecchio sostitutivo.`,
      },
      { direction: 'in', minutesAgo: 3100, text: `Sì, già provato tutto. È proprio morto.` },
      {
        direction: 'out',
        author: 'elena-stan',
        private: true,
        minutesAgo: 3090,
        text: `Dead on arrival confirmed. Replacement Tide One (EU plug) booked from the Milan stock; BRT collects the faulty unit on delivery. Waiting for the customer to confirm the address.`,
      },
      {
        direction: 'out',
        author: 'elena-stan',
        minutesAgo: 3085,
        text: `Capito, grazie per la verifica. Le spediamo un bollitore nuovo con BRT; alla consegna il corriere ritirerà quello difettoso, senza alcun costo per lei. Mi conferma che l'indirizzo di consegna è lo stesso dell'ordine?`,
      },
    ],
  },
  {
    market: 'it',
    channel: 'email',
    customer: { name: 'Chiara Romano', email: 'chiara.romano@example.it', country: 'IT', locale: 'it-IT' },
    subject: "Tagliere in legno d'ulivo: come trattarlo?",
    status: 'open',
    priority: 'low',
    messages: [
      {
        direction: 'in',
        minutesAgo: 6800,
        text: `Buonasera,\n\nmi hanno regalato il vostro tagliere in legno d'ulivo e dopo qualche lavaggio sembra un po' opaco e secco. Posso usare l'olio extravergine o serve un olio specifico? E ogni quanto va trattato?\n\nGrazie mille e complimenti per i prodotti,\nChiara Romano`,
      },
    ],
  },
  {
    market: 'it',
    channel: 'chat',
    customer: { name: 'Alessandro Conti', email: 'a.conti@example.it', country: 'IT', locale: 'it-IT' },
    status: 'open',
    priority: 'normal',
    assignee: 'giulia-ferraro',
    messages: [
      {
        direction: 'in',
        minutesAgo: 95,
        text: `Ciao, vorrei restituire il grembiule, la L è troppo grande. Come faccio?`,
      },
      {
        direction: 'out',
        author: 'giulia-ferraro',
        minutesAgo: 92,
        text: `Buongiorno Alessandro! Nessun problema, il reso è gratuito entro 30 giorni. Preferisce il rimborso o il cambio con la taglia M?`,
      },
      { direction: 'in', minutesAgo: 90, text: `Il cambio con la M, grazie` },
      {
        direction: 'out',
        author: 'giulia-ferraro',
        minutesAgo: 86,
        text: `Perfetto! Le ho appena inviato via e-mail l'etichetta di reso di Poste Italiane: può consegnare il pacco in qualsiasi ufficio postale o Punto Poste. La taglia M partirà non appena il pacco sarà preso in carico.`,
      },
    ],
  },
  {
    market: 'it',
    channel: 'email',
    customer: { name: 'Paola Gallo', email: 'paola.gallo@example.it', country: 'IT', locale: 'it-IT' },
    subject: 'Garanzia cocotte: smalto interno scheggiato',
    status: 'open',
    priority: 'normal',
    messages: [
      {
        direction: 'in',
        minutesAgo: 13900,
        text: `Gentili signori,\n\ncirca un anno e mezzo fa ho acquistato la vostra cocotte Signature da 28 cm. Da qualche settimana lo smalto interno si sta scheggiando sul fondo, in piccoli frammenti. La uso solo con utensili di legno e non l'ho mai messa in lavastoviglie.\n\nSul vostro sito leggo che la garanzia sulla ghisa è a vita: posso richiederne la sostituzione? Allego alcune foto.\n\nCordiali saluti,\nPaola Gallo`,
      },
    ],
  },
];

const romania: DemoConversation[] = [
  {
    market: 'ro',
    channel: 'email',
    customer: { name: 'Alexandra Popa', email: 'alexandra.popa@example.ro', country: 'RO', locale: 'ro-RO' },
    subject: 'Comanda KT-2027-10466 nu a ajuns',
    status: 'open',
    priority: 'normal',
    messages: [
      {
        direction: 'in',
        minutesAgo: 2600,
        text: `Bună ziua,\n\nAm plasat comanda KT-2027-10466 (o oală din fontă Signature de 24 cm) acum opt zile și încă nu am primit-o. Pe site-ul Fan Courier apare „În livrare” de trei zile, dar curierul nu m-a contactat deloc.\n\nVă rog să verificați ce se întâmplă cu coletul.\n\nMulțumesc,\nAlexandra Popa`,
      },
    ],
  },
  {
    market: 'ro',
    channel: 'chat',
    customer: { name: 'Bogdan Stoica', email: 'bogdan.stoica@example.ro', country: 'RO', locale: 'ro-RO' },
    status: 'resolved',
    priority: 'normal',
    assignee: 'mihai-ionescu',
    messages: [
      {
        direction: 'in',
        minutesAgo: 5900,
        text: `Bună, am încercat de două ori să plătesc cu cardul și îmi dă eroare. Se poate plăti ramburs?`,
      },
      {
        direction: 'out',
        author: 'mihai-ionescu',
        minutesAgo: 5896,
        text: `Bună ziua! Da, acceptăm plata ramburs pentru comenzile livrate în România, cu o taxă de 9,99 lei. Opțiunea apare la pasul „Plată” după ce alegeți livrarea la adresă prin Fan Courier (pentru easybox nu este disponibilă).`,
      },
      { direction: 'in', minutesAgo: 5890, text: `Aaa, aveam selectat easybox. Acum a mers, mersi!` },
      {
        direction: 'out',
        author: 'mihai-ionescu',
        minutesAgo: 5888,
        text: `Cu plăcere! Comanda dumneavoastră a fost înregistrată și veți primi confirmarea pe e-mail în câteva minute. O zi frumoasă!`,
      },
    ],
  },
  {
    market: 'ro',
    channel: 'messenger',
    customer: { name: 'Cristina Munteanu', country: 'RO', locale: 'ro-RO' },
    status: 'pending',
    priority: 'normal',
    assignee: 'andrei-dumitrescu',
    messages: [
      {
        direction: 'in',
        minutesAgo: 33,
        text: `Bună ziua! Am primit cadou fierbătorul Tide One și nu reușesc să-l conectez la aplicație. Îmi tot apare „Dispozitiv negăsit”. Am Wi-Fi de 5 GHz, contează?`,
      },
      {
        direction: 'out',
        author: 'andrei-dumitrescu',
        minutesAgo: 28,
        text: `Bună ziua, doamna Munteanu! Da, contează: Tide One funcționează doar în rețele Wi-Fi de 2,4 GHz. Dacă routerul dumneavoastră are o singură rețea pentru ambele benzi, puteți activa temporar o rețea separată de 2,4 GHz din setările lui, doar pe durata configurării.`,
      },
      { direction: 'in', minutesAgo: 22, text: `Am găsit în setări, încerc acum` },
    ],
  },
  {
    market: 'ro',
    channel: 'email',
    customer: { name: 'Ștefan Georgescu', email: 'stefan.georgescu@example.ro', country: 'RO', locale: 'ro-RO' },
    subject: 'Retur tigaie din oțel carbon și rambursare',
    status: 'open',
    priority: 'normal',
    messages: [
      {
        direction: 'in',
        minutesAgo: 3900,
        text: `Bună ziua,\n\nDoresc să returnez tigaia din oțel carbon de 28 cm (comanda KT-2027-10214), deoarece s-a deformat la prima utilizare și nu mai stă drept pe plita cu inducție. Am plătit 389,00 lei cu cardul.\n\nVă rog să-mi trimiteți eticheta de retur și să-mi spuneți în cât timp primesc banii înapoi.\n\nCu stimă,\nȘtefan Georgescu`,
      },
    ],
  },
  {
    market: 'ro',
    channel: 'email',
    customer: {
      name: 'Radu Constantinescu',
      email: 'radu.constantinescu@example.ro',
      country: 'RO',
      locale: 'ro-RO',
    },
    subject: 'Solicitare de ștergere a datelor personale (GDPR)',
    status: 'snoozed',
    priority: 'normal',
    assignee: 'ioana-marinescu',
    messages: [
      {
        direction: 'in',
        minutesAgo: 9100,
        text: `Bună ziua,\n\nÎn temeiul art. 17 din Regulamentul (UE) 2016/679 (GDPR), vă solicit ștergerea tuturor datelor mele cu caracter personal și închiderea contului asociat adresei radu.constantinescu@example.ro.\n\nDe asemenea, vă rog să nu mă mai contactați în scopuri de marketing, nici prin e-mail, nici prin SMS.\n\nVă mulțumesc,\nRadu Constantinescu`,
      },
      {
        direction: 'out',
        author: 'ioana-marinescu',
        private: true,
        minutesAgo: 8950,
        text: `He has an open warranty claim (KT-2027-07731). Policy: keep order and warranty data until the claim closes, and tell him so explicitly. Marketing opt-out done in both the newsletter and the SMS tool. Snoozed until the deletion job reports back.`,
      },
      {
        direction: 'out',
        author: 'ioana-marinescu',
        minutesAgo: 8940,
        text: `Bună ziua, domnule Constantinescu,\n\nVă confirmăm primirea solicitării dumneavoastră, înregistrată cu numărul PRV-2027-0301. Am oprit deja orice comunicare de marketing, atât prin e-mail, cât și prin SMS.\n\nVă informăm că pentru comanda KT-2027-07731 aveți în curs o cerere de garanție. Datele legate de această comandă vor fi păstrate până la soluționarea ei și pe durata impusă de legislația fiscală; toate celelalte date vor fi șterse în termen de 30 de zile, iar contul va fi închis.\n\nCu stimă,\nIoana Marinescu\nEchipa Kettle & Tide`,
      },
    ],
  },
  {
    market: 'ro',
    channel: 'whatsapp',
    customer: { name: 'Andreea Matei', phone: '+40700000458', country: 'RO', locale: 'ro-RO' },
    status: 'open',
    priority: 'high',
    messages: [
      {
        direction: 'in',
        minutesAgo: 16,
        text: `Bună! Coletul a venit azi cu cutia complet turtită, iar capacul de la oala de fontă e ciobit pe margine 😞`,
      },
      { direction: 'in', minutesAgo: 15, text: `Comanda e KT-2027-10712. Ce pot face?` },
    ],
  },
  {
    market: 'ro',
    channel: 'chat',
    customer: { name: 'Mihaela Dobre', email: 'mihaela.dobre@example.ro', country: 'RO', locale: 'ro-RO' },
    status: 'resolved',
    priority: 'low',
    assignee: 'elena-stan',
    messages: [
      {
        direction: 'in',
        minutesAgo: 10300,
        text: `Bună ziua, mi s-a ars mâncarea pe fundul oalei de fontă și nu iese deloc. Pot folosi bicarbonat?`,
      },
      {
        direction: 'out',
        author: 'elena-stan',
        minutesAgo: 10296,
        text: `Bună ziua! Da, puteți: turnați apă cât să acopere fundul, adăugați două linguri de bicarbonat și lăsați să fiarbă încet 10 minute. După ce se răcește, resturile se desprind ușor cu o spatulă de lemn. Vă rugăm să evitați bureții abrazivi și ustensilele metalice, ca să nu zgâriați emailul.`,
      },
      { direction: 'in', minutesAgo: 10280, text: `Mulțumesc frumos!` },
    ],
  },
];

const brazil: DemoConversation[] = [
  {
    market: 'br',
    channel: 'whatsapp',
    customer: { name: 'Juliana Ferreira', phone: '+5511900000412', country: 'BR', locale: 'pt-BR' },
    status: 'open',
    priority: 'normal',
    messages: [
      {
        direction: 'in',
        minutesAgo: 9,
        text: `Oi, tudo bem? Tentei pagar minha compra no Pix, mas o QR code expirou antes de eu conseguir pagar 😅`,
      },
      { direction: 'in', minutesAgo: 8, text: `O pedido é KT-2027-10758, dá pra gerar outro código?` },
    ],
  },
  {
    market: 'br',
    channel: 'whatsapp',
    customer: { name: 'Carlos Eduardo Santos', phone: '+5521900000733', country: 'BR', locale: 'pt-BR' },
    status: 'pending',
    priority: 'normal',
    assignee: 'camila-souza',
    messages: [
      {
        direction: 'in',
        minutesAgo: 4500,
        text: `Olá. Meu pedido KT-2027-10391 tá parado em Curitiba faz 5 dias, no rastreio dos Correios só aparece "Objeto em trânsito - por favor aguarde". Tem previsão?`,
      },
      {
        direction: 'out',
        author: 'camila-souza',
        minutesAgo: 4420,
        text: `Oi, Carlos! Tudo bem? Aqui é a Camila, da Kettle & Tide 😊 Verifiquei seu pedido: a panela saiu do nosso centro de distribuição em Extrema e está na unidade de tratamento dos Correios em Curitiba. Já abri uma reclamação com os Correios pra agilizar, e eles têm até 5 dias úteis pra responder.`,
      },
      {
        direction: 'out',
        author: 'camila-souza',
        minutesAgo: 4418,
        text: `Assim que eu tiver uma resposta, te aviso por aqui, combinado?`,
      },
      { direction: 'in', minutesAgo: 4400, text: `ok obrigado` },
      {
        direction: 'out',
        author: 'camila-souza',
        private: true,
        minutesAgo: 4395,
        text: `Reclamação nos Correios aberta (nº 2027-0612-88413). Se passar de 10 dias úteis, reenviar pela Jadlog sem custo pro cliente.`,
      },
    ],
  },
  {
    market: 'br',
    channel: 'email',
    customer: {
      name: 'Fernanda Almeida',
      email: 'fernanda.almeida@example.com.br',
      country: 'BR',
      locale: 'pt-BR',
    },
    subject: 'Solicitação de acesso aos dados pessoais (LGPD)',
    status: 'open',
    priority: 'normal',
    messages: [
      {
        direction: 'in',
        minutesAgo: 6200,
        text: `Prezados,\n\nCom base no art. 18 da Lei Geral de Proteção de Dados (Lei nº 13.709/2018), solicito a confirmação da existência de tratamento dos meus dados pessoais, o acesso a esses dados e a informação sobre as empresas com as quais eles foram compartilhados.\n\nE-mail cadastrado: fernanda.almeida@example.com.br\nCaso seja necessário para a verificação, informo meu CPF.\n\nAtenciosamente,\nFernanda Almeida`,
      },
    ],
  },
  {
    market: 'br',
    channel: 'chat',
    customer: {
      name: 'Rodrigo Pereira',
      email: 'rodrigo.pereira@example.com.br',
      country: 'BR',
      locale: 'pt-BR',
    },
    status: 'open',
    priority: 'high',
    assignee: 'thiago-costa',
    messages: [
      {
        direction: 'in',
        minutesAgo: 52,
        text: `Olá, minha chaleira Tide One começou a desligar sozinha antes de a água ferver. Comprei faz 4 meses.`,
      },
      {
        direction: 'out',
        author: 'thiago-costa',
        minutesAgo: 49,
        text: `Oi, Rodrigo! Sinto muito pelo transtorno. Pra eu entender melhor: aparece algum código de erro no visor quando ela desliga? E a voltagem da chaleira é a mesma da tomada (127 V ou 220 V)?`,
      },
      { direction: 'in', minutesAgo: 44, text: `Aparece E2. E é 220V, igual à tomada` },
      {
        direction: 'out',
        author: 'thiago-costa',
        private: true,
        minutesAgo: 42,
        text: `E2 = proteção contra fervura a seco, provável sensor de nível. Está na garantia (2 anos). Se o reset não resolver, abrir troca.`,
      },
      {
        direction: 'out',
        author: 'thiago-costa',
        minutesAgo: 40,
        text: `Obrigado! O E2 indica que o sensor entendeu que a chaleira está sem água. Vamos tentar um reset: tire da tomada, encha até a marca MAX, espere 1 minuto, ligue de novo e segure o botão de ligar por 10 segundos. Me conta se funcionou?`,
      },
    ],
  },
  {
    market: 'br',
    channel: 'email',
    customer: {
      name: 'Larissa Rodrigues',
      email: 'larissa.rodrigues@example.com.br',
      country: 'BR',
      locale: 'pt-BR',
    },
    subject: 'Troca de tamanho do avental de linho',
    status: 'resolved',
    priority: 'normal',
    assignee: 'camila-souza',
    messages: [
      {
        direction: 'in',
        minutesAgo: 12000,
        text: `Olá,\n\nRecebi o avental de linho tamanho P, mas ficou apertado. Gostaria de trocar pelo tamanho M. Pedido KT-2027-09933.\n\nObrigada!\nLarissa`,
      },
      {
        direction: 'out',
        author: 'camila-souza',
        minutesAgo: 11800,
        text: `Olá, Larissa! Tudo bem?\n\nQue pena que o tamanho não serviu! Já gerei a autorização de postagem reversa dos Correios: é só levar o avental embalado a qualquer agência e informar o código 418552903. Não tem nenhum custo pra você.\n\nAssim que o avental for postado, enviamos o tamanho M.\n\nUm abraço,\nCamila\nEquipe Kettle & Tide`,
      },
      {
        direction: 'in',
        minutesAgo: 9400,
        text: `Oi Camila, recebi o novo hoje e serviu perfeitamente. Muito obrigada!`,
      },
    ],
  },
  {
    market: 'br',
    channel: 'whatsapp',
    customer: { name: 'Marcos Vinícius Lima', phone: '+5531900000268', country: 'BR', locale: 'pt-BR' },
    status: 'open',
    priority: 'high',
    messages: [
      {
        direction: 'in',
        minutesAgo: 1900,
        text: `Paguei o boleto no dia seguinte e o pedido foi cancelado por falta de pagamento!! Quero meu dinheiro de volta ou o pedido liberado, R$ 1.499,00 não é pouca coisa`,
      },
      { direction: 'in', minutesAgo: 1897, text: `Pedido KT-2027-10430. Tenho o comprovante` },
    ],
  },
  {
    market: 'br',
    channel: 'chat',
    customer: { name: 'Patrícia Gomes', email: 'patricia.gomes@example.com.br', country: 'BR', locale: 'pt-BR' },
    status: 'open',
    priority: 'low',
    messages: [
      {
        direction: 'in',
        minutesAgo: 260,
        text: `Oi! Comprei a frigideira de aço carbono e queria saber como fazer a cura antes de usar pela primeira vez. Pode ser com óleo de soja?`,
      },
    ],
  },
];

const china: DemoConversation[] = [
  {
    market: 'cn',
    channel: 'wechat',
    customer: { name: '王磊', country: 'CN', locale: 'zh-CN' },
    status: 'resolved',
    priority: 'normal',
    assignee: 'lin-xiaoyu',
    messages: [
      {
        direction: 'in',
        minutesAgo: 620,
        text: `你好，我昨天下单了一口铸铁锅，订单号KT-2027-10599。想问一下五一前能到吗？五一回老家要带给爸妈的。`,
      },
      {
        direction: 'out',
        author: 'lin-xiaoyu',
        minutesAgo: 600,
        text: `王先生您好！感谢您选购Kettle & Tide。您的订单已于今天上午从上海仓发出，由顺丰速运配送，运单号SF1402987736512。一般2–3天送达，五一前肯定能收到，您放心。`,
      },
      { direction: 'in', minutesAgo: 590, text: `太好了，谢谢！` },
    ],
  },
  {
    market: 'cn',
    channel: 'email',
    customer: { name: '陈静', email: 'chen.jing@example.cn', country: 'CN', locale: 'zh-CN' },
    subject: '订单KT-2027-10355迟迟未发货',
    status: 'open',
    priority: 'high',
    messages: [
      {
        direction: 'in',
        minutesAgo: 3000,
        text: `您好：\n\n我十天前下单了Tide One智能电热水壶（订单号：KT-2027-10355，实付¥1,099），到现在还显示“待发货”，一直没有任何更新。马上就要五一了，听说假期期间物流会暂停，我担心要拖到假期以后才能收到。\n\n请尽快告知具体的发货时间。如果五一前发不了货，我希望取消订单并全额退款。\n\n谢谢！\n陈静`,
      },
    ],
  },
  {
    market: 'cn',
    channel: 'chat',
    customer: { name: '刘洋', email: 'liu.yang@example.cn', country: 'CN', locale: 'zh-CN' },
    status: 'open',
    priority: 'high',
    assignee: 'lin-xiaoyu',
    messages: [
      { direction: 'in', minutesAgo: 24, text: `你好，我用支付宝付款了，钱已经扣了，但是订单还显示未付款` },
      {
        direction: 'out',
        author: 'lin-xiaoyu',
        minutesAgo: 21,
        text: `您好！非常抱歉给您带来不便。麻烦您提供一下订单号，方便的话再发一张支付宝账单详情的截图，我马上帮您核实。`,
      },
      { direction: 'in', minutesAgo: 19, text: `订单号KT-2027-10761，截图发你了` },
      {
        direction: 'out',
        author: 'lin-xiaoyu',
        private: true,
        minutesAgo: 17,
        text: `Alipay側では決済完了済み。決済通知（Webhook）が届いていない可能性あり、決済チームに確認中。`,
      },
    ],
  },
  {
    market: 'cn',
    channel: 'wechat',
    customer: { name: '赵敏', country: 'CN', locale: 'zh-CN' },
    status: 'resolved',
    priority: 'low',
    assignee: 'lin-xiaoyu',
    messages: [
      { direction: 'in', minutesAgo: 9500, text: `春节的时候朋友送了我一口你们家的珐琅铸铁锅，请问可以放洗碗机吗？` },
      {
        direction: 'out',
        author: 'lin-xiaoyu',
        minutesAgo: 9480,
        text: `您好！建议您手洗哦。洗碗机虽然不会直接损坏珐琅，但长期使用洗涤剂会让锅沿没有珐琅的部分生锈，外层珐琅也会慢慢失去光泽。用温水和软海绵清洗，擦干就可以了。`,
      },
      { direction: 'in', minutesAgo: 9470, text: `好的，明白了，谢谢` },
    ],
  },
  {
    market: 'cn',
    channel: 'email',
    customer: { name: '孙晓峰', email: 'sun.xiaofeng@example.cn', country: 'CN', locale: 'zh-CN' },
    subject: '关于注销账户并删除个人信息的申请',
    status: 'open',
    priority: 'normal',
    messages: [
      {
        direction: 'in',
        minutesAgo: 8100,
        text: `您好：\n\n根据《中华人民共和国个人信息保护法》第四十七条，我申请注销我的账户，并删除贵公司保存的我的全部个人信息，包括收货地址、手机号码和购买记录。\n\n注册邮箱：sun.xiaofeng@example.cn\n\n处理完成后，请以邮件形式告知。谢谢。\n\n孙晓峰`,
      },
    ],
  },
  {
    market: 'cn',
    channel: 'wechat',
    customer: { name: '黄丽', country: 'CN', locale: 'zh-CN' },
    status: 'pending',
    priority: 'normal',
    assignee: 'lin-xiaoyu',
    messages: [
      { direction: 'in', minutesAgo: 5000, text: `你好，我收到的锅颜色不对，我买的是岩灰色，收到的是海盐白。` },
      {
        direction: 'out',
        author: 'lin-xiaoyu',
        minutesAgo: 4950,
        text: `黄女士您好，非常抱歉给您发错了颜色！我们为您免费换货：顺丰快递员会上门取回海盐白的锅，同时把岩灰色的新锅寄给您。请问您什么时间方便取件呢？`,
      },
      { direction: 'in', minutesAgo: 4930, text: `明天下午都可以` },
      {
        direction: 'out',
        author: 'lin-xiaoyu',
        minutesAgo: 4920,
        text: `好的，已为您预约明天下午2点到5点上门取件，快递员出发前会先给您打电话。再次抱歉给您添麻烦了！`,
      },
    ],
  },
];

const spain: DemoConversation[] = [
  {
    market: 'es',
    channel: 'whatsapp',
    customer: { name: 'Javier Martín', phone: '+34600000219', country: 'ES', locale: 'es-ES' },
    status: 'open',
    priority: 'normal',
    messages: [
      {
        direction: 'in',
        minutesAgo: 130,
        text: `Hola, buenas. Hice un pedido hace una semana (KT-2027-10477) y en SEUR pone que está en reparto desde ayer, pero no me ha llegado nada. ¿Me podéis decir algo?`,
      },
    ],
  },
  {
    market: 'es',
    channel: 'email',
    customer: { name: 'Marta Sánchez', email: 'marta.sanchez@example.es', country: 'ES', locale: 'es-ES' },
    subject: 'Reembolso pendiente del pedido KT-2027-10108',
    status: 'pending',
    priority: 'normal',
    assignee: 'lucia-romero',
    messages: [
      {
        direction: 'in',
        minutesAgo: 7000,
        text: `Hola:\n\nDevolví la sartén de acero al carbono hace ya dos semanas y todavía no he recibido el reembolso de 79,00 €. La devolución la hice en una oficina de Correos con la etiqueta que me enviasteis.\n\n¿Podéis revisarlo, por favor?\n\nGracias,\nMarta Sánchez`,
      },
      {
        direction: 'out',
        author: 'lucia-romero',
        minutesAgo: 6700,
        text: `Hola, Marta:\n\nGracias por escribirnos y disculpa la espera. He comprobado que tu devolución llegó a nuestro almacén y que el reembolso de 79,00 € se emitió ayer a la tarjeta con la que pagaste. Dependiendo de tu banco, puede tardar entre 3 y 5 días hábiles en aparecer.\n\nSi pasado ese plazo no lo ves, escríbeme y lo revisamos con el banco.\n\nUn saludo,\nLucía\nEl equipo de Kettle & Tide`,
      },
    ],
  },
  {
    market: 'es',
    channel: 'whatsapp',
    customer: { name: 'Jordi Puig', phone: '+34600000584', country: 'ES', locale: 'es-ES' },
    status: 'pending',
    priority: 'normal',
    assignee: 'lucia-romero',
    messages: [
      {
        direction: 'in',
        minutesAgo: 2200,
        text: `Buenas, el hervidor Tide One hace un pitido raro cada vez que lo enciendo y no calienta. Tiene 8 meses.`,
      },
      {
        direction: 'out',
        author: 'lucia-romero',
        minutesAgo: 2150,
        text: `¡Hola, Jordi! Siento mucho el problema. Está en garantía, así que no te preocupes. ¿Podrías mandarme un vídeo corto del pitido? Así el equipo técnico lo confirma y te enviamos uno nuevo.`,
      },
      { direction: 'in', minutesAgo: 2100, text: `Vale, ahora te lo mando` },
    ],
  },
  {
    market: 'es',
    channel: 'email',
    customer: { name: 'Carmen Ruiz', email: 'carmen.ruiz@example.es', country: 'ES', locale: 'es-ES' },
    subject: 'Cambio de dirección de envío',
    status: 'open',
    priority: 'normal',
    messages: [
      {
        direction: 'in',
        minutesAgo: 75,
        text: `Buenos días:\n\nAcabo de hacer el pedido KT-2027-10770 y me he dado cuenta de que lo he mandado a mi dirección antigua. La correcta es: calle del Olivo 12, 3.º B, 28045 Madrid.\n\n¿Podéis cambiarla antes de que salga el envío?\n\nMuchas gracias,\nCarmen Ruiz`,
      },
    ],
  },
];

const unitedArabEmirates: DemoConversation[] = [
  {
    market: 'ae',
    channel: 'whatsapp',
    customer: { name: 'أحمد المنصوري', phone: '+971500000317', country: 'AE', locale: 'ar-AE' },
    status: 'open',
    priority: 'normal',
    messages: [
      {
        direction: 'in',
        minutesAgo: 480,
        text: `السلام عليكم، طلبت غلاية Tide One قبل أسبوع، رقم الطلب KT-2027-10455، ولم يصلني شيء حتى الآن. رقم التتبع من أرامكس لا يعمل. أرجو المساعدة.`,
      },
    ],
  },
  {
    market: 'ae',
    channel: 'email',
    customer: { name: 'فاطمة الهاشمي', email: 'fatima.alhashimi@example.ae', country: 'AE', locale: 'ar-AE' },
    subject: 'طلب إرجاع قدر الحديد الزهر',
    status: 'pending',
    priority: 'normal',
    assignee: 'yasmine-benali',
    messages: [
      {
        direction: 'in',
        minutesAgo: 5600,
        text: `مرحباً،\n\nاستلمت قدر الحديد الزهر Signature مقاس 24 سم (رقم الطلب KT-2027-10244)، لكن لونه يختلف عن الصورة المعروضة في الموقع. أرغب في إرجاعه واسترداد المبلغ (799 درهماً).\n\nما هي خطوات الإرجاع؟\n\nشكراً لكم،\nفاطمة الهاشمي`,
      },
      {
        direction: 'out',
        author: 'yasmine-benali',
        minutesAgo: 5300,
        text: `السيدة فاطمة الهاشمي المحترمة،\n\nشكراً لتواصلك معنا، ونعتذر لأن اللون لم يكن كما توقعتِ. أرسلنا إلى بريدك الإلكتروني بوليصة إرجاع مدفوعة مسبقاً من أرامكس، وسيتصل بك المندوب لتحديد موعد استلام القدر من عنوانك.\n\nبعد وصول القدر إلى مستودعنا وفحصه، سيُعاد مبلغ 799 درهماً إلى بطاقتك خلال 5 إلى 7 أيام عمل.\n\nمع أطيب التحيات،\nياسمين\nفريق Kettle & Tide`,
      },
    ],
  },
  {
    market: 'ae',
    channel: 'chat',
    customer: { name: 'خالد الشامسي', email: 'khalid.alshamsi@example.ae', country: 'AE', locale: 'ar-AE' },
    status: 'open',
    priority: 'normal',
    messages: [
      {
        direction: 'in',
        minutesAgo: 31,
        text: `مرحبا، حاولت أدفع عن طريق تابي على أربع دفعات بس الطلب ينرفض كل مرة. البطاقة شغالة عادي.`,
      },
      { direction: 'in', minutesAgo: 29, text: `المبلغ 649 درهم` },
    ],
  },
];

const korea: DemoConversation[] = [
  {
    market: 'kr',
    channel: 'kakaotalk',
    customer: { name: '김민지', country: 'KR', locale: 'ko-KR' },
    status: 'open',
    priority: 'normal',
    messages: [
      {
        direction: 'in',
        minutesAgo: 40,
        text: `안녕하세요! 주문번호 KT-2027-10720 언제쯤 받을 수 있을까요? 주문한 지 5일 됐는데 아직 배송 준비 중이라고 나와서요.`,
      },
    ],
  },
  {
    market: 'kr',
    channel: 'kakaotalk',
    customer: { name: '이서연', country: 'KR', locale: 'ko-KR' },
    status: 'resolved',
    priority: 'high',
    assignee: 'jiwoo-park',
    messages: [
      { direction: 'in', minutesAgo: 8400, text: `카카오페이로 결제했는데 결제 실패라고 뜨고 돈은 빠져나갔어요 ㅠㅠ` },
      {
        direction: 'out',
        author: 'jiwoo-park',
        minutesAgo: 8380,
        text: `안녕하세요, 이서연 고객님. Kettle & Tide 고객지원팀 박지우입니다. 불편을 드려 죄송합니다. 확인해 보니 해당 결제는 승인 취소 처리되어, 카카오페이를 통해 영업일 기준 3~5일 이내에 환불될 예정입니다. 번거로우시겠지만 다시 한번 주문해 주시겠어요?`,
      },
      { direction: 'in', minutesAgo: 8350, text: `네 확인했어요. 다시 주문했습니다!` },
      {
        direction: 'out',
        author: 'jiwoo-park',
        minutesAgo: 8345,
        text: `주문 정상적으로 확인되었습니다. 이용해 주셔서 감사합니다, 고객님. 좋은 하루 보내세요 😊`,
      },
    ],
  },
  {
    market: 'kr',
    channel: 'email',
    customer: { name: '최준호', email: 'junho.choi@example.kr', country: 'KR', locale: 'ko-KR' },
    subject: 'Tide One 전기포트 고장 문의',
    status: 'open',
    priority: 'normal',
    messages: [
      {
        direction: 'in',
        minutesAgo: 3500,
        text: `안녕하세요.\n\n작년 말에 구매한 Tide One 전기포트가 어제부터 전원이 켜지지 않습니다. 주문번호는 KT-2026-07715입니다.\n보증 기간 내인 것으로 알고 있는데, 수리나 교환이 가능한지 문의드립니다.\n\n감사합니다.\n최준호 드림`,
      },
    ],
  },
  {
    market: 'kr',
    channel: 'kakaotalk',
    customer: { name: '정유진', country: 'KR', locale: 'ko-KR' },
    status: 'pending',
    priority: 'normal',
    assignee: 'jiwoo-park',
    messages: [
      { direction: 'in', minutesAgo: 1100, text: `앞치마 S 사이즈로 교환하고 싶어요. 받아보니 M이 너무 커서요.` },
      {
        direction: 'out',
        author: 'jiwoo-park',
        minutesAgo: 1080,
        text: `안녕하세요, 정유진 고객님! 교환 도와드리겠습니다. 주문번호를 알려주시면 CJ대한통운 반품 회수를 접수해 드릴게요. 교환 배송비는 무료입니다.`,
      },
      { direction: 'in', minutesAgo: 1070, text: `KT-2027-10650 입니다` },
      {
        direction: 'out',
        author: 'jiwoo-park',
        minutesAgo: 1065,
        text: `감사합니다. 내일 CJ대한통운 기사님이 방문 회수하실 예정이며, S 사이즈는 회수가 확인되는 대로 바로 발송해 드리겠습니다.`,
      },
    ],
  },
];

const unitedKingdom: DemoConversation[] = [
  {
    market: 'gb',
    channel: 'email',
    customer: { name: 'Emily Harrison', email: 'emily.harrison@example.co.uk', country: 'GB', locale: 'en-GB' },
    subject: 'Parcel not arrived: KT-2027-10481',
    status: 'open',
    priority: 'normal',
    messages: [
      {
        direction: 'in',
        minutesAgo: 3300,
        text: `Hello,\n\nI ordered the Signature casserole in Slate (24 cm) just over a week ago and it still hasn't arrived. The Royal Mail tracking hasn't updated since it left the Daventry depot four days ago.\n\nCould you look into it, please? I'd rather not have to wait much longer.\n\nMany thanks,\nEmily Harrison`,
      },
    ],
  },
  {
    market: 'gb',
    channel: 'chat',
    customer: { name: "James O'Connor", email: 'james.oconnor@example.co.uk', country: 'GB', locale: 'en-GB' },
    status: 'resolved',
    priority: 'normal',
    assignee: 'hannah-whitaker',
    messages: [
      {
        direction: 'in',
        minutesAgo: 7400,
        text: `Hi there, my carbon steel pan arrived with a dent in the rim. Bit gutted, to be honest.`,
      },
      {
        direction: 'out',
        author: 'hannah-whitaker',
        minutesAgo: 7396,
        text: `Hi James, I'm so sorry to hear that. Not the welcome we want for a new pan! Could you pop a photo of the dent over, along with your order number?`,
      },
      { direction: 'in', minutesAgo: 7390, text: `Sent the photo. Order is KT-2027-10187` },
      {
        direction: 'out',
        author: 'hannah-whitaker',
        minutesAgo: 7385,
        text: `Thanks, that's clearly transit damage. I've sent a replacement out with DPD today, and you'll get a one-hour delivery window by text. No need to send the dented one back: it'll still cook perfectly well if you fancy keeping it for camping.`,
      },
      { direction: 'in', minutesAgo: 7380, text: `Brilliant, cheers!` },
    ],
  },
  {
    market: 'gb',
    channel: 'telegram',
    customer: { name: 'Oliver Bennett', phone: '+447700900184', country: 'GB', locale: 'en-GB' },
    status: 'open',
    priority: 'normal',
    messages: [
      {
        direction: 'in',
        minutesAgo: 64,
        text: `Hi, Klarna keeps declining my order at checkout (the £139 kettle). Is there another way to pay in instalments?`,
      },
    ],
  },
  {
    market: 'gb',
    channel: 'email',
    customer: { name: 'Margaret Collins', email: 'm.collins@example.co.uk', country: 'GB', locale: 'en-GB' },
    subject: 'Casserole enamel cracked after six months',
    status: 'pending',
    priority: 'high',
    assignee: 'hannah-whitaker',
    messages: [
      {
        direction: 'in',
        minutesAgo: 4700,
        text: `Dear Sir or Madam,\n\nI am writing about the Signature casserole (28 cm) I bought six months ago (order KT-2026-06602). The enamel on the base has developed a hairline crack, and I have only ever used it over a low flame on my gas hob.\n\nGiven the price (£189.00), I would expect it to last a lifetime, as your website claims. I should be grateful if you would arrange a replacement.\n\nYours faithfully,\nMargaret Collins`,
      },
      {
        direction: 'out',
        author: 'hannah-whitaker',
        private: true,
        minutesAgo: 4500,
        text: `Émail fissuré sur le fond après 6 mois : couvert par la garantie à vie. Photos demandées ; remplacement à faire valider par Claire, le 28 cm Ardoise est en rupture au Royaume-Uni.`,
      },
      {
        direction: 'out',
        author: 'hannah-whitaker',
        minutesAgo: 4490,
        text: `Dear Ms Collins,\n\nThank you for your email, and I'm very sorry to hear about the crack in your casserole. This is certainly covered by our lifetime warranty.\n\nSo that I can arrange a replacement, could you please send us two photos: one of the crack, and one of the base showing the batch number engraved near the handle? As soon as we have them, we'll dispatch a new casserole free of charge and arrange collection of the damaged one.\n\nKind regards,\nHannah\nThe Kettle & Tide team`,
      },
    ],
  },
];

/** The fictional brand `npm start` loads into an empty database. */
export const demoBrand: DemoBrand = {
  brand: {
    name: 'Kettle & Tide',
    defaultLanguage: 'en',
    defaultMarket: 'us',
    pivotLanguages: ['en', 'fr'],
    signature: {
      signOff: {
        en: 'Warm regards,\nThe Kettle & Tide team',
        fr: "Bien cordialement,\nL'équipe Kettle & Tide",
        de: 'Mit freundlichen Grüßen\nIhr Kettle & Tide Team',
        it: 'Cordiali saluti,\nIl team Kettle & Tide',
        es: 'Un saludo,\nEl equipo de Kettle & Tide',
        ro: 'Cu stimă,\nEchipa Kettle & Tide',
        pt: 'Um abraço,\nEquipe Kettle & Tide',
        ja: '今後ともKettle & Tideをよろしくお願いいたします。\nKettle & Tide カスタマーサポート',
        zh: '祝您生活愉快！\nKettle & Tide 客服团队',
        ko: '감사합니다.\nKettle & Tide 고객지원팀 드림',
        ar: 'مع أطيب التحيات،\nفريق Kettle & Tide',
      },
    },
  },
  markets: [
    { code: 'jp', preset: 'JP', name: 'Japan' },
    { code: 'us', preset: 'US', name: 'United States' },
    { code: 'fr', preset: 'FR', name: 'France' },
    { code: 'de', preset: 'DE', name: 'Germany' },
    { code: 'it', preset: 'IT', name: 'Italy' },
    { code: 'ro', preset: 'RO', name: 'Romania' },
    { code: 'br', preset: 'BR', name: 'Brazil' },
    { code: 'cn', preset: 'CN', name: 'China' },
    { code: 'es', preset: 'ES', name: 'Spain' },
    { code: 'ae', preset: 'AE', name: 'United Arab Emirates' },
    { code: 'kr', preset: 'KR', name: 'South Korea' },
    { code: 'gb', preset: 'GB', name: 'United Kingdom' },
  ],
  teams,
  agents,
  conversations: [
    ...japan,
    ...unitedStates,
    ...france,
    ...germany,
    ...italy,
    ...romania,
    ...brazil,
    ...china,
    ...spain,
    ...unitedArabEmirates,
    ...korea,
    ...unitedKingdom,
  ],
};
