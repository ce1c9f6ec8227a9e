import type { InboundPipeline, IngestResult } from '../pipeline/inbound-pipeline.js';
import type { ChannelEnvironment, ChannelInbound, ChannelInstance } from './channel-adapter.js';
import { recordInbound, storeAttachments } from './channel-store.js';

/**
 * Stores one inbound message of a channel: its channel record (automated flag, thread key, metadata) and
 * attachment bodies first, then the message through the one inbound pipeline. The first two are idempotent and
 * written before the pipeline's transaction, so when the message becomes visible (and `message.received` fires)
 * its flag is already readable; a crash in between leaves a record that the redelivery reuses. Resolves only once
 * the pipeline has committed.
 *
 * @example
 * const result = await receiveInbound(env, pipeline, channel, { externalId: 'abc@mail.example', customer: { email: 'a@b.jp' }, text: '…' });
 */
export async function receiveInbound(
  env: ChannelEnvironment, pipeline: InboundPipeline, channel: ChannelInstance, inbound: ChannelInbound,
): Promise<IngestResult> {
  const nowMs = env.clock.now();
  const db = env.store.db;
  await recordInbound(db, {
    kind: channel.kind, externalId: inbound.externalId, channelId: channel.id, automated: inbound.automated ?? null,
    threadKey: inbound.thread ?? null, meta: inbound.meta ?? {}, nowMs,
  });
  const attachments = inbound.attachments?.length
    ? await storeAttachments(db, channel.kind, inbound.externalId, inbound.attachments, nowMs)
    : [];
  const { automated: _automated, meta: _meta, attachments: _bodies, ...message } = inbound;
  return pipeline.ingest({
    ...message,
    channel: channel.kind,
    channelId: channel.id,
    market: inbound.market ?? channel.market,
    attachments,
  });
}
