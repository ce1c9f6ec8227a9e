import { IntlMessageFormat } from 'intl-messageformat';

/** What the phone line says, by key. */
export type VoicePromptKey = 'closed' | 'closedNoHours' | 'unavailable' | 'menu' | 'voicemail' | 'callbackConfirmed' | 'callbackNoHours' | 'thanks';

type Catalogue = Record<VoicePromptKey, string>;

/** Spoken prompts in ICU MessageFormat; `{when}` is the next opening, already written out for the market's zone. */
export const voicePrompts: Record<string, Catalogue> = {
  en: {
    closed: 'Thank you for calling. We are closed right now and open again on {when}.',
    closedNoHours: 'Thank you for calling. We cannot take calls at the moment.',
    unavailable: 'Thank you for calling. Nobody can take your call right now.',
    menu: 'To be called back during our opening hours, press 1. To leave a message, stay on the line.',
    voicemail: 'Please leave your message after the tone, then hang up.',
    callbackConfirmed: 'Thank you. We will call you back on {when}. Goodbye.',
    callbackNoHours: 'Thank you. We will call you back as soon as we can. Goodbye.',
    thanks: 'Thank you for your message. Goodbye.',
  },
  ja: {
    closed: 'お電話ありがとうございます。ただいま営業時間外です。次の受付開始は{when}です。',
    closedNoHours: 'お電話ありがとうございます。ただいまお電話をお受けできません。',
    unavailable: 'お電話ありがとうございます。ただいま電話が大変混み合っております。',
    menu: '営業時間内の折り返しをご希望の方は1を押してください。伝言を残される方は、そのままお待ちください。',
    voicemail: '発信音の後にご用件をお話しください。終わりましたら電話をお切りください。',
    callbackConfirmed: 'ありがとうございます。{when}に折り返しお電話いたします。失礼いたします。',
    callbackNoHours: 'ありがとうございます。できるだけ早く折り返しお電話いたします。失礼いたします。',
    thanks: 'ご伝言ありがとうございました。失礼いたします。',
  },
  fr: {
    closed: 'Merci de votre appel. Nous sommes actuellement fermés et rouvrons le {when}.',
    closedNoHours: 'Merci de votre appel. Nous ne pouvons pas prendre d’appels pour le moment.',
    unavailable: 'Merci de votre appel. Personne n’est disponible pour vous répondre pour le moment.',
    menu: 'Pour être rappelé pendant nos heures d’ouverture, tapez 1. Pour laisser un message, restez en ligne.',
    voicemail: 'Veuillez laisser votre message après le bip, puis raccrochez.',
    callbackConfirmed: 'Merci. Nous vous rappellerons le {when}. Au revoir.',
    callbackNoHours: 'Merci. Nous vous rappellerons dès que possible. Au revoir.',
    thanks: 'Merci pour votre message. Au revoir.',
  },
  de: {
    closed: 'Vielen Dank für Ihren Anruf. Wir haben gerade geschlossen und sind ab {when} wieder für Sie da.',
    closedNoHours: 'Vielen Dank für Ihren Anruf. Wir können im Moment keine Anrufe entgegennehmen.',
    unavailable: 'Vielen Dank für Ihren Anruf. Im Moment ist leider niemand erreichbar.',
    menu: 'Für einen Rückruf während unserer Öffnungszeiten drücken Sie die 1. Um eine Nachricht zu hinterlassen, bleiben Sie in der Leitung.',
    voicemail: 'Bitte sprechen Sie nach dem Signalton und legen Sie dann auf.',
    callbackConfirmed: 'Vielen Dank. Wir rufen Sie am {when} zurück. Auf Wiederhören.',
    callbackNoHours: 'Vielen Dank. Wir rufen Sie so bald wie möglich zurück. Auf Wiederhören.',
    thanks: 'Vielen Dank für Ihre Nachricht. Auf Wiederhören.',
  },
  it: {
    closed: 'Grazie per aver chiamato. Al momento siamo chiusi e riapriamo {when}.',
    closedNoHours: 'Grazie per aver chiamato. Al momento non possiamo rispondere.',
    unavailable: 'Grazie per aver chiamato. Al momento nessuno può rispondere.',
    menu: 'Per essere richiamato durante l’orario di apertura, premi 1. Per lasciare un messaggio, resta in linea.',
    voicemail: 'Lascia il tuo messaggio dopo il segnale acustico, poi riaggancia.',
    callbackConfirmed: 'Grazie. Ti richiameremo {when}. Arrivederci.',
    callbackNoHours: 'Grazie. Ti richiameremo il prima possibile. Arrivederci.',
    thanks: 'Grazie per il tuo messaggio. Arrivederci.',
  },
  es: {
    closed: 'Gracias por llamar. Ahora mismo estamos cerrados y volvemos a abrir el {when}.',
    closedNoHours: 'Gracias por llamar. En este momento no podemos atender llamadas.',
    unavailable: 'Gracias por llamar. En este momento nadie puede atenderle.',
    menu: 'Para que le llamemos en nuestro horario de atención, pulse 1. Para dejar un mensaje, permanezca en línea.',
    voicemail: 'Deje su mensaje después de la señal y luego cuelgue.',
    callbackConfirmed: 'Gracias. Le llamaremos el {when}. Adiós.',
    callbackNoHours: 'Gracias. Le llamaremos lo antes posible. Adiós.',
    thanks: 'Gracias por su mensaje. Adiós.',
  },
  pt: {
    closed: 'Obrigado por ligar. Estamos fechados agora e voltamos a abrir em {when}.',
    closedNoHours: 'Obrigado por ligar. No momento não podemos atender chamadas.',
    unavailable: 'Obrigado por ligar. No momento ninguém pode atender a sua chamada.',
    menu: 'Para receber uma ligação no nosso horário de atendimento, tecle 1. Para deixar uma mensagem, permaneça na linha.',
    voicemail: 'Deixe a sua mensagem após o sinal e depois desligue.',
    callbackConfirmed: 'Obrigado. Ligaremos de volta em {when}. Até logo.',
    callbackNoHours: 'Obrigado. Ligaremos de volta assim que possível. Até logo.',
    thanks: 'Obrigado pela sua mensagem. Até logo.',
  },
  zh: {
    closed: '感谢您的来电。我们现在已下班，将于{when}重新开始服务。',
    closedNoHours: '感谢您的来电。我们暂时无法接听电话。',
    unavailable: '感谢您的来电。目前暂时无人接听。',
    menu: '如需在营业时间内回电，请按1。如需留言，请不要挂机。',
    voicemail: '请在提示音后留言，留言完毕后请挂机。',
    callbackConfirmed: '谢谢。我们将于{when}给您回电。再见。',
    callbackNoHours: '谢谢。我们会尽快给您回电。再见。',
    thanks: '感谢您的留言。再见。',
  },
  ko: {
    closed: '전화해 주셔서 감사합니다. 지금은 영업시간이 아니며 {when}에 다시 문을 엽니다.',
    closedNoHours: '전화해 주셔서 감사합니다. 지금은 전화를 받을 수 없습니다.',
    unavailable: '전화해 주셔서 감사합니다. 지금은 상담원 연결이 어렵습니다.',
    menu: '영업시간 중 회신 전화를 원하시면 1번을 눌러 주세요. 메시지를 남기시려면 잠시 기다려 주세요.',
    voicemail: '삐 소리가 나면 메시지를 남기신 후 전화를 끊어 주세요.',
    callbackConfirmed: '감사합니다. {when}에 다시 전화드리겠습니다. 안녕히 계세요.',
    callbackNoHours: '감사합니다. 최대한 빨리 다시 전화드리겠습니다. 안녕히 계세요.',
    thanks: '메시지를 남겨 주셔서 감사합니다. 안녕히 계세요.',
  },
  ar: {
    closed: 'شكراً لاتصالك. نحن مغلقون الآن وسنفتح مجدداً يوم {when}.',
    closedNoHours: 'شكراً لاتصالك. لا يمكننا استقبال المكالمات في الوقت الحالي.',
    unavailable: 'شكراً لاتصالك. لا يوجد أحد متاح للرد في الوقت الحالي.',
    menu: 'لطلب معاودة الاتصال خلال ساعات العمل، اضغط 1. لترك رسالة، ابقَ على الخط.',
    voicemail: 'يرجى ترك رسالتك بعد سماع الصافرة ثم إنهاء المكالمة.',
    callbackConfirmed: 'شكراً لك. سنعاود الاتصال بك يوم {when}. مع السلامة.',
    callbackNoHours: 'شكراً لك. سنعاود الاتصال بك في أقرب وقت ممكن. مع السلامة.',
    thanks: 'شكراً على رسالتك. مع السلامة.',
  },
  ro: {
    closed: 'Vă mulțumim pentru apel. Acum suntem închiși și redeschidem {when}.',
    closedNoHours: 'Vă mulțumim pentru apel. Momentan nu putem prelua apeluri.',
    unavailable: 'Vă mulțumim pentru apel. Momentan nu vă poate răspunde nimeni.',
    menu: 'Pentru a fi sunat înapoi în programul nostru, apăsați 1. Pentru a lăsa un mesaj, rămâneți pe linie.',
    voicemail: 'Vă rugăm să lăsați mesajul după semnalul sonor, apoi să închideți.',
    callbackConfirmed: 'Vă mulțumim. Vă sunăm înapoi {when}. La revedere.',
    callbackNoHours: 'Vă mulțumim. Vă sunăm înapoi cât mai curând. La revedere.',
    thanks: 'Vă mulțumim pentru mesaj. La revedere.',
  },
};

/** Twilio `<Say language>` codes for the prompt languages. */
const sayLanguages: Record<string, string> = {
  en: 'en-US', ja: 'ja-JP', fr: 'fr-FR', de: 'de-DE', it: 'it-IT', es: 'es-ES', pt: 'pt-BR', zh: 'cmn-CN', ko: 'ko-KR', ar: 'arb', ro: 'ro-RO',
};

/**
 * The prompt language for a requested language: itself when there is a catalogue, else its base language, else
 * English.
 *
 * @example
 * promptLanguage('pt-BR'); // 'pt'
 */
export function promptLanguage(language: string | null | undefined): string {
  const tag = (language ?? 'en').toLowerCase();
  if (voicePrompts[tag]) return tag;
  const base = tag.split('-')[0]!;
  return voicePrompts[base] ? base : 'en';
}

/**
 * The `<Say language>` for a prompt language, keeping a region the market asked for (`pt-PT`, `en-GB`).
 *
 * @example
 * sayLanguage('pt', 'pt-PT'); // 'pt-PT'
 */
export function sayLanguage(language: string, requested: string | null | undefined): string {
  if (requested && /^[a-z]{2}-[A-Z]{2}$/.test(requested) && requested.startsWith(`${language}-`)) return requested;
  return sayLanguages[language] ?? 'en-US';
}

/**
 * One spoken prompt.
 *
 * @example
 * voicePrompt('ja', 'callbackConfirmed', { when: '5月6日(木) 10:00' });
 */
export function voicePrompt(language: string, key: VoicePromptKey, values: Record<string, string> = {}): string {
  const catalogue = voicePrompts[language] ?? voicePrompts.en!;
  return String(new IntlMessageFormat(catalogue[key], language).format(values));
}

/**
 * An instant written out for speaking in a language and zone ("Thursday, May 6 at 10:00 AM").
 *
 * @example
 * spokenTime(Date.parse('2027-05-06T01:00:00Z'), 'ja', 'Asia/Tokyo'); // '5月6日木曜日 10:00'
 */
export function spokenTime(atMs: number, language: string, timeZone: string): string {
  return new Intl.DateTimeFormat(language, { timeZone, weekday: 'long', month: 'long', day: 'numeric', hour: 'numeric', minute: '2-digit' }).format(atMs);
}
