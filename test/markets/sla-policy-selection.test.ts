import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { selectSlaPolicy, slaPolicyScore, type SlaPolicyScope } from '../../src/markets/index.js';

const p = (id: string, market: string | null, channel: string | null, priority: string | null) => ({ id, market, channel, priority });

describe('SLA policy selection', () => {
  const policies = [
    p('global', null, null, null), p('urgent', null, null, 'urgent'), p('chat', null, 'chat', null), p('chat-urgent', null, 'chat', 'urgent'),
    p('jp', 'jp', null, null), p('jp-urgent', 'jp', null, 'urgent'), p('jp-email', 'jp', 'email', null), p('jp-email-urgent', 'jp', 'email', 'urgent'),
    p('jp-phone', 'jp', 'phone', null),
  ];

  it('prefers market+channel+priority > market+channel > market+priority > market > channel+priority > channel > priority > global', () => {
    const pick = (market: string | null, channel: string, priority: string) => selectSlaPolicy(policies, { market, channel, priority })?.id;
    expect(pick('jp', 'email', 'urgent')).toBe('jp-email-urgent');
    expect(pick('jp', 'email', 'normal')).toBe('jp-email');
    expect(pick('jp', 'chat', 'urgent')).toBe('jp-urgent');
    expect(pick('jp', 'chat', 'normal')).toBe('jp');
    expect(pick('fr', 'chat', 'urgent')).toBe('chat-urgent');
    expect(pick('fr', 'chat', 'low')).toBe('chat');
    expect(pick('fr', 'email', 'urgent')).toBe('urgent');
    expect(pick('fr', 'email', 'low')).toBe('global');
    expect(pick(null, 'email', 'low')).toBe('global');
    // The contract calls phone hours `phone`; phone conversations are of kind `voice`.
    expect(pick('jp', 'voice', 'normal')).toBe('jp-phone');
    expect(selectSlaPolicy([p('jp', 'jp', null, null)], { market: 'fr', channel: 'email', priority: 'normal' })).toBeUndefined();
  });

  it('always picks an applicable policy at least as specific as every other applicable one', () => {
    const scope = fc.record({
      market: fc.constantFrom(null, 'jp', 'fr'), channel: fc.constantFrom(null, 'email', 'chat'), priority: fc.constantFrom(null, 'low', 'urgent'),
    });
    fc.assert(fc.property(fc.uniqueArray(scope, { selector: (s) => `${s.market}|${s.channel}|${s.priority}`, maxLength: 27 }),
      fc.record({ market: fc.constantFrom('jp', 'fr', 'de'), channel: fc.constantFrom('email', 'chat'), priority: fc.constantFrom('low', 'urgent') }),
      (scopes: SlaPolicyScope[], conversation) => {
        const list = scopes.map((s, i) => ({ id: `p${i}`, ...s }));
        const chosen = selectSlaPolicy(list, conversation);
        const applicable = list.filter((x) => slaPolicyScore(x, conversation) >= 0);
        if (applicable.length === 0) return chosen === undefined;
        return chosen !== undefined && applicable.every((x) => slaPolicyScore(x, conversation) <= slaPolicyScore(chosen, conversation));
      }), { numRuns: 200 });
  });
});
