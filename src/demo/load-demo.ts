import { withTransaction } from '../pipeline/event-bus.js';
import type { AppContext } from '../server/app-context.js';
import { hashPassword } from '../server/routes/auth-routes.js';

import { updateConversation } from '../store/conversation-store.js';
import { putMarket, type MarketInput } from '../store/market-store.js';
import { putBrandSettings } from '../store/settings-store.js';
import { putTeam } from '../store/team-store.js';
import { putChannel } from '../channels/channel-store.js';
import type { ChannelConfig } from '../channels/index.js';
import { emptyProfile, putUser } from '../store/user-store.js';
import { presetMarketInput } from '../markets/market-presets-bridge.js';
import { demoBrand } from './demo-data.js';
import type { DemoBrand } from './demo-types.js';

/** The password every demo agent signs in with (printed at start; the demo is for trying Borderless locally). */
export const demoPassword = 'borderless-demo';

type Ctx = Omit<AppContext, 'forgetTokens'>;

/** The demo brand's support address for a market (inbound SMTP accepts it). */
export function demoSupportAddress(market: string): string {
  return `support-${market}@kettle-and-tide.example`;
}

/** True when the database has no people and no conversations yet. */
export async function isEmptyDatabase(ctx: Ctx): Promise<boolean> {
  const [user, conversation] = await Promise.all([
    ctx.store.db.selectFrom('users').select('id').limit(1).executeTakeFirst(),
    ctx.store.db.selectFrom('conversations').select('id').limit(1).executeTakeFirst(),
  ]);
  return !user && !conversation;
}

/** Loads the demo brand on an empty database; returns the sign-in to print, or null when not loaded. */
export async function loadDemoIfEmpty(ctx: Ctx): Promise<{ email: string; password: string } | null> {
  if (!(await isEmptyDatabase(ctx))) return null;
  await loadDemoBrand(ctx, demoBrand);
  const admin = demoBrand.agents.find((a) => a.role === 'admin')!;
  return { email: admin.email, password: demoPassword };
}

function slug(text: string): string {
  return text.normalize('NFKD').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'customer';
}

/**
 * Writes a demo brand through the same store and pipeline the API uses: markets from presets, teams, agents,
 * then every conversation replayed message by message at its place in time (relative to now).
 *
 * @example
 * await loadDemoBrand(ctx, demoBrand);
 */
export async function loadDemoBrand(ctx: Ctx, brand: DemoBrand): Promise<void> {
  const now = ctx.clock.now();
  const passwordHash = await hashPassword(demoPassword);
  await withTransaction(ctx.store, ctx.bus, async (trx) => {
    await putBrandSettings(trx, {
      name: brand.brand.name, defaultLanguage: brand.brand.defaultLanguage, defaultMarket: brand.brand.defaultMarket,
      pivotLanguages: brand.brand.pivotLanguages, signature: brand.brand.signature,
    }, now);
    for (const m of brand.markets) {
      const preset = presetMarketInput(m.preset);
      if (!preset) throw new Error(`demo: no preset for ${m.preset}`);
      const input: MarketInput = { ...preset, name: m.name ?? preset.name };
      await putMarket(trx, m.code, input, now);
    }
    // One support address per market, so mail sent to the SMTP port lands in the inbox straight away.
    for (const m of brand.markets) {
      const address = demoSupportAddress(m.code);
      await putChannel(trx, `email-${m.code}`, { kind: 'email', market: m.code, addresses: [address], fromName: brand.brand.name } as unknown as ChannelConfig, [address], true, now);
    }
    for (const t of brand.teams) {
      await putTeam(trx, t.id, { name: t.name, kind: t.kind, timeZone: t.timeZone, location: t.location, markets: t.markets, languages: [], channels: [] }, now);
    }
    for (const a of brand.agents) {
      await putUser(trx, a.id, {
        email: a.email, name: a.name, role: a.role, locale: a.languages.find((l) => l.level === 'native')?.language ?? 'en',
        timeZone: a.timeZone, teams: a.teams, passwordHash,
        profile: { ...emptyProfile, languages: a.languages, shifts: a.shifts as Record<string, Array<[string, string]>>, capacity: a.capacity, presence: 'online' },
      }, now);
    }
  });
  ctx.markets.invalidate();

  let n = 0;
  for (const c of brand.conversations) {
    n++;
    const handle = c.customer.email || c.customer.phone ? null : `${c.channel}-${slug(c.customer.name)}-${n}`;
    let conversationId: string | undefined;
    let k = 0;
    for (const m of c.messages) {
      k++;
      const atMs = now - m.minutesAgo * 60_000;
      if (m.direction === 'in') {
        const result = await ctx.pipeline.ingest({
          channel: c.channel, externalId: `demo-${n}-${k}`, market: c.market,
          customer: { name: c.customer.name, email: c.customer.email ?? null, phone: c.customer.phone ?? null, country: c.customer.country, locale: c.customer.locale, handle },
          subject: c.subject ?? null, text: m.text, priority: c.priority ?? null, receivedAt: new Date(atMs).toISOString(),
        });
        conversationId = result.conversation.id;
      } else if (conversationId) {
        const author = brand.agents.find((a) => a.id === m.author);
        await ctx.outbound.reply({ type: 'user', id: m.author ?? null, role: author?.role ?? 'agent', userId: m.author ?? null },
          null, conversationId, { text: m.text, private: Boolean(m.private), atMs, status: 'open' });
      }
    }
    if (!conversationId) continue;
    const assignee = c.assignee ?? null;
    await updateConversation(ctx.store.db, conversationId, {
      status: c.status, priority: c.priority ?? 'normal', assigneeId: assignee,
      assignmentReason: assignee ? 'demo: assigned by the supervisor' : null,
      teamId: assignee ? brand.agents.find((a) => a.id === assignee)?.teams[0] ?? null : null,
    }, now);
  }
}
