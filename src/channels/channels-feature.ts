import type { JobRunner } from '../jobs/index.js';
import type { AppContext } from '../server/app-context.js';
import type { App } from '../server/fastify-types.js';
import type { ChannelAdapter, ChannelService, ChannelServices } from './channel-adapter.js';
import { attachmentRoutes } from './attachment-routes.js';
import { ChannelDirectory } from './channel-directory.js';
import { receiveInbound } from './channel-ingest.js';
import { ChannelRegistry, loadChannelAdapters } from './channel-registry.js';
import { channelRoutes } from './channel-routes.js';
import { applyDeliveryReceipts } from './channel-store.js';
import { resolveReplyAttachments } from './outbound-attachments.js';
import { OutboxDispatcher } from './outbox-dispatcher.js';
import { uploadCleanupJob } from './upload-cleanup.js';
import { webhookRoutes } from './webhook-routes.js';

type RuntimeContext = Omit<AppContext, 'forgetTokens'>;

/** The channels feature of one runtime. */
export interface ChannelsFeature {
  registry: ChannelRegistry;
  directory: ChannelDirectory;
  dispatcher: OutboxDispatcher;
  services: ChannelServices;
  routes: (app: App, ctx: AppContext) => Promise<void>;
  stop(): Promise<void>;
}

const installed = new WeakMap<object, ChannelsFeature>();

/**
 * The channels feature installed on a runtime's context, for tests and tools (`runtime.ctx`).
 *
 * @example
 * const { dispatcher } = channelsFeatureOf(runtime.ctx)!;
 * await dispatcher.tick();
 */
export function channelsFeatureOf(ctx: object): ChannelsFeature | undefined {
  return installed.get(ctx);
}

/**
 * Turns channels on: finds the adapters (one folder each), serves the channel API and provider webhooks, starts
 * each adapter's listeners and pollers (inbound SMTP on `BORDERLESS_SMTP_PORT`, IMAP polling), and delivers the
 * outbox — at once when a reply is queued, and on the job runner for retries.
 *
 * @example
 * const channels = await installChannels(ctx, { jobs });
 * routes.push(channels.routes);
 * stops.push(() => channels.stop());
 */
export async function installChannels(
  ctx: RuntimeContext, options: { jobs?: JobRunner | null; adapters?: ChannelAdapter<any>[]; dispatchIntervalMs?: number } = {},
): Promise<ChannelsFeature> {
  const registry = new ChannelRegistry(options.adapters ?? await loadChannelAdapters());
  const jobs = options.jobs ?? null;
  const env = { store: ctx.store, clock: ctx.clock, logger: ctx.logger, config: ctx.config };
  const directory = new ChannelDirectory(ctx.store);
  const services: ChannelServices = {
    ...env,
    pipeline: ctx.pipeline,
    jobs,
    channelsOfKind: (kind) => directory.ofKind(kind),
    channelById: (id) => directory.byId(id),
    channelByKey: (kind, key) => directory.byKey(kind, key),
    receive: (channel, inbound) => receiveInbound(env, ctx.pipeline, channel, inbound),
    applyReceipts: (kind, receipts) => applyDeliveryReceipts(ctx.store.db, kind, receipts),
  };

  ctx.outbound.setAttachmentResolver({
    resolve: (conversation, ids, isPrivate) => resolveReplyAttachments(registry, env, conversation, ids, isPrivate),
  });
  const dispatcher = new OutboxDispatcher({ ...env, registry });
  const offQueued = ctx.bus.on('reply.queued', (event) => {
    if (event.type === 'reply.queued' && !event.private) dispatcher.kick();
  });
  let timer: NodeJS.Timeout | null = null;
  if (jobs) {
    jobs.add(dispatcher.recurring(options.dispatchIntervalMs));
    jobs.add(uploadCleanupJob(ctx.store, ctx.clock, (deleted) => ctx.logger.info({ deleted }, 'deleted files uploaded for replies never sent')));
  } else {
    timer = setInterval(() => dispatcher.kick(), options.dispatchIntervalMs ?? 2000);
    timer.unref();
  }

  const started: ChannelService[] = [];
  try {
    for (const adapter of registry.all()) {
      const service = await adapter.start?.(services);
      if (service) started.push(service);
    }
  } catch (error) {
    for (const service of started) await service.stop().catch(() => undefined);
    offQueued();
    if (timer) clearInterval(timer);
    throw error;
  }

  const routes = async (app: App, appCtx: AppContext) => {
    channelRoutes(registry, () => directory.invalidate())(app, appCtx);
    await attachmentRoutes(app, appCtx);
    await webhookRoutes(registry, () => services)(app, appCtx);
    for (const adapter of registry.all()) await adapter.routes?.(app, appCtx, services);
  };
  const feature: ChannelsFeature = {
    registry, directory, dispatcher, services, routes,
    async stop() {
      offQueued();
      if (timer) clearInterval(timer);
      for (const service of started.reverse()) await service.stop();
      await dispatcher.stop();
    },
  };
  installed.set(ctx, feature);
  return feature;
}
