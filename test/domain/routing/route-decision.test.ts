import { describe, expect, it } from 'vitest';
import {
  compileAgentSchedule, decideRoute, defaultRoutingPolicy, shiftStateAt, type AgentSchedule, type RoutingAgent,
  type RoutingMarket,
} from '../../../src/domain/routing/index.js';
import {
  agent, bucharest, conversation, japan, lyon, mondayEveningTokyo, mondayMorningTokyo, partner, schedule, weekdays,
} from './routing-fixtures.js';

const tokyoDay = schedule('Asia/Tokyo', weekdays('09:00', '18:00'));
const bucharestDay = schedule('Europe/Bucharest', weekdays('09:00', '17:00'));

function route(agents: Array<[RoutingAgent, AgentSchedule]>, over: Parameters<typeof conversation>[0] = {}, at = mondayMorningTokyo, market: RoutingMarket = japan) {
  return decideRoute({
    conversation: conversation(over), market, pivotLanguages: ['en', 'fr'], nowMs: at,
    agents: agents.map(([a, s]) => ({ agent: a, shift: shiftStateAt(compileAgentSchedule(s), at) })),
  });
}

const yuki = agent('yuki', { load: { chat: 1 }, languages: [{ language: 'ja', level: 'native' }, { language: 'en', level: 'C1' }] });
const kenji = agent('kenji', { load: { chat: 2 } });
const anna = agent('anna', { teams: [bucharest], timeZone: 'Europe/Bucharest', languages: [{ language: 'ro', level: 'native' }, { language: 'en', level: 'C2' }, { language: 'ja', level: 'B1' }] });
const joao = agent('joao', { teams: [partner], timeZone: 'America/Sao_Paulo', languages: [{ language: 'pt-BR', level: 'native' }, { language: 'ja', level: 'native' }] });

describe('decideRoute', () => {
  it('gives the conversation to the least loaded native speaker on shift and says why', () => {
    const d = route([[yuki, tokyoDay], [kenji, tokyoDay]]);
    expect(d.outcome).toBe('assign');
    expect(d.agent).toBe('yuki');
    expect(d.reason).toBe('native ja · on shift Tokyo 10:12 · 2/3 chats');
    expect(d.candidates.map((c) => [c.agent, c.chosen])).toEqual([['yuki', true], ['kenji', false]]);
  });

  it('prefers the customer\'s previous agent', () => {
    const d = route([[yuki, tokyoDay], [kenji, tokyoDay]], { previousAgent: 'kenji' });
    expect(d.agent).toBe('kenji');
    expect(d.reason).toContain('previous agent');
  });

  it('follows the market\'s team order before load', () => {
    const hubFirst: RoutingMarket = { ...japan, policy: { ...defaultRoutingPolicy, teamOrder: ['hub', 'local'] } };
    const early = Date.parse('2027-05-10T07:00:00Z'); // 16:00 in Tokyo, 10:00 in Bucharest
    const d = route([[yuki, tokyoDay], [anna, bucharestDay]], { channel: 'email' }, early, hubFirst);
    expect(d.agent).toBe('anna');
    expect(d.reason).toMatch(/^pivot en C2 · on shift Bucharest 10:00 · 1\/20 emails$/);
  });

  it('never offers a partner agent a market their team does not serve', () => {
    const d = route([[joao, schedule('America/Sao_Paulo', { mon: [['00:00', '24:00']], sun: [['00:00', '24:00']] })], [kenji, tokyoDay]]);
    expect(d.agent).toBe('kenji');
    expect(d.skipped).toBe(1);
    expect(d.candidates.map((c) => c.agent)).toEqual(['kenji']);
  });

  it('asks for the customer\'s language on the phone and for diagnostic questions', () => {
    const early = Date.parse('2027-05-10T07:00:00Z');
    const email = route([[anna, bucharestDay]], { channel: 'email', category: 'informational' }, early);
    expect(email.agent).toBe('anna');
    const diagnostic = route([[anna, bucharestDay]], { channel: 'email', category: 'diagnostic' }, early);
    expect(diagnostic.requirement).toMatchObject({ mode: 'native-required', customerLevel: 'C1' });
    expect(diagnostic.candidates[0]).toMatchObject({ agent: 'anna', rejection: 'language' });
    const phone = route([[anna, bucharestDay]], { channel: 'voice', category: 'informational' }, early);
    expect(phone.requirement).toMatchObject({ mode: 'native-required', customerLevel: 'C1' });
    expect(phone.candidates[0]?.rejection).toBe('language');
  });

  it('waits for capacity when every qualified agent on shift is full', () => {
    const d = route([[agent('full', { load: { chat: 3 } }), tokyoDay]]);
    expect(d).toMatchObject({ outcome: 'queue', agent: null });
    expect(d.reason).toBe('waiting for capacity: 1 qualified agent on shift, all at capacity');
    expect(d.candidates[0]).toMatchObject({ rejection: 'capacity', detail: '3/3 chat' });
  });

  it('skips agents who are away, off shift, on time off or without the channel', () => {
    const away = agent('away', { presence: 'away' });
    const noVoice = agent('novoice', { capacity: { chat: 3 } });
    const onLeave = agent('leave');
    const leave = schedule('Asia/Tokyo', weekdays('09:00', '18:00'), { timeOff: [{ from: '2027-05-10', to: '2027-05-14' }] });
    const d = route([[away, tokyoDay], [noVoice, tokyoDay], [onLeave, leave]], { channel: 'voice' });
    expect(Object.fromEntries(d.candidates.map((c) => [c.agent, c.rejection]))).toEqual({ away: 'presence', novoice: 'channel', leave: 'off-shift' });
  });

  describe('follow the sun', () => {
    const due = (hours: number) => mondayEveningTokyo + hours * 3_600_000;
    // Chat in Japanese only: Anna (en C2, ja B1) may only take it through machine translation.
    const nativeChat: RoutingMarket = { ...japan, languagePolicy: { chat: 'native-required' } };
    it('holds for the native team when its next shift starts early enough before the deadline', () => {
      const d = route([[yuki, tokyoDay], [anna, bucharestDay]], { dueAt: due(20) }, mondayEveningTokyo, nativeChat);
      expect(d.outcome).toBe('hold');
      expect(d.holdUntil).toBe(Date.parse('2027-05-11T00:00:00Z'));
      expect(d.reason).toBe('holding for a native ja agent · next ja agent on shift Tokyo 09:00 (in 14 h) · SLA due Tokyo 15:00');
    });

    it('routes to the best available agent with machine translation when the deadline comes first', () => {
      const d = route([[yuki, tokyoDay], [anna, bucharestDay]], { dueAt: due(4) }, mondayEveningTokyo, nativeChat);
      expect(d).toMatchObject({ outcome: 'assign', agent: 'anna', machineTranslation: true });
      expect(d.reason).toBe('machine translation: no ja agent on shift before the deadline (next ja agent on shift Tokyo 09:00 (in 14 h), SLA due Tokyo 23:00) · works in en C2 · on shift Bucharest 13:00 · 1/3 chats');
    });

    it('obeys a market that always holds or always translates', () => {
      const hold: RoutingMarket = { ...nativeChat, policy: { ...defaultRoutingPolicy, followTheSun: 'hold' } };
      const translate: RoutingMarket = { ...nativeChat, policy: { ...defaultRoutingPolicy, followTheSun: 'translate' } };
      expect(route([[yuki, tokyoDay], [anna, bucharestDay]], { dueAt: due(4) }, mondayEveningTokyo, hold).outcome).toBe('hold');
      expect(route([[yuki, tokyoDay], [anna, bucharestDay]], { dueAt: due(40) }, mondayEveningTokyo, translate)).toMatchObject({ outcome: 'assign', machineTranslation: true });
    });

    it('holds without a deadline, and queues when nobody can ever take it', () => {
      expect(route([[yuki, tokyoDay]], { dueAt: null }, mondayEveningTokyo, nativeChat).outcome).toBe('hold');
      const nobody = route([[joao, tokyoDay]], {}, mondayEveningTokyo);
      expect(nobody).toMatchObject({ outcome: 'queue', reason: 'no agent serves jp' });
    });
  });

  it('counts an overnight shift that started the evening before', () => {
    const night = schedule('Asia/Tokyo', { sun: [['22:00', '06:00']] });
    // Monday 03:00 in Tokyo is inside Sunday's night shift.
    const d = route([[agent('owl'), night]], {}, Date.parse('2027-05-09T18:00:00Z'));
    expect(d.agent).toBe('owl');
    expect(d.reason).toContain('on shift Tokyo 03:00');
  });

  it('lets an exception replace a day and a team from HQ take over', () => {
    const shifted = schedule('Europe/Paris', {}, { exceptions: [{ date: '2027-05-10', hours: [['06:00', '14:00']] }] });
    const claire = agent('claire', { teams: [lyon], timeZone: 'Europe/Paris', languages: [{ language: 'ja', level: 'C2' }] });
    const d = route([[claire, shifted]], {}, mondayEveningTokyo);
    expect(d.agent).toBe('claire');
    expect(d.reason).toBe('C2 ja · on shift Paris 12:00 · 1/3 chats');
  });
});
