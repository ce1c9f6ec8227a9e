import { parseJsonColumn } from '../lib/json.js';
import { permanentFailure, sent, type SendRequest, type SendResult } from './channel-adapter.js';
import { deleteChannelState, getChannelState, setChannelState } from './channel-store.js';

/** One provider call of a reply that takes several (the text, then one message per file). */
export interface SendPart {
  /** Stable across retries of the outbox item: `text`, `file:0`, … */
  key: string;
  /** What the part is, for failure reasons (`the text`, `invoice.pdf`). */
  label: string;
  send(): Promise<SendResult>;
}

/**
 * Sends a reply that providers take as several messages, remembering under the outbox item (in the channel's
 * state) each part the provider accepted, so a retry after a failure part-way sends only the parts still missing
 * instead of the text twice. Answers `sent` with the first part's provider id once every part is through; a part
 * that fails for good fails the reply with a reason that says what already reached the customer.
 *
 * @example
 * return sendInParts(request, [{ key: 'text', label: 'the text', send: () => sendText() }, ...files]);
 */
export async function sendInParts(request: SendRequest, parts: SendPart[]): Promise<SendResult> {
  const db = request.env.store.db;
  const stateKey = `parts:${request.outbox.idempotencyKey}`;
  const done = parseJsonColumn<Record<string, string>>(await getChannelState(db, request.channel.id, stateKey), {});
  for (const part of parts) {
    if (done[part.key]) continue;
    const result = await part.send();
    if (result.status === 'retry') return result;
    if (result.status === 'failed') {
      await deleteChannelState(db, request.channel.id, stateKey);
      const through = parts.filter((p) => done[p.key]).map((p) => p.label);
      return permanentFailure(through.length ? `${through.join(', ')} reached the customer; ${part.label} did not: ${result.error}` : result.error);
    }
    done[part.key] = result.externalId;
    await setChannelState(db, request.channel.id, stateKey, JSON.stringify(done), request.env.clock.now());
  }
  await deleteChannelState(db, request.channel.id, stateKey);
  return sent(done[parts[0]!.key]!);
}
