import { isoInstant } from '../../lib/clock.js';
import { getMarket, type Market } from '../../store/market-store.js';
import type { ChannelEnvironment, ChannelInbound, ChannelInstance, InboundAttachment, WebhookOutcome, WebhookRequest } from '../channel-adapter.js';
import { fetchMedia } from '../provider-http.js';
import { emptyTwiml, param, verifiedTwilioParams, xmlText } from '../sms/index.js';
import { publicBaseOf } from '../webhook-verification.js';
import { callbackSlot, phoneCalendars, saveCallback } from './callback-scheduler.js';
import type { VoiceConfig } from './voice-config.js';
import { promptLanguage, sayLanguage, spokenTime, voicePrompt, type VoicePromptKey } from './voice-prompts.js';

/** The steps of a call, named by `?event=` on the callback URLs Borderless gives Twilio. */
export type VoiceEvent = 'incoming' | 'dial' | 'menu' | 'voicemail' | 'recorded' | 'transcription' | 'status';

const events: readonly VoiceEvent[] = ['incoming', 'dial', 'menu', 'voicemail', 'recorded', 'transcription', 'status'];

const twiml = (body: string) => ({ status: 200, body: `<?xml version="1.0" encoding="UTF-8"?><Response>${body}</Response>`, contentType: 'text/xml; charset=utf-8' });

interface CallContext {
  channel: ChannelInstance<VoiceConfig>;
  market: Market | undefined;
  params: Map<string, string[]>;
  env: ChannelEnvironment;
  /** `https://…/webhooks/<channel id>`: where Twilio comes back for the next step. */
  self: string;
  language: string;
  say(key: VoicePromptKey, values?: Record<string, string>): string;
}

function caller(ctx: CallContext): ChannelInbound['customer'] {
  const from = param(ctx.params, 'From') ?? '';
  const phone = /^\+[1-9][0-9]{6,14}$/.test(from) ? from : null;
  return { handle: from || null, phone, country: param(ctx.params, 'FromCountry') ?? null, name: param(ctx.params, 'CallerName') ?? null };
}

function minutesAndSeconds(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

function menu(ctx: CallContext, intro: string): ReturnType<typeof twiml> {
  const language = sayLanguage(ctx.language, ctx.channel.config.language);
  return twiml(`<Gather input="dtmf" numDigits="1" timeout="6" action="${xmlText(`${ctx.self}?event=menu`)}" method="POST">`
    + `<Say language="${language}">${xmlText(`${intro} ${ctx.say('menu')}`)}</Say></Gather>`
    + `<Redirect method="POST">${xmlText(`${ctx.self}?event=voicemail`)}</Redirect>`);
}

function closedIntro(ctx: CallContext): string {
  if (!ctx.market) return ctx.say('unavailable');
  const at = phoneCalendars.availability(ctx.market, 'voice', ctx.env.clock.now());
  if (at.open) return ctx.say('unavailable');
  return at.nextOpenAt === null ? ctx.say('closedNoHours') : ctx.say('closed', { when: spokenTime(at.nextOpenAt, ctx.language, ctx.market.timeZone) });
}

function incoming(ctx: CallContext): WebhookOutcome {
  const forwardTo = ctx.channel.config.forwardTo;
  const open = ctx.market ? phoneCalendars.availability(ctx.market, 'voice', ctx.env.clock.now()).open : true;
  if (open && forwardTo) {
    return { response: twiml(`<Dial timeout="25" action="${xmlText(`${ctx.self}?event=dial`)}" method="POST">${xmlText(forwardTo)}</Dial>`) };
  }
  return { response: menu(ctx, closedIntro(ctx)) };
}

async function requestCallback(ctx: CallContext): Promise<WebhookOutcome> {
  const callSid = param(ctx.params, 'CallSid');
  const customer = caller(ctx);
  if (!callSid || !customer.phone) return { response: twiml(`<Say language="${sayLanguage(ctx.language, ctx.channel.config.language)}">${xmlText(ctx.say('callbackNoHours'))}</Say><Hangup/>`) };
  const nowMs = ctx.env.clock.now();
  const minimumMs = (ctx.channel.config.callbackMinimumMinutes ?? 15) * 60_000;
  const slot = ctx.market ? callbackSlot(ctx.market, nowMs, minimumMs) : nowMs;
  const scheduledAt = slot === null ? null : isoInstant(slot);
  await saveCallback(ctx.env.store.db, {
    id: callSid, channelId: ctx.channel.id, market: ctx.channel.market, number: customer.phone, requestedAt: isoInstant(nowMs),
    scheduledAt, status: 'scheduled', completedAt: null, completedBy: null,
  }, nowMs);
  const zone = ctx.market?.timeZone ?? 'UTC';
  const local = slot === null ? null : new Intl.DateTimeFormat('en-GB', { timeZone: zone, dateStyle: 'full', timeStyle: 'short' }).format(slot);
  const message: ChannelInbound = {
    externalId: `callback:${callSid}`,
    customer,
    text: slot === null
      ? `Callback requested to ${customer.phone}: the phone line has no opening hours in the coming year, call back when possible.`
      : `Callback requested to ${customer.phone}, scheduled for ${local} (${zone}) — ${scheduledAt}.`,
    meta: { event: 'callback', callSid, callback: { number: customer.phone, scheduledAt, timeZone: zone } },
  };
  const spoken = slot === null ? ctx.say('callbackNoHours') : ctx.say('callbackConfirmed', { when: spokenTime(slot, ctx.language, zone) });
  return { messages: [message], response: twiml(`<Say language="${sayLanguage(ctx.language, ctx.channel.config.language)}">${xmlText(spoken)}</Say><Hangup/>`) };
}

function voicemailPrompt(ctx: CallContext): WebhookOutcome {
  const config = ctx.channel.config;
  const transcribe = config.transcribe !== false
    ? ` transcribe="true" transcribeCallback="${xmlText(`${ctx.self}?event=transcription`)}"` : '';
  return {
    response: twiml(`<Say language="${sayLanguage(ctx.language, config.language)}">${xmlText(ctx.say('voicemail'))}</Say>`
      + `<Record maxLength="${config.recordMaxSeconds ?? 120}" playBeep="true" timeout="5" action="${xmlText(`${ctx.self}?event=recorded`)}" method="POST"${transcribe}/>`),
  };
}

async function voicemailMessage(ctx: CallContext, text: string): Promise<ChannelInbound | null> {
  const recordingSid = param(ctx.params, 'RecordingSid');
  const recordingUrl = param(ctx.params, 'RecordingUrl');
  if (!recordingSid) return null;
  const attachments: InboundAttachment[] = [];
  if (recordingUrl) {
    const config = ctx.channel.config;
    const audio = await fetchMedia(`${recordingUrl}.mp3`, { authorization: `Basic ${Buffer.from(`${config.accountSid}:${config.authToken}`).toString('base64')}` });
    if (audio) attachments.push({ filename: `voicemail-${recordingSid}.mp3`, contentType: 'audio/mpeg', content: audio.content });
  }
  return {
    externalId: `voicemail:${recordingSid}`,
    customer: caller(ctx),
    text,
    attachments,
    meta: {
      event: 'voicemail', callSid: param(ctx.params, 'CallSid') ?? null, recordingSid, recordingUrl: recordingUrl ?? null,
      duration: Number(param(ctx.params, 'RecordingDuration') ?? '0') || null, transcriptionStatus: param(ctx.params, 'TranscriptionStatus') ?? null,
    },
  };
}

const finishedStatuses = new Set(['completed', 'busy', 'no-answer', 'failed', 'canceled']);

function callRecord(ctx: CallContext): ChannelInbound | null {
  const callSid = param(ctx.params, 'CallSid');
  const status = param(ctx.params, 'CallStatus') ?? '';
  const direction = param(ctx.params, 'Direction') ?? 'inbound';
  if (!callSid || !finishedStatuses.has(status) || direction !== 'inbound') return null;
  const customer = caller(ctx);
  const duration = Number(param(ctx.params, 'CallDuration') ?? '0') || 0;
  const text = status === 'completed'
    ? `Phone call from ${customer.handle ?? 'an unknown number'}, ${minutesAndSeconds(duration)}.`
    : `Missed phone call from ${customer.handle ?? 'an unknown number'} (${status}).`;
  return {
    externalId: `call:${callSid}`,
    customer,
    text,
    meta: { event: 'call', callSid, status, duration, to: param(ctx.params, 'To') ?? null, answeredBy: param(ctx.params, 'AnsweredBy') ?? null },
  };
}

/**
 * The phone line (Twilio Voice), one webhook URL with `?event=` for each step of a call, every request form-encoded
 * and signed with `X-Twilio-Signature`:
 * - `incoming` (the number's voice URL): during the market's phone hours with `forwardTo`, the call rings it;
 *   otherwise (or when nobody answers, `dial`) the caller hears when the line opens next, in the market's language
 *   and zone, and may press 1 for a callback (`menu`) or leave a voicemail (`voicemail`, `recorded`).
 * - A callback is scheduled inside the phone hours ({@link callbackSlot}), stored, and becomes a message.
 * - `transcription`: the voicemail (its transcription as text, the recording attached) becomes a message.
 * - `status` (the number's status callback): a finished inbound call becomes a call record message.
 *
 * @example
 * adapter.verifyAndParseInbound = (request, channel, env) => parseVoiceWebhook(request, channel, env);
 */
export async function parseVoiceWebhook(request: WebhookRequest, channel: ChannelInstance<VoiceConfig>, env: ChannelEnvironment): Promise<WebhookOutcome> {
  const config = channel.config;
  const params = verifiedTwilioParams(request, config, env);
  const event = (request.query.event ?? 'incoming') as VoiceEvent;
  if (!events.includes(event)) return { response: emptyTwiml() };
  const market = await getMarket(env.store.db, channel.market);
  const language = promptLanguage(config.language ?? market?.languages[0]);
  const ctx: CallContext = {
    channel, market, params, env, language,
    self: `${publicBaseOf(request, config.publicUrl ?? env.config.publicUrl)}/webhooks/${channel.id}`,
    say: (key, values) => voicePrompt(language, key, values),
  };
  const say = (key: VoicePromptKey) => `<Say language="${sayLanguage(language, config.language)}">${xmlText(ctx.say(key))}</Say>`;
  switch (event) {
    case 'incoming':
      return incoming(ctx);
    case 'dial':
      return param(params, 'DialCallStatus') === 'completed' ? { response: twiml('<Hangup/>') } : { response: menu(ctx, ctx.say('unavailable')) };
    case 'menu':
      return param(params, 'Digits') === '1' ? requestCallback(ctx) : voicemailPrompt(ctx);
    case 'voicemail':
      return voicemailPrompt(ctx);
    case 'recorded': {
      const duration = Number(param(params, 'RecordingDuration') ?? '0') || 0;
      // With transcription on, the voicemail is stored when its text arrives; without, now.
      const message = config.transcribe === false && duration > 0 ? await voicemailMessage(ctx, `Voicemail (${minutesAndSeconds(duration)}), not transcribed.`) : null;
      return { messages: message ? [message] : [], response: twiml(`${say('thanks')}<Hangup/>`) };
    }
    case 'transcription': {
      const ok = param(params, 'TranscriptionStatus') === 'completed';
      const text = ok ? (param(params, 'TranscriptionText') ?? '').trim() : '';
      const message = await voicemailMessage(ctx, text || 'Voicemail: the transcription failed; listen to the recording.');
      return { messages: message ? [message] : [], response: emptyTwiml() };
    }
    case 'status': {
      const record = callRecord(ctx);
      return { messages: record ? [record] : [], response: emptyTwiml() };
    }
  }
}
