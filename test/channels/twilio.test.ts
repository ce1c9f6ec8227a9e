import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { twilioSignature } from '../../src/channels/sms/index.js';
import { callbackSlot } from '../../src/channels/voice/index.js';
import type { MarketCalendar } from '../../src/markets/index.js';
import { postgresAvailable, testDialects } from '../helpers/dialects.js';
import { useTestApp } from '../helpers/test-app.js';
import { countInbound, delivery, putChannel, putTestMarket, replyAndDispatch, storedInbound, testMarkets } from './messaging-setup.js';
import { startProviderServer, type ProviderServer } from './provider-server.js';

const accountSid = 'AC3f9d0b27c1e84a6b9d2e5f7a8c1b4d6e';
const authToken = '4c1f2a9e7b3d5f8a0c6e2b4d9f1a3c5e';
const publicUrl = 'https://help.brand.example';

describe('Twilio request signatures', () => {
  it('match Twilio\'s published vectors (sorted parameters, a repeated name once per distinct value)', () => {
    const url = 'https://mycompany.com/myapp.php?foo=1&bar=2';
    const params = new Map([['CallSid', ['CA1234567890ABCDE']], ['Caller', ['+14158675309']], ['Digits', ['1234']], ['From', ['+14158675309']], ['To', ['+18005551212']]]);
    expect(twilioSignature('12345', url, params)).toBe('RSOYDt4T1cUTdK1PDd93/VVr8B8=');
    const repeated = new Map([['Sid', ['CA123']], ['SidAccount', ['AC123']], ['Digits', ['5678', '1234', '1234']]]);
    expect(twilioSignature('12345', url, repeated)).toBe('IK+Dwps556ElfBT0I3Rgjkr1wJU=');
  });
});

describe('callback slots in phone hours', () => {
  const japan = { code: 'jp', ...testMarkets.jp, closures: [], openings: [], holidayOverrides: [] } as unknown as MarketCalendar;
  const at = (local: string) => Date.parse(local);
  it('is now while the phone line is open for long enough, else the next opening', () => {
    expect(callbackSlot(japan, at('2027-05-03T11:00:00+09:00'), 15 * 60_000)).toBe(at('2027-05-03T11:00:00+09:00'));
    // Ten minutes before the phone line closes: the next morning, not a rushed call.
    expect(callbackSlot(japan, at('2027-05-03T16:50:00+09:00'), 15 * 60_000)).toBe(at('2027-05-04T10:00:00+09:00'));
    // Chat hours (09:00–18:00) are open on Friday at 17:30, the phone hours (10:00–17:00) are not.
    expect(callbackSlot(japan, at('2027-04-30T17:30:00+09:00'), 15 * 60_000)).toBe(at('2027-05-03T10:00:00+09:00'));
    expect(callbackSlot(japan, at('2027-05-01T03:00:00+09:00'), 0)).toBe(at('2027-05-03T10:00:00+09:00'));
  });
});

/** Twilio's signature, computed here independently of the adapter. */
function sign(url: string, params: Record<string, string>): string {
  const data = Object.keys(params).sort().reduce((acc, key) => acc + key + params[key], url);
  return createHmac('sha1', authToken).update(data).digest('base64');
}

for (const dialect of testDialects) {
  describe.skipIf(dialect === 'postgres' && !postgresAvailable)(`Twilio SMS and voice [${dialect}]`, () => {
    // Friday 30 April 2027, 17:30 in Tokyo: chat is open, the phone line (10:00–17:00) is closed.
    const t = useTestApp(dialect, Date.parse('2027-04-30T08:30:00Z'));
    let provider: ProviderServer;
    const post = (channel: string, params: Record<string, string>, options: { query?: string; signature?: string | null; contentType?: string; signedUrl?: string } = {}) => {
      const path = `/webhooks/${channel}${options.query ? `?${options.query}` : ''}`;
      const signature = options.signature === undefined ? sign(options.signedUrl ?? `${publicUrl}${path}`, params) : options.signature;
      return t().request({
        method: 'POST', url: path, payload: new URLSearchParams(params).toString(), token: null,
        headers: { 'content-type': options.contentType ?? 'application/x-www-form-urlencoded', ...(signature !== null ? { 'x-twilio-signature': signature } : {}) },
      });
    };
    const sms = (sid: string, body: string) => ({
      ToCountry: 'JP', ToState: '', SmsMessageSid: sid, NumMedia: '0', ToCity: '', FromZip: '', SmsSid: sid, FromState: '', SmsStatus: 'received',
      FromCity: '', Body: body, FromCountry: 'JP', To: '+81312345678', MessagingServiceSid: '', ToZip: '', NumSegments: '1', ReferralNumMedia: '0',
      MessageSid: sid, AccountSid: accountSid, From: '+819012345678', ApiVersion: '2010-04-01',
    });
    const call = (extra: Record<string, string>) => ({
      AccountSid: accountSid, ApiVersion: '2010-04-01', CallSid: 'CA0b6f3c1d2e4a5b6c7d8e9f0a1b2c3d4e', CallStatus: 'ringing', Called: '+81312345679', Caller: '+819087654321',
      Direction: 'inbound', From: '+819087654321', FromCountry: 'JP', To: '+81312345679', ToCountry: 'JP', ...extra,
    });

    beforeAll(async () => {
      provider = await startProviderServer();
      await putTestMarket(t(), 'jp');
      await putChannel(t(), 'sms-jp', { kind: 'sms', market: 'jp', accountSid, authToken, phoneNumber: '+81312345678', apiBaseUrl: provider.url, publicUrl });
      await putChannel(t(), 'voice-jp', { kind: 'voice', market: 'jp', accountSid, authToken, phoneNumber: '+81312345679', apiBaseUrl: provider.url, publicUrl });
    });
    afterAll(() => provider.close());

    it('SMS: form bodies signed with X-Twilio-Signature over the public URL; 401 and 415 store nothing', async () => {
      const params = sms('SM9c1d5e2f3a4b5c6d7e8f9a0b1c2d3e4f', '注文番号BL-20418の配送状況を教えてください');
      for (const signature of [null, '', sign(`${publicUrl}/webhooks/sms-jp`, { ...params, Body: 'tampered' }), sign('http://localhost:80/webhooks/sms-jp', params)]) {
        expect((await post('sms-jp', params, { signature })).statusCode).toBe(401);
      }
      expect((await post('sms-jp', params, { contentType: 'application/json' })).statusCode).toBe(415);
      expect(await countInbound(t(), 'sms')).toBe(0);
      const ok = await post('sms-jp', params);
      expect(ok.statusCode).toBe(200);
      expect(ok.headers['content-type']).toContain('text/xml');
      expect(ok.body).toBe('<?xml version="1.0" encoding="UTF-8"?><Response></Response>');
      // Twilio signs the URL as configured; with the default port written out it is the same URL.
      expect((await post('sms-jp', params, { signedUrl: 'https://help.brand.example:443/webhooks/sms-jp' })).statusCode).toBe(200);
      expect(await countInbound(t(), 'sms')).toBe(1);
      expect(await storedInbound(t(), 'sms', 'SM9c1d5e2f3a4b5c6d7e8f9a0b1c2d3e4f')).toMatchObject({
        text: '注文番号BL-20418の配送状況を教えてください', phone: '+819012345678', country: 'JP', channel_id: 'sms-jp', market: 'jp',
      });
    });

    it('SMS: replies through the Messages API; status callbacks move them', async () => {
      provider.handle((r) => (r.url === `/2010-04-01/Accounts/${accountSid}/Messages.json`
        ? { status: 201, body: { sid: 'SMa1b2c3d4e5f60718293a4b5c6d7e8f90', status: 'queued', to: r.form?.get('To'), from: r.form?.get('From') } }
        : { status: 404 }));
      const stored = await storedInbound(t(), 'sms', 'SM9c1d5e2f3a4b5c6d7e8f9a0b1c2d3e4f');
      const reply = await replyAndDispatch(t(), stored!.conversation_id, '本日発送いたしました。');
      const request = provider.requests.at(-1)!;
      expect(request.method).toBe('POST');
      expect(request.headers.authorization).toBe(`Basic ${Buffer.from(`${accountSid}:${authToken}`).toString('base64')}`);
      expect(Object.fromEntries(request.form!)).toEqual({
        To: '+819012345678', Body: '本日発送いたしました。', From: '+81312345678', StatusCallback: `${publicUrl}/webhooks/sms-jp`,
      });
      expect(await delivery(t(), reply)).toMatchObject({ delivery_status: 'sent', external_id: 'SMa1b2c3d4e5f60718293a4b5c6d7e8f90' });
      const status = { AccountSid: accountSid, ApiVersion: '2010-04-01', From: '+81312345678', MessageSid: 'SMa1b2c3d4e5f60718293a4b5c6d7e8f90', MessageStatus: 'delivered', SmsSid: 'SMa1b2c3d4e5f60718293a4b5c6d7e8f90', SmsStatus: 'delivered', To: '+819012345678' };
      expect((await post('sms-jp', status)).statusCode).toBe(200);
      expect((await delivery(t(), reply)).delivery_status).toBe('delivered');

      provider.handle(() => ({ status: 400, body: { code: 21610, message: 'Attempt to send to unsubscribed recipient', more_info: 'https://www.twilio.com/docs/errors/21610', status: 400 } }));
      const refused = await replyAndDispatch(t(), stored!.conversation_id, 'ご確認ください。');
      expect(await delivery(t(), refused)).toMatchObject({ delivery_status: 'failed', delivery_error: 'Twilio answered 400: 21610 Attempt to send to unsubscribed recipient' });
    });

    it('voice, closed: the caller hears the next phone opening and may ask for a callback, scheduled in phone hours', async () => {
      const incoming = await post('voice-jp', call({}));
      expect(incoming.statusCode).toBe(200);
      expect(incoming.headers['content-type']).toContain('text/xml');
      expect(incoming.body).toContain(`<Gather input="dtmf" numDigits="1" timeout="6" action="${publicUrl}/webhooks/voice-jp?event=menu" method="POST">`);
      expect(incoming.body).toContain('<Say language="ja-JP">お電話ありがとうございます。ただいま営業時間外です。次の受付開始は5月3日月曜日 10:00です。');
      expect(incoming.body).toContain(`<Redirect method="POST">${publicUrl}/webhooks/voice-jp?event=voicemail</Redirect>`);

      const menu = await post('voice-jp', call({ CallStatus: 'in-progress', Digits: '1' }), { query: 'event=menu' });
      expect(menu.body).toContain('ありがとうございます。5月3日月曜日 10:00に折り返しお電話いたします。');
      expect(menu.body).toContain('<Hangup/>');
      const stored = await storedInbound(t(), 'voice', 'callback:CA0b6f3c1d2e4a5b6c7d8e9f0a1b2c3d4e');
      expect(stored?.text).toContain('Callback requested to +819087654321');
      expect(stored?.text).toContain('2027-05-03T01:00:00.000Z');
      const list = await t().request({ method: 'GET', url: '/api/v1/callbacks' });
      expect(list.json().items).toEqual([expect.objectContaining({
        id: 'CA0b6f3c1d2e4a5b6c7d8e9f0a1b2c3d4e', number: '+819087654321', market: 'jp', scheduledAt: '2027-05-03T01:00:00.000Z', status: 'scheduled',
        conversationId: stored!.conversation_id,
      })]);
      const done = await t().request({ method: 'POST', url: '/api/v1/callbacks/CA0b6f3c1d2e4a5b6c7d8e9f0a1b2c3d4e/complete' });
      expect(done.json()).toMatchObject({ status: 'done' });
      expect((await t().request({ method: 'GET', url: '/api/v1/callbacks' })).json().items).toEqual([]);
      expect((await t().request({ method: 'GET', url: '/api/v1/callbacks', token: null })).statusCode).toBe(401);
    });

    it('voice: voicemail with its transcription and recording, call records, and 401 for a forged callback', async () => {
      const prompt = await post('voice-jp', call({ CallStatus: 'in-progress' }), { query: 'event=voicemail' });
      expect(prompt.body).toContain(`<Record maxLength="120" playBeep="true" timeout="5" action="${publicUrl}/webhooks/voice-jp?event=recorded" method="POST" transcribe="true" transcribeCallback="${publicUrl}/webhooks/voice-jp?event=transcription"/>`);
      provider.handle((r) => (r.url === `/2010-04-01/Accounts/${accountSid}/Recordings/RE5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d.mp3`
        && r.headers.authorization === `Basic ${Buffer.from(`${accountSid}:${authToken}`).toString('base64')}`
        ? { headers: { 'content-type': 'audio/mpeg' }, body: 'ID3-mp3-bytes' } : { status: 404 }));
      const transcription = call({
        CallStatus: 'completed', RecordingSid: 'RE5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d', RecordingUrl: `${provider.url}/2010-04-01/Accounts/${accountSid}/Recordings/RE5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d`,
        TranscriptionSid: 'TR1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d', TranscriptionStatus: 'completed', TranscriptionText: 'Hello, this is Ken Sato, please call me about order BL-20418.', TranscriptionType: 'fast', url: `${publicUrl}/webhooks/voice-jp?event=transcription`,
      });
      expect((await post('voice-jp', transcription, { query: 'event=transcription', signature: 'forged' })).statusCode).toBe(401);
      expect(await storedInbound(t(), 'voice', 'voicemail:RE5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d')).toBeUndefined();
      expect((await post('voice-jp', transcription, { query: 'event=transcription' })).statusCode).toBe(200);
      const voicemail = await storedInbound(t(), 'voice', 'voicemail:RE5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d');
      expect(voicemail).toMatchObject({ text: 'Hello, this is Ken Sato, please call me about order BL-20418.', phone: '+819087654321' });
      expect(JSON.parse(voicemail!.attachments)).toEqual([expect.objectContaining({ filename: 'voicemail-RE5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d.mp3', contentType: 'audio/mpeg', size: 13 })]);

      await post('voice-jp', call({ CallSid: 'CAcompleted0000000000000000000001', CallStatus: 'completed', CallDuration: '192' }), { query: 'event=status' });
      await post('voice-jp', call({ CallSid: 'CAnoanswer00000000000000000000002', CallStatus: 'no-answer', CallDuration: '0' }), { query: 'event=status' });
      expect((await storedInbound(t(), 'voice', 'call:CAcompleted0000000000000000000001'))?.text).toBe('Phone call from +819087654321, 3:12.');
      expect((await storedInbound(t(), 'voice', 'call:CAnoanswer00000000000000000000002'))?.text).toBe('Missed phone call from +819087654321 (no-answer).');
    });

    it('voice, open with a call centre: the call rings it; a written reply needs smsReplies', async () => {
      t().clock.set(Date.parse('2027-05-03T02:00:00Z')); // Monday 11:00 in Tokyo
      await putChannel(t(), 'voice-jp', { kind: 'voice', market: 'jp', accountSid, authToken: '********', phoneNumber: '+81312345679', apiBaseUrl: provider.url, publicUrl, forwardTo: '+81355501234' });
      const incoming = await post('voice-jp', call({ CallSid: 'CAopen000000000000000000000000003' }));
      expect(incoming.body).toBe(`<?xml version="1.0" encoding="UTF-8"?><Response><Dial timeout="25" action="${publicUrl}/webhooks/voice-jp?event=dial" method="POST">+81355501234</Dial></Response>`);
      const unanswered = await post('voice-jp', call({ CallSid: 'CAopen000000000000000000000000003', DialCallStatus: 'no-answer' }), { query: 'event=dial' });
      expect(unanswered.body).toContain('ただいま電話が大変混み合っております。');
      const callback = await post('voice-jp', call({ CallSid: 'CAopen000000000000000000000000003', Digits: '1' }), { query: 'event=menu' });
      expect(callback.body).toContain('5月3日月曜日 11:00に折り返しお電話いたします。');

      const conversation = (await storedInbound(t(), 'voice', 'callback:CAopen000000000000000000000000003'))!.conversation_id;
      const refused = await replyAndDispatch(t(), conversation, 'お電話いたします。');
      expect((await delivery(t(), refused)).delivery_error).toContain('a phone conversation cannot carry a written reply');
      await putChannel(t(), 'voice-jp', { kind: 'voice', market: 'jp', accountSid, authToken: '********', phoneNumber: '+81312345679', apiBaseUrl: provider.url, publicUrl, smsReplies: true });
      provider.handle(() => ({ status: 201, body: { sid: 'SMvoice0000000000000000000000004', status: 'queued' } }));
      const texted = await replyAndDispatch(t(), conversation, '11時過ぎにお電話いたします。');
      expect(provider.requests.at(-1)!.form?.get('From')).toBe('+81312345679');
      expect(provider.requests.at(-1)!.form?.get('To')).toBe('+819087654321');
      expect((await delivery(t(), texted)).delivery_status).toBe('sent');
    });
  });
}
