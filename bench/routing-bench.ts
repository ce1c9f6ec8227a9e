/**
 * Routing benchmark: 2,000 agents in 30 markets (local offices, hubs, HQ, partners; 14 languages; shifts in
 * their own zones, some overnight; loads and presence), 10,000 queued conversations worked in queue order with
 * each assignment adding load. Per decision: the indexed router (`RoutingIndex`: market × language buckets,
 * cached shift states) against the naive full scan (`decideRoute` over every agent, shift computed per agent),
 * in the same run, on the same state; the two must agree on every decision they both make.
 *
 *   npx tsx bench/routing-bench.ts            full run
 *   npx tsx bench/routing-bench.ts --quick    2,000 conversations, naive on every 20th
 *   npx tsx bench/routing-bench.ts --indexed-only   no naive pass (for profiling)
 */
import os from 'node:os';
import {
  capacityKey, compileAgentSchedule, decideRoute, defaultRoutingPolicy, RoutingIndex, shiftStateAt, type AgentSchedule, type RoutingAgent,
  type RoutingConversation, type RoutingMarket, type RoutingTeam,
} from '../src/domain/routing/index.js';
import type { CompiledCalendar } from '../src/domain/business-time/index.js';
import type { ProficiencyLevel } from '../src/domain/translation/index.js';

const QUICK = process.argv.includes('--quick');
const AGENTS = 2_000;
const CONVERSATIONS = QUICK ? 2_000 : 10_000;
/** The naive scan is slow by design: it decides every Nth conversation (on the same state). */
const NAIVE_EVERY = process.argv.includes('--indexed-only') ? Number.POSITIVE_INFINITY : QUICK ? 20 : 10;

// A small deterministic PRNG so every run routes the same brand.
let seed = 20270510;
const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

const places: Array<[string, string, string[]]> = [
  ['jp', 'Asia/Tokyo', ['ja']], ['kr', 'Asia/Seoul', ['ko']], ['cn', 'Asia/Shanghai', ['zh']], ['tw', 'Asia/Taipei', ['zh']],
  ['fr', 'Europe/Paris', ['fr']], ['be', 'Europe/Brussels', ['fr', 'nl']], ['ch', 'Europe/Zurich', ['de', 'fr', 'it']], ['de', 'Europe/Berlin', ['de']],
  ['at', 'Europe/Vienna', ['de']], ['it', 'Europe/Rome', ['it']], ['es', 'Europe/Madrid', ['es']], ['mx', 'America/Mexico_City', ['es']],
  ['ar', 'America/Argentina/Buenos_Aires', ['es']], ['co', 'America/Bogota', ['es']], ['br', 'America/Sao_Paulo', ['pt']], ['pt', 'Europe/Lisbon', ['pt']],
  ['ro', 'Europe/Bucharest', ['ro']], ['md', 'Europe/Chisinau', ['ro']], ['us', 'America/New_York', ['en', 'es']], ['ca', 'America/Toronto', ['en', 'fr']],
  ['gb', 'Europe/London', ['en']], ['ie', 'Europe/Dublin', ['en']], ['au', 'Australia/Sydney', ['en']], ['nz', 'Pacific/Auckland', ['en']],
  ['ae', 'Asia/Dubai', ['ar', 'en']], ['sa', 'Asia/Riyadh', ['ar']], ['eg', 'Africa/Cairo', ['ar']], ['nl', 'Europe/Amsterdam', ['nl']],
  ['pl', 'Europe/Warsaw', ['pl']], ['se', 'Europe/Stockholm', ['sv']],
];
const policies = [defaultRoutingPolicy, { ...defaultRoutingPolicy, followTheSun: 'translate' as const }, { ...defaultRoutingPolicy, teamOrder: ['hub', 'local', 'hq', 'partner'] }];
const markets = new Map<string, RoutingMarket>(places.map(([code, timeZone, languages], i) => [code, {
  code, timeZone, languages, languagePolicy: i % 4 === 0 ? { chat: 'native-required' } : null, policy: policies[i % policies.length]!,
}]));

const teams: RoutingTeam[] = [
  ...places.map(([code, timeZone]) => ({ id: `local-${code}`, kind: 'local' as const, markets: [code], channels: [], timeZone })),
  { id: 'hub-bucharest', kind: 'hub', markets: places.filter(([, z]) => z.startsWith('Europe')).map(([c]) => c), channels: [], timeZone: 'Europe/Bucharest' },
  { id: 'hub-manila', kind: 'hub', markets: ['jp', 'kr', 'cn', 'tw', 'au', 'nz', 'us', 'gb'], channels: ['chat', 'email'], timeZone: 'Asia/Manila' },
  { id: 'hub-mexico', kind: 'hub', markets: ['mx', 'ar', 'co', 'us', 'br', 'es'], channels: [], timeZone: 'America/Mexico_City' },
  { id: 'hq-lyon', kind: 'hq', markets: places.map(([c]) => c), channels: [], timeZone: 'Europe/Paris' },
  { id: 'partner-cairo', kind: 'partner', markets: ['ae', 'sa', 'eg'], channels: [], timeZone: 'Africa/Cairo' },
  { id: 'partner-saopaulo', kind: 'partner', markets: ['br', 'pt'], channels: [], timeZone: 'America/Sao_Paulo' },
];
const levels: ProficiencyLevel[] = ['C2', 'C1', 'B2', 'B1'];
const channels = ['chat', 'email', 'whatsapp', 'voice'];
const days = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

const agents: Array<{ agent: RoutingAgent; schedule: AgentSchedule }> = [];
for (let i = 0; i < AGENTS; i++) {
  const team = i < teams.length * 20 ? teams[i % teams.length]! : pick(teams);
  const home = places.find(([code]) => team.markets[0] === code) ?? pick(places);
  const native = team.kind === 'local' ? home[2][0]! : pick(pick(places)[2]);
  const langs = [{ language: native, level: 'native' as ProficiencyLevel }];
  for (const extra of ['en', pick(places)[2][0]!, pick(places)[2][0]!]) {
    if (!langs.some((l) => l.language === extra) && random() < 0.7) langs.push({ language: extra, level: pick(levels) });
  }
  const start = 6 + Math.floor(random() * 14);
  const night = random() < 0.08;
  const range: [string, string] = night ? ['22:00', '06:00'] : [`${String(start).padStart(2, '0')}:00`, `${String(Math.min(24, start + 8)).padStart(2, '0')}:00`];
  const workdays = days.slice(Math.floor(random() * 3), Math.floor(random() * 3) + 5);
  const capacity = Object.fromEntries(channels.filter(() => random() < 0.8).map((c) => [c, c === 'voice' ? 1 : c === 'email' ? 25 : 3]));
  const load = Object.fromEntries(Object.entries(capacity).map(([c, n]) => [c, Math.floor(random() * (n + 1) * 0.6)]));
  agents.push({
    agent: {
      id: `agent-${String(i).padStart(4, '0')}`, name: `Agent ${i}`, disabled: random() < 0.01,
      presence: random() < 0.85 ? 'online' : random() < 0.5 ? 'away' : 'offline', teams: [team], languages: langs,
      skills: random() < 0.3 ? [pick(['diagnostic', 'refund', 'payment', 'technical_problem'])] : [], capacity, load, timeZone: team.timeZone,
    },
    schedule: {
      timeZone: team.timeZone, shifts: Object.fromEntries(workdays.map((d) => [d, [range]])),
      exceptions: random() < 0.1 ? [{ date: '2027-05-12', hours: [] }] : [],
      timeOff: random() < 0.05 ? [{ from: '2027-05-10', to: '2027-05-14' }] : [],
    },
  });
}

const categories = ['informational', 'transactional', 'advisory', 'diagnostic', null] as const;
const start = Date.parse('2027-05-10T08:00:00Z');
const conversations: Array<{ conversation: RoutingConversation; market: RoutingMarket; at: number }> = [];
for (let i = 0; i < CONVERSATIONS; i++) {
  const [code, , langs] = pick(places);
  const at = start + i * 4_000;
  conversations.push({
    at, market: markets.get(code)!,
    conversation: {
      id: `c${i}`, market: code, language: random() < 0.9 ? pick(langs) : random() < 0.5 ? 'en' : null, channel: pick(channels),
      category: pick(categories), intent: null, priority: pick(['low', 'normal', 'normal', 'high', 'urgent'] as const),
      dueAt: random() < 0.8 ? at + (1 + Math.floor(random() * 24)) * 3_600_000 : null,
      previousAgent: random() < 0.1 ? pick(agents).agent.id : null,
    },
  });
}
// Queue order: priority, then deadline.
const rank = { urgent: 3, high: 2, normal: 1, low: 0 } as const;
conversations.sort((a, b) => rank[b.conversation.priority] - rank[a.conversation.priority] || (a.conversation.dueAt ?? Infinity) - (b.conversation.dueAt ?? Infinity));

const pivots = ['en', 'fr'];
const index = new RoutingIndex();
const t0 = process.hrtime.bigint();
index.setAgents(agents, start);
const buildMs = Number(process.hrtime.bigint() - t0) / 1e6;

// The naive scan keeps its own copy of the loads, updated the same way.
const calendars = new Map<string, CompiledCalendar>(agents.map((a) => [a.agent.id, compileAgentSchedule(a.schedule)]));
const naiveAgents = new Map(agents.map((a) => [a.agent.id, { ...a.agent, load: { ...a.agent.load } }]));

// Warm-up (untimed, no loads applied): the JIT and the per-zone formatters, as in a running server.
for (let i = 0; i < 500; i++) {
  const { conversation, market, at } = conversations[(i * 7919) % conversations.length]!;
  index.decide(conversation, market, pivots, at);
}

// Pass 1, timed: the index works the whole queue, each assignment adding load.
const fast: number[] = [];
const fastCpu: number[] = [];
const decided: Array<{ outcome: string; agent: string | null; reason: string }> = [];
const outcomes = { assign: 0, hold: 0, queue: 0, machineTranslation: 0 };
for (const { conversation, market, at } of conversations) {
  const cpu = process.cpuUsage();
  const a = process.hrtime.bigint();
  const decision = index.decide(conversation, market, pivots, at);
  fast.push(Number(process.hrtime.bigint() - a) / 1e6);
  const used = process.cpuUsage(cpu);
  fastCpu.push((used.user + used.system) / 1000);
  decided.push({ outcome: decision.outcome, agent: decision.agent, reason: decision.reason });
  outcomes[decision.outcome]++;
  if (decision.machineTranslation) outcomes.machineTranslation++;
  if (decision.outcome === 'assign' && decision.agent) index.addLoad(decision.agent, conversation.channel, 1);
}

// Pass 2, timed separately so one's garbage does not pause the other: the naive scan replays the same queue on
// the same state (the index's assignments applied in turn) and decides every Nth conversation itself.
const naive: number[] = [];
const naiveCpu: number[] = [];
let agree = 0;
let compared = 0;
for (let i = 0; i < conversations.length; i++) {
  const { conversation, market, at } = conversations[i]!;
  if (Number.isFinite(NAIVE_EVERY) && i % NAIVE_EVERY === 0) {
    const cpu = process.cpuUsage();
    const b = process.hrtime.bigint();
    const full = decideRoute({
      conversation, market, pivotLanguages: pivots, nowMs: at,
      agents: [...naiveAgents.values()].map((agent) => ({ agent, shift: shiftStateAt(calendars.get(agent.id)!, at) })),
    });
    naive.push(Number(process.hrtime.bigint() - b) / 1e6);
    const used = process.cpuUsage(cpu);
    naiveCpu.push((used.user + used.system) / 1000);
    compared++;
    const mine = decided[i]!;
    if (full.outcome === mine.outcome && full.agent === mine.agent && full.reason === mine.reason) agree++;
  }
  const step = decided[i]!;
  if (step.outcome === 'assign' && step.agent) {
    const n = naiveAgents.get(step.agent)!;
    const key = capacityKey(n.capacity, conversation.channel);
    if (key) n.load = { ...n.load, [key]: (n.load[key] ?? 0) + 1 };
  }
}

const stats = (xs: number[]) => {
  const s = [...xs].sort((x, y) => x - y);
  const q = (p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))]!;
  return { n: s.length, p50: q(0.5), p90: q(0.9), p99: q(0.99), max: s[s.length - 1]!, mean: s.reduce((x, y) => x + y, 0) / s.length };
};
const f = stats(fast);
const none = { n: 0, p50: NaN, p90: NaN, p99: NaN, max: NaN, mean: NaN };
const n = naive.length ? stats(naive) : none;
const fc = stats(fastCpu);
const nc = naiveCpu.length ? stats(naiveCpu) : none;
const fmt = (ms: number) => (ms < 1 ? `${(ms * 1000).toFixed(1)} µs` : `${ms.toFixed(2)} ms`);
const buckets = [...new Set(agents.flatMap((a) => a.agent.teams.flatMap((t) => t.markets)))].length;

console.log(`Routing benchmark: ${AGENTS} agents, ${teams.length} teams, ${markets.size} markets (${buckets} served), ${conversations.length} queued conversations`);
console.log(`index built in ${buildMs.toFixed(1)} ms (schedules compiled, shift states worked out); 500 untimed warm-up decisions`);
console.log(`outcomes: ${outcomes.assign} assigned (${outcomes.machineTranslation} with machine translation), ${outcomes.hold} held, ${outcomes.queue} queued`);
console.log('');
console.log('per decision                n       p50        p90        p99        max       mean');
for (const [name, s] of [['indexed, wall clock', f], ['naive, wall clock', n], ['indexed, CPU time', fc], ['naive, CPU time', nc]] as const) {
  console.log(`${name.padEnd(22)} ${String(s.n).padStart(11)} ${fmt(s.p50).padStart(10)} ${fmt(s.p90).padStart(10)} ${fmt(s.p99).padStart(10)} ${fmt(s.max).padStart(10)} ${fmt(s.mean).padStart(10)}`);
}
console.log('');
console.log(`naive / indexed: p50 ×${(n.p50 / f.p50).toFixed(1)}, p99 ×${(n.p99 / f.p99).toFixed(1)} (the naive scan decides every ${NAIVE_EVERY}th conversation, replaying the same queue on the same state)`);
console.log(`agreement (outcome, agent and reason): ${agree}/${compared}`);
console.log(`machine: ${os.cpus().length} cores, load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')} (wall-clock tails include other processes; CPU time is this process's own, 1 µs resolution)`);
console.log(`target p99 < 1 ms per decision (indexed): wall clock ${f.p99 < 1 ? 'MET' : 'NOT MET'} (${fmt(f.p99)}), CPU time ${fc.p99 < 1 ? 'MET' : 'NOT MET'} (${fmt(fc.p99)})`);
if (agree !== compared) process.exitCode = 1;
