import type { AgentSchedule, RoutingAgent, RoutingConversation, RoutingMarket, RoutingTeam } from '../../../src/domain/routing/index.js';
import { defaultRoutingPolicy } from '../../../src/domain/routing/index.js';

export const tokyo: RoutingTeam = { id: 'tokyo-office', kind: 'local', markets: ['jp', 'kr'], channels: [], timeZone: 'Asia/Tokyo' };
export const bucharest: RoutingTeam = { id: 'bucharest-hub', kind: 'hub', markets: ['jp', 'ro', 'de'], channels: [], timeZone: 'Europe/Bucharest' };
export const lyon: RoutingTeam = { id: 'lyon-hq', kind: 'hq', markets: ['jp', 'fr'], channels: [], timeZone: 'Europe/Paris' };
export const partner: RoutingTeam = { id: 'atlantico', kind: 'partner', markets: ['br'], channels: [], timeZone: 'America/Sao_Paulo' };

export const weekdays = (from: string, to: string) =>
  Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri'].map((d) => [d, [[from, to]] as Array<[string, string]>]));

export function agent(id: string, over: Partial<RoutingAgent> = {}): RoutingAgent {
  return {
    id, name: id, disabled: false, presence: 'online', teams: [tokyo], languages: [{ language: 'ja', level: 'native' }],
    skills: [], capacity: { chat: 3, email: 20, voice: 1 }, load: {}, timeZone: 'Asia/Tokyo', ...over,
  };
}

export function schedule(timeZone: string, shifts: AgentSchedule['shifts'], over: Partial<AgentSchedule> = {}): AgentSchedule {
  return { timeZone, shifts, exceptions: [], timeOff: [], ...over };
}

export const japan: RoutingMarket = { code: 'jp', languages: ['ja'], timeZone: 'Asia/Tokyo', languagePolicy: null, policy: defaultRoutingPolicy };

export function conversation(over: Partial<RoutingConversation> = {}): RoutingConversation {
  return {
    id: 'c1', market: 'jp', language: 'ja', channel: 'chat', category: 'informational', intent: 'order_status',
    priority: 'normal', dueAt: null, previousAgent: null, ...over,
  };
}

/** Monday 10 May 2027, 10:12 in Tokyo (01:12 UTC). */
export const mondayMorningTokyo = Date.parse('2027-05-10T01:12:00Z');
/** Monday 10 May 2027, 19:00 in Tokyo, 13:00 in Bucharest (10:00 UTC). */
export const mondayEveningTokyo = Date.parse('2027-05-10T10:00:00Z');
