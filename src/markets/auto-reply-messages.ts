import { IntlMessageFormat } from 'intl-messageformat';

/**
 * The closed-hours auto-reply per locale, in ICU MessageFormat. `nextOpen` has `{opensAt}` (already formatted in the
 * customer's zone and date format); `noNextOpen` is for a market with no opening in sight. Customers are addressed
 * formally where the language distinguishes (vous, Sie, Lei, usted, 귀하/존댓말, です・ます).
 */
export const closedHoursMessages: Readonly<Record<string, { nextOpen: string; noNextOpen: string }>> = {
  en: {
    nextOpen: 'Thank you for your message. Our team is away at the moment and will reply as soon as we are back. We reopen on {opensAt}.',
    noNextOpen: 'Thank you for your message. Our team is away at the moment and will reply as soon as we are back.',
  },
  ja: {
    nextOpen: 'お問い合わせいただきありがとうございます。ただいま営業時間外のため、営業再開後に担当者より順次ご返信いたします。次回の営業開始：{opensAt}',
    noNextOpen: 'お問い合わせいただきありがとうございます。ただいま営業時間外のため、営業再開後に担当者より順次ご返信いたします。',
  },
  fr: {
    nextOpen: 'Merci pour votre message. Notre équipe est absente pour le moment et vous répondra dès son retour. Réouverture\u00a0: {opensAt}.',
    noNextOpen: 'Merci pour votre message. Notre équipe est absente pour le moment et vous répondra dès son retour.',
  },
  de: {
    nextOpen: 'Vielen Dank für Ihre Nachricht. Unser Team ist gerade nicht im Dienst und antwortet Ihnen, sobald wir wieder da sind. Wieder erreichbar ab: {opensAt}.',
    noNextOpen: 'Vielen Dank für Ihre Nachricht. Unser Team ist gerade nicht im Dienst und antwortet Ihnen, sobald wir wieder da sind.',
  },
  it: {
    nextOpen: 'Grazie per il suo messaggio. Il nostro team al momento non è in servizio e le risponderà non appena saremo di nuovo operativi. Riapertura: {opensAt}.',
    noNextOpen: 'Grazie per il suo messaggio. Il nostro team al momento non è in servizio e le risponderà non appena saremo di nuovo operativi.',
  },
  es: {
    nextOpen: 'Gracias por su mensaje. Nuestro equipo está fuera de horario en este momento y le responderá en cuanto volvamos. Volvemos a abrir: {opensAt}.',
    noNextOpen: 'Gracias por su mensaje. Nuestro equipo está fuera de horario en este momento y le responderá en cuanto volvamos.',
  },
  pt: {
    nextOpen: 'Obrigado pela sua mensagem. Nossa equipe está fora do horário de atendimento no momento e responderá assim que voltarmos. Reabrimos em: {opensAt}.',
    noNextOpen: 'Obrigado pela sua mensagem. Nossa equipe está fora do horário de atendimento no momento e responderá assim que voltarmos.',
  },
  'pt-PT': {
    nextOpen: 'Obrigado pela sua mensagem. A nossa equipa está fora do horário de atendimento neste momento e responderá assim que regressarmos. Reabrimos em: {opensAt}.',
    noNextOpen: 'Obrigado pela sua mensagem. A nossa equipa está fora do horário de atendimento neste momento e responderá assim que regressarmos.',
  },
  ro: {
    nextOpen: 'Vă mulțumim pentru mesaj. Echipa noastră nu este disponibilă în acest moment și vă va răspunde imediat ce revenim. Redeschidem: {opensAt}.',
    noNextOpen: 'Vă mulțumim pentru mesaj. Echipa noastră nu este disponibilă în acest moment și vă va răspunde imediat ce revenim.',
  },
  zh: {
    nextOpen: '感谢您的留言。我们的团队目前不在服务时间，将在恢复服务后尽快回复您。恢复服务时间：{opensAt}。',
    noNextOpen: '感谢您的留言。我们的团队目前不在服务时间，将在恢复服务后尽快回复您。',
  },
  'zh-Hant': {
    nextOpen: '感謝您的留言。我們的團隊目前不在服務時間，將於恢復服務後盡快回覆您。恢復服務時間：{opensAt}。',
    noNextOpen: '感謝您的留言。我們的團隊目前不在服務時間，將於恢復服務後盡快回覆您。',
  },
  ko: {
    nextOpen: '문의해 주셔서 감사합니다. 지금은 상담 운영 시간이 아니므로 운영이 재개되는 대로 답변드리겠습니다. 운영 재개: {opensAt}',
    noNextOpen: '문의해 주셔서 감사합니다. 지금은 상담 운영 시간이 아니므로 운영이 재개되는 대로 답변드리겠습니다.',
  },
  ar: {
    nextOpen: 'شكرًا لرسالتك. فريقنا خارج ساعات العمل حاليًا وسيرد عليك فور عودتنا. موعد العودة: {opensAt}.',
    noNextOpen: 'شكرًا لرسالتك. فريقنا خارج ساعات العمل حاليًا وسيرد عليك فور عودتنا.',
  },
};

function canonical(tag: string): string | null {
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? null;
  } catch {
    return null;
  }
}

/**
 * The fallback chain of a language tag, most specific first and always ending in `en`: the tag itself, the
 * language with its script (so `zh-TW` reaches `zh-Hant`), then the bare language.
 *
 * @example
 * localeFallbackChain('pt-BR'); // ['pt-BR', 'pt-Latn', 'pt', 'en']
 * localeFallbackChain('zh-TW'); // ['zh-TW', 'zh-Hant', 'zh', 'en']
 */
export function localeFallbackChain(tag: string | null | undefined): string[] {
  const chain: string[] = [];
  const push = (t: string | null | undefined) => { if (t && !chain.includes(t)) chain.push(t); };
  const name = tag ? canonical(tag) : null;
  if (name) {
    push(name);
    try {
      const locale = new Intl.Locale(name);
      const script = locale.script ?? locale.maximize().script;
      if (script) push(`${locale.language}-${script}`);
      push(locale.language);
    } catch {
      // canonical() accepted it, so Intl.Locale will too; nothing to add otherwise.
    }
  }
  push('en');
  return chain;
}

/**
 * The catalogue locale for a customer: the first preference given (conversation language, else customer
 * locale, else the market's first language) resolved through {@link localeFallbackChain}.
 *
 * @example
 * closedHoursLocale(['pt-BR']); // 'pt'
 * closedHoursLocale([null, 'zh-TW']); // 'zh-Hant'
 */
export function closedHoursLocale(preferences: ReadonlyArray<string | null | undefined>): string {
  const preferred = preferences.find((p) => typeof p === 'string' && p.trim() !== '' && canonical(p) !== null);
  for (const candidate of localeFallbackChain(preferred)) {
    if (Object.hasOwn(closedHoursMessages, candidate)) return candidate;
  }
  return 'en';
}

const compiled = new Map<string, IntlMessageFormat>();

/**
 * The closed-hours auto-reply text in a catalogue locale.
 *
 * @example
 * closedHoursText('en', 'Thursday, May 6, 2027 at 9:00 AM GMT+9');
 * // 'Thank you for your message. … We reopen on Thursday, May 6, 2027 at 9:00 AM GMT+9.'
 */
export function closedHoursText(locale: string, opensAt: string | null): string {
  const entry = closedHoursMessages[locale] ?? closedHoursMessages.en!;
  const key = `${locale}|${opensAt === null ? 'noNextOpen' : 'nextOpen'}`;
  let format = compiled.get(key);
  if (!format) {
    format = new IntlMessageFormat(opensAt === null ? entry.noNextOpen : entry.nextOpen, locale);
    compiled.set(key, format);
  }
  return String(format.format({ opensAt: opensAt ?? '' }));
}
