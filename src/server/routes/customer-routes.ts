import { Type } from 'typebox';
import { AppError } from '../../errors/index.js';
import { withTransaction } from '../../pipeline/event-bus.js';
import { appendAudit } from '../../store/audit-store.js';
import { listConversations } from '../../store/conversation-store.js';
import { getCustomer, listCustomers, mergeCustomers, updateCustomer } from '../../store/customer-store.js';
import type { AppContext } from '../app-context.js';
import type { App } from '../fastify-types.js';
import { CountrySchema, LanguageTagSchema, Nullable, problemResponses, SlugSchema, UuidSchema } from '../schemas/common-schema.js';

const CustomerSchema = Type.Object({
  id: Type.String(), name: Nullable(Type.String()), email: Nullable(Type.String()), phone: Nullable(Type.String()),
  country: Nullable(Type.String()), locale: Nullable(Type.String()), language: Nullable(Type.String()),
  languageSource: Nullable(Type.String()), market: Nullable(Type.String()),
  identities: Type.Array(Type.Object({ kind: Type.String(), value: Type.String() })),
  mergedInto: Nullable(Type.String()), attributes: Type.Record(Type.String(), Type.Unknown()),
  createdAt: Type.String(), updatedAt: Type.String(),
}, { $id: 'Customer' });

/** One record per customer: every identity on every channel, their conversations, merging duplicates. */
export function customerRoutes(app: App, ctx: AppContext): void {
  app.addSchema(CustomerSchema);

  app.get('/api/v1/customers', {
    schema: {
      tags: ['customers'], summary: 'List or search customers',
      querystring: Type.Object({ q: Type.Optional(Type.String({ maxLength: 200 })), before: Type.Optional(UuidSchema), limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })) }, { additionalProperties: false }),
      response: { 200: Type.Object({ items: Type.Array(Type.Ref('Customer')) }) },
    },
  }, async (request) => ({
    items: await listCustomers(ctx.store.db, { q: request.query.q, before: request.query.before, limit: request.query.limit ?? 50, markets: request.scopeMarkets }),
  }));

  app.get('/api/v1/customers/:id', {
    schema: {
      tags: ['customers'], summary: 'One customer with every identity and every conversation', params: Type.Object({ id: UuidSchema }),
      response: { 200: Type.Object({ ...CustomerSchema.properties, conversations: Type.Array(Type.Ref('Conversation')) }), ...problemResponses(404) },
    },
  }, async (request) => {
    const customer = await getCustomer(ctx.store.db, request.params.id);
    if (!customer || (request.scopeMarkets && !request.scopeMarkets.includes(customer.market ?? ''))) {
      throw new AppError('BL_NOT_FOUND', `No customer ${request.params.id}`);
    }
    const { items } = await listConversations(ctx.store.db, { customer: customer.id, scopeMarkets: request.scopeMarkets, limit: 200 });
    return { ...customer, conversations: items };
  });

  app.patch('/api/v1/customers/:id', {
    schema: {
      tags: ['customers'], summary: 'Correct a customer\'s name, country, locale, language or market',
      params: Type.Object({ id: UuidSchema }),
      body: Type.Object({
        name: Type.Optional(Nullable(Type.String({ maxLength: 200 }))), country: Type.Optional(Nullable(CountrySchema)),
        locale: Type.Optional(Nullable(LanguageTagSchema)), language: Type.Optional(Nullable(LanguageTagSchema)),
        market: Type.Optional(Nullable(SlugSchema)),
      }, { additionalProperties: false, minProperties: 1 }),
      response: { 200: Type.Ref('Customer'), ...problemResponses(400, 404, 422) },
    },
  }, async (request) => {
    const customer = await getCustomer(ctx.store.db, request.params.id);
    if (!customer || (request.scopeMarkets && !request.scopeMarkets.includes(customer.market ?? ''))) throw new AppError('BL_NOT_FOUND', `No customer ${request.params.id}`);
    if (request.body.market && !(await ctx.markets.get(request.body.market))) {
      throw new AppError('BL_UNPROCESSABLE', `No market "${request.body.market}"`, { errors: [{ path: '/body/market', message: 'unknown market' }] });
    }
    await withTransaction(ctx.store, ctx.bus, async (trx) => {
      await updateCustomer(trx, customer.id, { ...request.body, ...(request.body.language !== undefined ? { languageSource: 'agent' } : {}) }, ctx.clock.now());
      await appendAudit(trx, request.actor!, { action: 'customer.updated', entityType: 'customer', entityId: customer.id, changes: request.body }, ctx.clock.now(), request.id);
    });
    return (await getCustomer(ctx.store.db, customer.id))!;
  });

  app.post('/api/v1/customers/:id/merge', {
    schema: {
      tags: ['customers'], summary: 'Merge another customer record into this one',
      params: Type.Object({ id: UuidSchema }), body: Type.Object({ source: UuidSchema }, { additionalProperties: false }),
      response: { 200: Type.Ref('Customer'), ...problemResponses(400, 404, 409) },
    },
    config: { access: 'agent' },
  }, async (request) => {
    const target = await getCustomer(ctx.store.db, request.params.id, false);
    const source = await getCustomer(ctx.store.db, request.body.source, false);
    const visible = (c: typeof target) => c && !c.mergedInto && (!request.scopeMarkets || request.scopeMarkets.includes(c.market ?? ''));
    if (!visible(target)) throw new AppError('BL_NOT_FOUND', `No customer ${request.params.id}`);
    if (!visible(source)) throw new AppError('BL_NOT_FOUND', `No customer ${request.body.source}`);
    if (target!.id === source!.id) throw new AppError('BL_CONFLICT', 'A customer cannot be merged into itself');
    await withTransaction(ctx.store, ctx.bus, async (trx, events) => {
      await mergeCustomers(trx, target!.id, source!.id, ctx.clock.now());
      await appendAudit(trx, request.actor!, { action: 'customer.merged', entityType: 'customer', entityId: target!.id, changes: { source: source!.id } }, ctx.clock.now(), request.id);
      events.push({ type: 'customer.merged', customerId: target!.id, mergedId: source!.id });
    });
    return (await getCustomer(ctx.store.db, target!.id))!;
  });
}
