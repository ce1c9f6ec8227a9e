import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compileAgentSchedule, decideRoute, defaultRoutingPolicy, RoutingIndex, shiftStateAt, type AgentSchedule,
  type RoutingAgent, type RoutingMarket, type RoutingTeam,
} from '../../../src/domain/routing/index.js';
import type { ProficiencyLevel } from '../../../src/domain/translation/index.js';
import { agent, bucharest, conversation, lyon, partner, schedule, tokyo } from './routing-fixtures.js';

const teams: RoutingTeam[] = [tokyo, bucharest, lyon, partner];
const zones = ['Asia/Tokyo', 'Europe/Bucharest', 'Europe/Paris', 'America/Sao_Paulo'];
const languages = ['ja', 'en', 'fr', 'ro', 'pt-BR', 'de'];
const levels: ProficiencyLevel[] = ['native', 'C2', 'C1', 'B2', 'B1', 'A2'];
const channels = ['chat', 'email', 'voice', 'whatsapp'];
const markets: Record<string, RoutingMarket> = Object.fromEntries(['jp', 'ro', 'fr', 'br', 'de', 'kr'].map((code) => [code, {
  code, languages: [], timeZone: 'Europe/Paris', languagePolicy: code === 'de' ? { chat: 'native-required' } : null,
  policy: code === 'fr' ? { ...defaultRoutingPolicy, followTheSun: 'translate' as const, teamOrder: ['hq', 'hub'] } : defaultRoutingPolicy,
}]));

const agentArb = fc.record({
  teams: fc.uniqueArray(fc.constantFrom(...teams), { minLength: 1, maxLength: 2 }),
  languages: fc.uniqueArray(fc.record({ language: fc.constantFrom(...languages), level: fc.constantFrom(...levels) }), { minLength: 1, maxLength: 3, selector: (l) => l.language }),
  presence: fc.constantFrom('online', 'online', 'away', 'offline') as fc.Arbitrary<'online' | 'away' | 'offline'>,
  capacity: fc.dictionary(fc.constantFrom(...channels), fc.integer({ min: 0, max: 3 })),
  load: fc.integer({ min: 0, max: 3 }),
  zone: fc.constantFrom(...zones),
  start: fc.integer({ min: 0, max: 23 }),
  length: fc.integer({ min: 4, max: 12 }),
  disabled: fc.boolean(),
});

describe('RoutingIndex', () => {
  it('reaches the same decision as the full scan', () => {
    fc.assert(fc.property(
      fc.array(agentArb, { minLength: 1, maxLength: 25 }),
      fc.array(fc.record({
        market: fc.constantFrom('jp', 'ro', 'fr', 'br', 'de', 'kr'),
        language: fc.constantFrom('ja', 'en', 'fr', 'ro', 'pt', 'de', null),
        channel: fc.constantFrom(...channels),
        category: fc.constantFrom('informational', 'transactional', 'advisory', 'diagnostic', null),
        dueInHours: fc.option(fc.integer({ min: 1, max: 48 })),
        at: fc.integer({ min: 0, max: 14 * 24 * 60 }),
      }), { minLength: 1, maxLength: 8 }),
      (agentSpecs, conversations) => {
        const base = Date.parse('2027-05-10T00:00:00Z');
        const entries: Array<{ agent: RoutingAgent; schedule: AgentSchedule }> = agentSpecs.map((s, i) => {
          const end = `${String((s.start + s.length) % 24).padStart(2, '0')}:00`;
          const shifts = Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri', 'sat'].map((d) => [d, [[`${String(s.start).padStart(2, '0')}:00`, end]]]));
          const load = Object.fromEntries(Object.keys(s.capacity).map((c) => [c, s.load]));
          return {
            agent: agent(`a${i}`, { teams: s.teams, languages: s.languages, presence: s.presence, capacity: s.capacity, load, timeZone: s.zone, disabled: s.disabled }),
            schedule: schedule(s.zone, shifts),
          };
        });
        const index = new RoutingIndex();
        index.setAgents(entries);
        for (const c of conversations) {
          const nowMs = base + c.at * 60_000;
          const conv = conversation({
            market: c.market, language: c.language, channel: c.channel, category: c.category as never,
            dueAt: c.dueInHours === null ? null : nowMs + c.dueInHours * 3_600_000,
          });
          const naive = decideRoute({
            conversation: conv, market: markets[c.market]!, pivotLanguages: ['en', 'fr'], nowMs,
            agents: entries.map((e) => ({ agent: e.agent, shift: shiftStateAt(compileAgentSchedule(e.schedule), nowMs) })),
          });
          const fast = index.decide(conv, markets[c.market]!, ['en', 'fr'], nowMs);
          expect({ ...fast, candidates: undefined, skipped: undefined }).toEqual({ ...naive, candidates: undefined, skipped: undefined });
        }
      },
    ), { numRuns: 150, seed: 7 });
  });

  it('keeps load in step with assignments and caches shift states until they change', () => {
    const index = new RoutingIndex();
    index.setAgents([{ agent: agent('solo', { capacity: { chat: 1 } }), schedule: schedule('Asia/Tokyo', { mon: [['09:00', '18:00']] }) }]);
    const at = Date.parse('2027-05-10T01:00:00Z');
    const market = { code: 'jp', languages: ['ja'], timeZone: 'Asia/Tokyo', languagePolicy: null, policy: defaultRoutingPolicy };
    expect(index.decide(conversation(), market, ['en'], at).agent).toBe('solo');
    index.addLoad('solo', 'chat', 1);
    expect(index.decide(conversation(), market, ['en'], at).outcome).toBe('queue');
    index.addLoad('solo', 'chat', -1);
    expect(index.shiftOf('solo', at)).toMatchObject({ onShift: true, endsAt: Date.parse('2027-05-10T09:00:00Z') });
    expect(index.shiftOf('solo', Date.parse('2027-05-10T09:00:00Z'))).toMatchObject({ onShift: false, nextStartAt: Date.parse('2027-05-17T00:00:00Z') });
  });
});
