/**
 * The tables the quote stripper reads. One row per language and mail client habit; adding a language is adding
 * rows here. Patterns are tested against one trimmed line, or two or three consecutive lines joined with a space
 * (clients wrap long attribution lines).
 */

/** "On … wrote:" lines that introduce quoted history. */
export const attributionPatterns: ReadonlyArray<{ language: string; pattern: RegExp }> = [
  { language: 'en', pattern: /^On\s.+\swrote\s*:?$/iu },
  { language: 'fr', pattern: /^Le\s.+\sa\s+écrit\s*:$/iu },
  { language: 'de', pattern: /^Am\s.+\sschrieb\b.*:$/iu },
  { language: 'de', pattern: /^.+\sschrieb\s+am\s.+:$/iu },
  { language: 'it', pattern: /^Il\s.+\sha\s+scritto\s*:$/iu },
  { language: 'es', pattern: /^El\s.+\sescribió\s*:$/iu },
  { language: 'pt', pattern: /^(Em|No dia|Às|A)\s.+\sescreveu\s*:$/iu },
  { language: 'nl', pattern: /^Op\s.+\sschreef\b.*:$/iu },
  { language: 'ro', pattern: /^(În|Pe)\s.+\sa\s+scris\s*:$/iu },
  { language: 'pl', pattern: /^(W dniu|Dnia)\s.+\s(pisze|napisał\(a\)|napisała|napisał)\s*:$/iu },
  { language: 'sv', pattern: /^.*\d.*\sskrev\b.*:$/iu },
  { language: 'ru', pattern: /^.+\s(написал\(а\)|написала|написал|пишет)\s*:$/iu },
  { language: 'ja', pattern: /^.+のメッセージ\s*[:：]$/u },
  { language: 'ja', pattern: /^.*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日.*<[^<>\s]+@[^<>\s]+>\s*[:：]?$/u },
  { language: 'ja', pattern: /^.+(が|は)書きました\s*[:：]$/u },
  { language: 'zh', pattern: /^.+(写道|寫道)\s*[:：]$/u },
  { language: 'ko', pattern: /^.+작성\s*[:：]$/u },
  { language: 'fi', pattern: /^.+\skirjoitti\s*:$/iu },
  { language: 'tr', pattern: /^.+\syazdı\s*:$/iu },
  { language: 'cs', pattern: /^.+\snapsal(\(a\)|a)?\s*:$/iu },
  // A date, an address in angle brackets and a colon: how many clients attribute in any language.
  { language: '*', pattern: /^.{0,120}\d{1,4}.{0,120}<[^<>\s]+@[^<>\s]+>\s*[:：]$/u },
];

/** "-----Original Message-----" separators (Outlook and webmail, localized). */
export const separatorPatterns: ReadonlyArray<{ language: string; pattern: RegExp }> = [
  ['en', 'Original Message'], ['fr', "Message d['’]origine"], ['de', 'Ursprüngliche Nachricht'], ['it', 'Messaggio originale'],
  ['es', 'Mensaje original'], ['pt', 'Mensagem original'], ['nl', 'Oorspronkelijk bericht'], ['ro', 'Mesaj original'],
  ['pl', 'Wiadomość oryginalna'], ['sv', 'Ursprungligt meddelande'], ['ru', 'Исходное сообщение'], ['ja', '元のメッセージ'],
  ['zh', '原始邮件'], ['zh', '原始郵件'], ['ko', '원본 메시지'], ['da', 'Oprindelig meddelelse'], ['nb', 'Opprinnelig melding'],
].map(([language, words]) => ({ language: language!, pattern: new RegExp(`^[-_=*\\s]*${words}[-_=*\\s]*$`, 'iu') }));

const fromLabels = ['From', 'De', 'Von', 'Da', 'Van', 'Od', 'Från', 'От', '差出人', '送信者', '发件人', '發件人', '寄件者', '보낸 사람', 'Fra',
  'Lähettäjä', 'Kimden', 'Feladó'];
const headerLabels = [
  'Sent', 'Date', 'To', 'Cc', 'Subject',
  'Envoyé', 'À', 'Objet', 'Gesendet', 'Datum', 'An', 'Betreff', 'Inviato', 'Data', 'A', 'Oggetto', 'Enviado', 'Enviada', 'Fecha',
  'Para', 'Asunto', 'Assunto', 'Verzonden', 'Aan', 'Onderwerp', 'Trimis', 'Către', 'Subiect', 'Wysłano', 'Do', 'Temat', 'Skickat',
  'Till', 'Ämne', 'Отправлено', 'Дата', 'Кому', 'Тема', '送信日時', '日付', '宛先', '件名', '发送时间', '日期', '收件人', '主题', '時間',
  '寄件日期', '收件者', '主旨', '보낸 날짜', '날짜', '받는 사람', '제목', 'Sendt', 'Til', 'Emne', 'Lähetetty', 'Vastaanottaja', 'Aihe',
];
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The first line of a quoted header block ("From: …" and its translations), bold markers allowed. */
export const headerFromPattern = new RegExp(`^\\*?(${fromLabels.map(escape).join('|')})\\*?\\s*[:：]\\s*\\S`, 'iu');
/** The other lines of a quoted header block ("Sent:", "To:", "Subject:" and translations). */
export const headerFieldPattern = new RegExp(`^\\*?(${headerLabels.map(escape).join('|')})\\*?\\s*[:：]`, 'iu');

/** Mobile and webmail signatures that close a message ("Sent from my iPhone" and translations). */
export const mobileSignaturePatterns: ReadonlyArray<{ language: string; pattern: RegExp }> = [
  { language: 'en', pattern: /^Sent (from|with|via) (my )?\S.{0,40}$/iu },
  { language: 'en', pattern: /^Get Outlook for (iOS|Android)/iu },
  { language: 'fr', pattern: /^Envoyé (de|depuis) (mon )?\S.{0,40}$/iu },
  { language: 'fr', pattern: /^Obtenir Outlook pour (iOS|Android)/iu },
  { language: 'de', pattern: /^Von meinem \S.{0,40} gesendet$/iu },
  { language: 'de', pattern: /^Gesendet (von|mit) (meinem )?\S.{0,40}$/iu },
  { language: 'it', pattern: /^Inviato da (il mio )?\S.{0,40}$/iu },
  { language: 'es', pattern: /^Enviado (desde|con) (mi )?\S.{0,40}$/iu },
  { language: 'pt', pattern: /^Enviado (do|de) (meu )?\S.{0,40}$/iu },
  { language: 'nl', pattern: /^Verzonden (vanaf|met|van) (mijn )?\S.{0,40}$/iu },
  { language: 'ro', pattern: /^Trimis de pe \S.{0,40}$/iu },
  { language: 'pl', pattern: /^Wysłane z (mojego )?\S.{0,40}$/iu },
  { language: 'sv', pattern: /^Skickat från (min )?\S.{0,40}$/iu },
  { language: 'ru', pattern: /^Отправлено (с|из) \S.{0,40}$/iu },
  { language: 'ja', pattern: /^.{1,30}から送信$/u },
  { language: 'zh', pattern: /^(发自|發自)我的.{1,30}$/u },
  { language: 'zh', pattern: /^從我的.{1,30}傳送$/u },
  { language: 'ko', pattern: /^.{1,30}에서 보냄$/u },
];
