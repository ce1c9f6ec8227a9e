import { describe, expect, it } from 'vitest';
import {
  capacityKey, defaultRoutingPolicy, inDuration, isKnownLanguage, languageFit, languageKey, pivotCheck,
  resolveRoutingPolicy, routingPolicyDocument, routingRequirement, validateAgentSchedule, validateRoutingPolicy,
} from '../../../src/domain/routing/index.js';

describe('validateAgentSchedule', () => {
  it('accepts a week with a lunch break, an overnight shift, an exception and time off', () => {
    expect(validateAgentSchedule({
      timeZone: 'Asia/Tokyo', shifts: { mon: [['09:00', '12:00'], ['13:00', '18:00']], fri: [['22:00', '06:00']] },
      exceptions: [{ date: '2027-05-06', hours: [['10:00', '15:00']] }, { date: '2027-05-07', hours: [] }],
      timeOff: [{ from: '2027-08-10', to: '2027-08-20' }, { from: '2027-12-28', to: '2028-01-03' }],
    }, '/body')).toEqual([]);
  });

  it.each([
    [{ shifts: { mon: [['09:00', '18:00'], ['17:00', '20:00']] } }, '/body/shifts/mon/1'],
    [{ shifts: { mon: [['9:00', '18:00']] } }, '/body/shifts/mon/0/0'],
    [{ shifts: { mon: [['10:00', '10:00']] } }, '/body/shifts/mon/0'],
    [{ shifts: { fri: [['22:00', '06:00']], sat: [['05:00', '09:00']] } }, '/body/shifts/sat/0'],
    [{ shifts: { funday: [['09:00', '10:00']] } }, '/body/shifts/funday'],
    [{ timeZone: 'Mars/Olympus' }, '/body/timeZone'],
    [{ exceptions: [{ date: '2027-02-30', hours: [] }] }, '/body/exceptions/0/date'],
    [{ exceptions: [{ date: '2027-05-06', hours: [] }, { date: '2027-05-06', hours: [['09:00', '10:00']] }] }, '/body/exceptions/1/date'],
    [{ exceptions: [{ date: '2027-05-06', hours: [['12:00', '25:00']] }] }, '/body/exceptions/0/hours/0/1'],
    [{ timeOff: [{ from: '2027-05-10', to: '2027-05-01' }] }, '/body/timeOff/0/to'],
    [{ timeOff: [{ from: '2027-05-01', to: '2027-05-10' }, { from: '2027-05-09', to: '2027-05-12' }] }, '/body/timeOff/1'],
    [{ timeOff: [{ from: '2027-01-01', to: '2029-01-01' }] }, '/body/timeOff/0/to'],
    [{ timeOff: [{ from: '2027-05-01', to: '2027-05-10' }], exceptions: [{ date: '2027-05-05', hours: [] }] }, '/body/exceptions/0/date'],
  ])('refuses %j at %s', (schedule, path) => {
    expect(validateAgentSchedule(schedule, '/body').map((i) => i.path)).toContain(path);
  });
});

describe('language rules', () => {
  it('knows real languages and refuses invented ones', () => {
    expect(['ja', 'pt-BR', 'zh-Hant', 'fil', 'ar'].every(isKnownLanguage)).toBe(true);
    expect(['xx', 'qq', 'zz-ZZ'].some(isKnownLanguage)).toBe(false);
  });

  it('serves regional variants and both Chinese scripts from one key', () => {
    expect([languageKey('pt-BR'), languageKey('zh-Hant'), languageKey('zh-TW'), languageKey('no')]).toEqual(['pt', 'zh', 'zh', 'nb']);
  });

  it('takes the stricter of the channel rule and the category rule', () => {
    expect(routingRequirement(null, defaultRoutingPolicy, 'email', 'informational')).toMatchObject({ mode: 'pivot-allowed', pivotLevel: 'B2' });
    expect(routingRequirement(null, defaultRoutingPolicy, 'email', 'diagnostic')).toMatchObject({ mode: 'native-required', customerLevel: 'C1', because: 'category diagnostic' });
    expect(routingRequirement(null, defaultRoutingPolicy, 'voice', 'informational')).toMatchObject({ mode: 'native-required', customerLevel: 'C1', because: 'voice' });
    expect(routingRequirement({ email: { mode: 'pivot-allowed', minLevel: 'C1' } }, defaultRoutingPolicy, 'email', 'advisory')).toMatchObject({ pivotLevel: 'C1' });
    expect(routingRequirement({ chat: { mode: 'native-required', minLevel: 'C2' } }, defaultRoutingPolicy, 'chat', 'diagnostic')).toMatchObject({ customerLevel: 'C2' });
  });

  it('fits an agent by the customer\'s language first, then a pivot language', () => {
    const agent = { languages: [{ language: 'ja', level: 'B1' as const }, { language: 'en-GB', level: 'C2' as const }] };
    const pivot = routingRequirement(null, defaultRoutingPolicy, 'email', 'informational');
    expect(languageFit(agent, 'ja', pivot, ['en'])).toEqual({ kind: 'pivot', language: 'en', level: 'C2' });
    expect(languageFit(agent, 'ja', { ...pivot, mode: 'native-required', pivotLevel: null, customerLevel: 'B1' }, ['en'])).toEqual({ kind: 'customer', language: 'ja', level: 'B1' });
    expect(languageFit(agent, 'ko', { ...pivot, pivotLevel: null, mode: 'native-required' }, ['en']).kind).toBe('none');
    expect(languageFit(agent, null, pivot, ['en']).kind).toBe('unknown-language');
  });

  it('flags agents below near-native level in every pivot language', () => {
    expect(pivotCheck([{ language: 'ja', level: 'native' }, { language: 'en', level: 'B2' }], ['en', 'fr'])).toEqual({
      pivotLanguages: ['en', 'fr'], meets: false, best: { language: 'en', level: 'B2' },
      levels: [{ language: 'en', level: 'B2' }, { language: 'fr', level: null }],
    });
    expect(pivotCheck([{ language: 'fr', level: 'C2' }], ['en', 'fr']).meets).toBe(true);
  });
});

describe('routing policy', () => {
  it('validates each setting with a pointer', () => {
    expect(validateRoutingPolicy({
      teamOrder: ['local', 'local'], followTheSun: 'sometimes', holdMargin: 'soon', stickiness: 'yes', colour: 'red',
      categories: { diagnostic: 'native', chitchat: 'pivot-allowed' },
    }).map((i) => i.path).sort()).toEqual(['/categories/chitchat', '/categories/diagnostic', '/colour', '/followTheSun', '/holdMargin', '/stickiness', '/teamOrder/1']);
  });

  it('fills what a market leaves out with the defaults and round-trips as a document', () => {
    const policy = resolveRoutingPolicy({ teamOrder: ['tokyo-office', 'hub'], holdMargin: 'PT1H' });
    expect(policy).toMatchObject({ teamOrder: ['tokyo-office', 'hub'], holdMarginMs: 3_600_000, followTheSun: 'auto', stickiness: true });
    expect(routingPolicyDocument(policy)).toMatchObject({ holdMargin: 'PT1H', stickyWindow: 'P14D' });
    expect(resolveRoutingPolicy({ followTheSun: 42 }).followTheSun).toBe('auto');
  });
});

describe('small helpers', () => {
  it('finds the capacity entry of a channel', () => {
    expect(capacityKey({ chat: 3, phone: 1 }, 'voice')).toBe('phone');
    expect(capacityKey({ default: 2 }, 'line')).toBe('default');
    expect(capacityKey({ chat: 3 }, 'email')).toBeNull();
  });

  it('says durations the way the reasons do', () => {
    expect([inDuration(45 * 60_000), inDuration(130 * 60_000), inDuration(60 * 60_000), inDuration(80 * 3_600_000)]).toEqual(['in 45 min', 'in 2 h 10 min', 'in 1 h', 'in 3 days']);
  });
});
