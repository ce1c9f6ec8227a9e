import { describe, expect, it } from 'vitest';
import { stripQuotedText } from '../../../src/channels/email/index.js';

/** [language, what the customer wrote, the attribution line their client added, the quoted history]. */
const attributions: Array<[string, string, string]> = [
  ['en', 'Thanks, that solved it.', 'On Fri, Apr 30, 2027 at 5:30 PM Brand Support <support@brand.example.com> wrote:'],
  ['fr', 'Merci, c’est réglé.', 'Le ven. 30 avr. 2027 à 17:30, Support Brand <support@brand.example.fr> a écrit :'],
  ['de', 'Danke, das hat geholfen.', 'Am Fr., 30. Apr. 2027 um 17:30 Uhr schrieb Brand Support <support@brand.example.de>:'],
  ['it', 'Grazie, risolto.', 'Il giorno ven 30 apr 2027 alle ore 17:30 Brand Support <support@brand.example.it> ha scritto:'],
  ['es', 'Gracias, ya está resuelto.', 'El vie, 30 abr 2027 a las 17:30, Soporte Brand (<support@brand.example.es>) escribió:'],
  ['pt', 'Obrigado, resolvido.', 'Em sex., 30 de abr. de 2027 às 17:30, Suporte Brand <support@brand.example.br> escreveu:'],
  ['nl', 'Bedankt, het is opgelost.', 'Op vr 30 apr. 2027 om 17:30 schreef Brand Support <support@brand.example.nl>:'],
  ['ro', 'Mulțumesc, s-a rezolvat.', 'În vin., 30 apr. 2027 la 17:30, Brand Support <support@brand.example.ro> a scris:'],
  ['pl', 'Dziękuję, rozwiązane.', 'W dniu pt., 30.04.2027 o 17:30 Brand Support <support@brand.example.pl> napisał(a):'],
  ['sv', 'Tack, det löste sig.', 'Den fre 30 apr. 2027 kl 17:30 skrev Brand Support <support@brand.example.se>:'],
  ['ru', 'Спасибо, всё решилось.', 'пт, 30 апр. 2027 г. в 17:30, Brand Support <support@brand.example.ru>: написал(а):'],
  ['ja', 'ありがとうございます。解決しました。', '2027年4月30日(金) 17:30 Brand Support <support@brand.example.jp>:'],
  ['ja', 'ご対応ありがとうございました。', '2027/04/30 17:30、Brand Support のメッセージ:'],
  ['zh', '谢谢，问题已经解决了。', '在 2027年4月30日 17:30，Brand Support <support@brand.example.cn> 写道：'],
  ['zh', '謝謝，問題已經解決。', '於 2027年4月30日 17:30，Brand Support <support@brand.example.tw> 寫道：'],
  ['ko', '감사합니다. 해결되었습니다.', '2027년 4월 30일 (금) 오후 5:30, Brand Support <support@brand.example.kr>님이 작성:'],
];

const history = '> Dear customer,\n> your parcel left our warehouse.\n> Brand Support';

describe('quote stripping', () => {
  it.each(attributions)('cuts the quoted history under a %s attribution line', (_language, fresh, attribution) => {
    const result = stripQuotedText(`${fresh}\n\n${attribution}\n${history}\n`);
    expect(result.text).toBe(fresh);
    expect(result.stripped).toBe(true);
    expect(result.reason).toBe('attribution');
  });

  it('joins an attribution line a client wrapped', () => {
    const text = 'Got it, thanks!\n\nOn Fri, Apr 30, 2027 at 5:30 PM Brand Support <\nsupport@brand.example.com> wrote:\n> Hello';
    expect(stripQuotedText(text).text).toBe('Got it, thanks!');
  });

  it.each([
    ['en', '-----Original Message-----'], ['de', '-----Ursprüngliche Nachricht-----'], ['fr', "-----Message d'origine-----"],
    ['ja', '-----元のメッセージ-----'], ['zh', '------------------ 原始邮件 ------------------'], ['ko', '-----원본 메시지-----'],
  ])('cuts at a %s "original message" separator', (_language, separator) => {
    expect(stripQuotedText(`New text.\n\n${separator}\nFrom: x\nOld text`).text).toBe('New text.');
  });

  it.each([
    ['en', 'From: Brand Support <support@brand.example.com>\nSent: Friday, April 30, 2027 17:30\nTo: Customer\nSubject: Your order'],
    ['fr', 'De : Brand Support <support@brand.example.fr>\nEnvoyé : vendredi 30 avril 2027 17:30\nÀ : Client\nObjet : Votre commande'],
    ['de', 'Von: Brand Support <support@brand.example.de>\nGesendet: Freitag, 30. April 2027 17:30\nAn: Kunde\nBetreff: Ihre Bestellung'],
    ['ja', '差出人: Brand Support <support@brand.example.jp>\n送信日時: 2027年4月30日 17:30\n宛先: お客様\n件名: ご注文について'],
    ['zh', '发件人: Brand Support <support@brand.example.cn>\n发送时间: 2027年4月30日 17:30\n收件人: 客户\n主题: 您的订单'],
    ['ko', '보낸 사람: Brand Support <support@brand.example.kr>\n보낸 날짜: 2027년 4월 30일 17:30\n받는 사람: 고객\n제목: 주문'],
  ])('cuts a quoted %s Outlook header block (with its rule of underscores)', (_language, block) => {
    const result = stripQuotedText(`The new part.\n\n________________________________\n${block}\n\nOld body`);
    expect(result.text).toBe('The new part.');
    expect(result.reason).toBe('header-block');
  });

  it('cuts a trailing block of > quotes and keeps interleaved answers', () => {
    expect(stripQuotedText('Yes please.\n\n> Shall we refund you?\n> Regards').text).toBe('Yes please.');
    const interleaved = '> Which size?\nM please.\n> Which colour?\nBlue.';
    expect(stripQuotedText(interleaved).text).toBe(interleaved);
  });

  it('cuts the "-- " signature and mobile signatures, only at the end', () => {
    expect(stripQuotedText('See attached.\n\n-- \nJane Doe\nACME Corp').text).toBe('See attached.');
    expect(stripQuotedText('Merci\n\nEnvoyé de mon iPhone').text).toBe('Merci');
    expect(stripQuotedText('ありがとうございます\n\niPhoneから送信').text).toBe('ありがとうございます');
    expect(stripQuotedText('谢谢\n\n发自我的iPhone\n\n在 2027年4月30日，Support <s@b.cn> 写道：\n> 你好').text).toBe('谢谢');
    // In the middle it is the customer's own sentence.
    const dhl = 'Sent via DHL on Monday\nand still not here.';
    expect(stripQuotedText(dhl).text).toBe(dhl);
  });

  it('keeps a message that is all quote, and leaves plain text alone', () => {
    const allQuote = 'On Fri, Apr 30, 2027 Brand <s@b.com> wrote:\n> Hello';
    expect(stripQuotedText(allQuote)).toMatchObject({ text: allQuote, stripped: false });
    expect(stripQuotedText('Where is my order #1234?\nIt was due on Monday.')).toMatchObject({ stripped: false, reason: null });
  });
});
