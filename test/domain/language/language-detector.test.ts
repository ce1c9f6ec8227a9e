import { describe, expect, it } from 'vitest';
import { SUPPORTED_LANGUAGES, detectLanguage } from '../../../src/domain/language/index.js';

const lang = (text: string, hints?: Parameters<typeof detectLanguage>[1]): string | null => detectLanguage(text, hints).language;

describe('detectLanguage — scripts', () => {
  it.each([
    ['배송이 언제 시작되나요?', 'ko'],
    ['감사', 'ko'],
    ['ご注文ありがとう', 'ja'],
    ['iPhoneケースの色を変えたい', 'ja'],
    ['请问这个颜色还有吗', 'zh'],
    ['請問這個顏色還有嗎', 'zh-Hant'],
    ['พัสดุถึงแล้วครับ ขอบคุณ', 'th'],
    ['Καλημέρα, πότε θα έρθει το δέμα;', 'el'],
    ['שלום, ההזמנה עוד לא הגיעה', 'he'],
    ['شكرا جزيلا، وصلت الطلبية', 'ar'],
    ['مرسی، سفارشم رسید', 'fa'],
    ['شکریہ، میرا آرڈر مل گیا', 'ur'],
  ])('%s → %s', (text, expected) => {
    expect(lang(text)).toBe(expected);
  });

  it('reads Han with kana as Japanese, not Chinese', () => {
    expect(lang('注文番号を確認してください')).toBe('ja');
  });

  it('reads script-neutral Han as Simplified by default and Traditional from Taiwan or Hong Kong', () => {
    expect(lang('你好')).toBe('zh');
    expect(lang('你好', { country: 'TW' })).toBe('zh-Hant');
    expect(lang('你好', { country: 'HK' })).toBe('zh-Hant');
  });

  it('tells Cyrillic languages apart by their own letters', () => {
    expect(lang('Дякую, все отримала')).toBe('uk'); // є/і-free but Ukrainian words
    expect(lang('Привіт')).toBe('uk'); // і
    expect(lang('Спасибо, всё получила')).toBe('ru'); // ё
    expect(lang('Благодаря, всичко пристигна')).toBe('bg');
    expect(lang('Где могу да видим статус пошиљке?')).toBe('sr'); // љ
    expect(lang('Кога ќе пристигне мојата нарачка?')).toBe('mk'); // ќ
  });
});

describe('detectLanguage — close pairs', () => {
  it('da / nb / sv', () => {
    expect(lang('Jeg har ikke fået nogen besked om leveringen endnu')).toBe('da');
    expect(lang('Jeg har ikke fått noen beskjed om leveransen ennå')).toBe('nb');
    expect(lang('Jag har inte fått något besked om leveransen än')).toBe('sv');
  });

  it('da / nb sentences valid in both follow the country hint', () => {
    expect(lang('Hvor er pakken min?', { country: 'NO' })).toBe('nb');
    expect(lang('Hvor er pakken min?', { country: 'DK' })).toBe('da');
  });

  it('clear Norwegian evidence beats a Danish country hint', () => {
    expect(lang('Hei! Jeg har ventet i to uker nå, hvor er pakken?', { country: 'DK' })).toBe('nb');
  });

  it('cs / sk', () => {
    expect(lang('Děkuji, zásilka dorazila v pořádku')).toBe('cs');
    expect(lang('Ďakujem, zásielka prišla v poriadku')).toBe('sk');
  });

  it('es / pt / gl', () => {
    expect(lang('Necesito cambiar la dirección de mi pedido')).toBe('es');
    expect(lang('Preciso mudar o endereço do meu pedido')).toBe('pt');
    expect(lang('Grazas, o paquete xa chegou')).toBe('gl');
  });

  it('hr / sr / bs', () => {
    expect(lang('Gdje mogu vidjeti status pošiljke? Hvala lijepa')).toBe('hr');
    expect(lang('Gde je moja pošiljka? Još uvek nije stigla')).toBe('sr');
    expect(lang('Hvala, prošla je sedmica a paket još nije stigao', { country: 'BA' })).toBe('bs');
  });

  it('ms / id', () => {
    expect(lang('Kak, paketnya kok belum sampai ya?')).toBe('id');
    expect(lang('Bungkusan saya belum sampai lagi, boleh semak?')).toBe('ms');
  });

  it('a sentence identical in Malay and Indonesian leans Indonesian without hints and is settled by the country', () => {
    const text = 'Tolong batalkan pesanan saya';
    const result = detectLanguage(text);
    expect(result.language).toBe('id');
    expect(result.confidence).toBeLessThan(0.8);
    expect(result.candidates[1]?.language).toBe('ms');
    expect(lang(text, { country: 'ID' })).toBe('id');
    expect(lang(text, { country: 'MY' })).toBe('ms');
  });

  it('da / nb spelling cues: consonant doubling, kj/sj, pronouns', () => {
    expect(lang('Jeg har kjøpt en jakke, men den er for liten')).toBe('nb');
    expect(lang('Jeg har købt en jakke, men den er for lille')).toBe('da');
    expect(lang('Kan dere ringe meg i morgen?')).toBe('nb');
    expect(lang('Kan I ringe til mig i morgen?')).toBe('da');
  });

  it('cs / sk and hr / sr / sl spelling cues', () => {
    expect(lang('Objednal jsem si novou bundu')).toBe('cs');
    expect(lang('Objednal som si novú bundu')).toBe('sk');
    expect(lang('Možete li da proverite gde je paket?')).toBe('sr');
    expect(lang('Možete li provjeriti gdje je paket?')).toBe('hr');
    expect(lang('Lahko preverite, kje je paket?')).toBe('sl');
  });

  it('a Malay-only word outweighs the Indonesian lean', () => {
    expect(lang('Saya nak tukar alamat')).toBe('ms');
  });

  it('uk / ru', () => {
    expect(lang('Доброго дня, коли прийде моє замовлення?')).toBe('uk');
    expect(lang('Добрый день, когда придёт мой заказ?')).toBe('ru');
  });
});

describe('detectLanguage — one-word messages', () => {
  it.each([
    ['merci', 'fr'],
    ['danke', 'de'],
    ['gracias', 'es'],
    ['obrigado', 'pt'],
    ['kiitos', 'fi'],
    ['köszönöm', 'hu'],
    ['dziekuje', 'pl'],
    ['teşekkürler', 'tr'],
    ['ありがとうございます', 'ja'],
  ])('%s → %s without hints', (text, expected) => {
    expect(lang(text)).toBe(expected);
  });

  it('"tak" is Danish thanks, Polish yes or Malay no: null alone, settled by the country', () => {
    expect(lang('tak')).toBeNull();
    expect(lang('tak', { country: 'DK' })).toBe('da');
    expect(lang('tak', { country: 'PL' })).toBe('pl');
    expect(lang('tak', { previousLanguage: 'ms' })).toBe('ms');
  });

  it('"ok obrigado" is Portuguese', () => {
    expect(lang('ok obrigado')).toBe('pt');
  });

  it('one unambiguous word beats a previous-language hint', () => {
    expect(lang('Gracias', { previousLanguage: 'en' })).toBe('es');
    expect(lang('Vielen Dank!', { previousLanguage: 'en' })).toBe('de');
  });

  it('a word shared by several languages follows the country', () => {
    expect(lang('hallo', { country: 'NL' })).toBe('nl');
    expect(lang('hallo', { country: 'DE' })).toBe('de');
  });
});

describe('detectLanguage — too little evidence', () => {
  it.each(['', '   \n\t ', 'ok', 'OK!!', '123', '#4821', '👍🙏', '???', 'lol', 'https://shop.example/orders/4821', 'anna@example.com'])(
    '%j without hints → null, not an error',
    (text) => {
      const result = detectLanguage(text);
      expect(result.language).toBeNull();
      expect(result.confidence).toBe(0);
    },
  );

  it('content-free messages follow the previous language', () => {
    expect(lang('ok', { previousLanguage: 'ja' })).toBe('ja');
    expect(lang('👍', { previousLanguage: 'da' })).toBe('da');
    expect(lang('123', { previousLanguage: 'ja', country: 'JP' })).toBe('ja');
  });

  it('a multilingual country alone does not decide a content-free message, a one-language country does', () => {
    expect(lang('ok', { country: 'CH' })).toBeNull();
    expect(lang('ok', { country: 'DK' })).toBe('da');
  });

  it('ignores links, e-mail addresses and order numbers around the words', () => {
    expect(lang('Order #A-48213: https://track.example/x?id=9 where is it? me@mail.example')).toBe('en');
  });
});

describe('detectLanguage — candidates restriction', () => {
  it('answers only among the candidates', () => {
    const result = detectLanguage('Hvor er pakken min?', { candidates: ['da', 'nb'], country: 'NO' });
    expect(result.language).toBe('nb');
    expect(result.candidates.map((c) => c.language).sort()).toEqual(['da', 'nb']);
  });

  it('maps candidate tags to detection codes (zh-TW → zh-Hant, no → nb)', () => {
    expect(lang('你好', { candidates: ['zh-TW'] })).toBe('zh-Hant');
    expect(lang('Takk for hjelpen', { candidates: ['no', 'da'] })).toBe('nb');
  });

  it('is null when the text is clearly none of the candidates', () => {
    expect(detectLanguage('ありがとうございます', { candidates: ['da', 'nb'] })).toEqual({ language: null, confidence: 0, candidates: [] });
    expect(lang('Ich warte seit zwei Wochen auf mein Paket', { candidates: ['nl'] })).toBeNull();
  });

  it('an empty candidates list restricts nothing', () => {
    expect(lang('merci', { candidates: [] })).toBe('fr');
  });
});

describe('detectLanguage — result shape and input guards', () => {
  it('returns at most five candidates sorted by score, scores in 0..1 and confidence = top score', () => {
    const result = detectLanguage('Hvor er pakken min?');
    expect(result.candidates.length).toBeGreaterThan(0);
    expect(result.candidates.length).toBeLessThanOrEqual(5);
    const scores = result.candidates.map((c) => c.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    for (const s of scores) expect(s).toBeGreaterThanOrEqual(0), expect(s).toBeLessThanOrEqual(1);
    expect(result.confidence).toBe(result.candidates[0]?.score);
  });

  it('only ever answers with supported BCP 47 codes', () => {
    for (const text of ['Where is my parcel?', 'Hvor er pakken?', '包裹在哪裡？', 'Kde je balík?']) {
      const { language } = detectLanguage(text);
      expect(language === null || SUPPORTED_LANGUAGES.includes(language)).toBe(true);
    }
  });

  it('trims and detects only a prefix of a 1 MB message', () => {
    const huge = `   ${'Hej, jeg har ikke modtaget min pakke endnu. '.repeat(25_000)}`;
    expect(huge.length).toBeGreaterThan(1_000_000);
    expect(lang(huge)).toBe('da');
  });

  it('finds the words after a long run of leading whitespace', () => {
    expect(lang(`${' '.repeat(10_000)}Merci beaucoup`)).toBe('fr');
  });

  it('never throws on non-string input from untyped callers', () => {
    expect(detectLanguage(undefined as unknown as string).language).toBeNull();
    expect(detectLanguage(42 as unknown as string).language).toBeNull();
  });

  it('ignores malformed hints instead of failing', () => {
    expect(lang('merci', { country: 'France', previousLanguage: 'fr_FR', acceptLanguage: ';;;' })).toBe('fr');
  });

  it('is deterministic', () => {
    expect(detectLanguage('Tak for hjælpen', { country: 'DK' })).toEqual(detectLanguage('Tak for hjælpen', { country: 'DK' }));
  });
});
