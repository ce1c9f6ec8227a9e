import { describe, expect, it } from 'vitest';
import { demoBrand } from '../../src/demo/demo-data.js';
import type { DemoAgent, DemoConversation } from '../../src/demo/demo-types.js';

const requiredMarkets = ['jp', 'us', 'fr', 'de', 'it', 'ro', 'br', 'cn'];
const channels = ['email', 'chat', 'whatsapp', 'line', 'telegram', 'messenger', 'sms', 'voice', 'wechat', 'kakaotalk'];
const levels = ['native', 'C2', 'C1', 'B2', 'B1', 'A2', 'A1'];
const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const statuses = ['open', 'pending', 'snoozed', 'resolved'];
const priorities = ['low', 'normal', 'high', 'urgent'];
const idPattern = /^[a-z0-9-]{2,40}$/;
const languageTag = /^[a-z]{2,3}(-[A-Z][a-z]{3})?(-[A-Z]{2})?$/;
const hhmm = /^(([01]\d|2[0-3]):[0-5]\d|24:00)$/;
const tenDaysInMinutes = 10 * 24 * 60;
const workable = new Set(['native', 'C2', 'C1', 'B2']);

const { brand, markets, teams, agents, conversations } = demoBrand;
const agentById = new Map(agents.map((agent) => [agent.id, agent]));
const teamById = new Map(teams.map((team) => [team.id, team]));
const marketByCode = new Map(markets.map((market) => [market.code, market]));

function baseLanguage(locale: string): string {
  return locale.split('-')[0]!;
}

function speaks(agent: DemoAgent, language: string): boolean {
  return agent.languages.some((entry) => entry.language === language && workable.has(entry.level));
}

function serves(agent: DemoAgent, market: string): boolean {
  return agent.teams.some((teamId) => teamById.get(teamId)?.markets.includes(market));
}

function label(conversation: DemoConversation): string {
  return `${conversation.market}/${conversation.channel}/${conversation.customer.name}`;
}

function isValidTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

const agentReplies = (language: string): string[] =>
  conversations
    .filter((c) => baseLanguage(c.customer.locale) === language)
    .flatMap((c) => c.messages.filter((m) => m.direction === 'out' && !m.private).map((m) => m.text));

describe('demo brand', () => {
  it('has a named brand whose defaults and sign-offs cover its markets', () => {
    expect(brand.name.length).toBeGreaterThan(0);
    expect(marketByCode.has(brand.defaultMarket)).toBe(true);
    expect(brand.defaultLanguage).toMatch(languageTag);
    for (const pivot of brand.pivotLanguages) expect(pivot).toMatch(languageTag);
    const customerLanguages = new Set(conversations.map((c) => baseLanguage(c.customer.locale)));
    for (const language of customerLanguages) {
      expect(brand.signature.signOff[language], `sign-off for ${language}`).toBeTruthy();
    }
  });

  it('defines every required market plus a few more, each from an ISO country preset', () => {
    for (const code of requiredMarkets) expect(marketByCode.has(code), code).toBe(true);
    expect(markets.length).toBeGreaterThanOrEqual(requiredMarkets.length + 2);
    expect(new Set(markets.map((m) => m.code)).size).toBe(markets.length);
    for (const market of markets) {
      expect(market.code).toMatch(idPattern);
      expect(market.preset).toMatch(/^[A-Z]{2}$/);
    }
  });

  it('has an HQ, a hub, a local office and a partner that together serve every market', () => {
    expect(new Set(teams.map((t) => t.kind))).toEqual(new Set(['hq', 'hub', 'local', 'partner']));
    expect(new Set(teams.map((t) => t.id)).size).toBe(teams.length);
    for (const team of teams) {
      expect(team.id).toMatch(idPattern);
      expect(isValidTimeZone(team.timeZone), team.timeZone).toBe(true);
      for (const code of team.markets) expect(marketByCode.has(code), `${team.id} → ${code}`).toBe(true);
    }
    for (const market of markets) {
      expect(teams.some((t) => t.markets.includes(market.code)), `team for ${market.code}`).toBe(true);
    }
  });
});

describe('demo agents', () => {
  it('has 16–24 agents with unique ids and emails on the demo domain', () => {
    expect(agents.length).toBeGreaterThanOrEqual(16);
    expect(agents.length).toBeLessThanOrEqual(24);
    expect(new Set(agents.map((a) => a.id)).size).toBe(agents.length);
    expect(new Set(agents.map((a) => a.email.toLowerCase())).size).toBe(agents.length);
    for (const agent of agents) {
      expect(agent.id).toMatch(idPattern);
      expect(agent.email).toMatch(/^[a-z0-9.-]+@demo\.borderless\.test$/);
    }
  });

  it('has exactly one admin, reachable at the documented address, and one supervisor', () => {
    const admins = agents.filter((a) => a.role === 'admin');
    expect(admins).toHaveLength(1);
    expect(admins[0]!.email).toBe('admin@demo.borderless.test');
    expect(agents.filter((a) => a.role === 'supervisor')).toHaveLength(1);
  });

  it('puts every agent in existing teams', () => {
    for (const agent of agents) {
      expect(agent.teams.length, agent.id).toBeGreaterThan(0);
      for (const teamId of agent.teams) expect(teamById.has(teamId), `${agent.id} → ${teamId}`).toBe(true);
    }
  });

  it('gives every agent a native language and valid language tags and levels', () => {
    for (const agent of agents) {
      expect(agent.languages.some((l) => l.level === 'native'), agent.id).toBe(true);
      expect(new Set(agent.languages.map((l) => l.language)).size, agent.id).toBe(agent.languages.length);
      for (const { language, level } of agent.languages) {
        expect(language).toMatch(languageTag);
        expect(levels).toContain(level);
      }
    }
  });

  it('gives every agent "HH:MM" shifts on valid weekdays in a real time zone', () => {
    for (const agent of agents) {
      expect(isValidTimeZone(agent.timeZone), agent.timeZone).toBe(true);
      const days = Object.entries(agent.shifts);
      expect(days.length, agent.id).toBeGreaterThan(0);
      for (const [day, intervals] of days) {
        expect(weekdays).toContain(day);
        for (const [from, to] of intervals ?? []) {
          expect(from, agent.id).toMatch(hhmm);
          expect(to, agent.id).toMatch(hhmm);
          expect(from, agent.id).not.toBe(to);
        }
      }
    }
  });

  it('gives every agent a positive capacity on known channels', () => {
    for (const agent of agents) {
      expect(Object.keys(agent.capacity).length, agent.id).toBeGreaterThan(0);
      for (const [channel, capacity] of Object.entries(agent.capacity)) {
        expect(channels).toContain(channel);
        expect(Number.isInteger(capacity) && capacity > 0, `${agent.id} ${channel}`).toBe(true);
      }
    }
  });

  it('staffs every market with someone who speaks its customers’ language', () => {
    for (const conversation of conversations) {
      const language = baseLanguage(conversation.customer.locale);
      const able = agents.filter((a) => serves(a, conversation.market) && speaks(a, language));
      expect(able.length, label(conversation)).toBeGreaterThan(0);
    }
  });
});

describe('demo conversations', () => {
  it('has at least 64 conversations and at least 6 in each required market', () => {
    expect(conversations.length).toBeGreaterThanOrEqual(64);
    for (const code of requiredMarkets) {
      const count = conversations.filter((c) => c.market === code).length;
      expect(count, code).toBeGreaterThanOrEqual(6);
    }
  });

  it('uses known markets, channels, statuses and priorities', () => {
    for (const conversation of conversations) {
      expect(marketByCode.has(conversation.market), label(conversation)).toBe(true);
      expect(channels).toContain(conversation.channel);
      expect(statuses).toContain(conversation.status);
      if (conversation.priority !== undefined) expect(priorities).toContain(conversation.priority);
    }
  });

  it('gives a subject to email conversations and only to them', () => {
    for (const conversation of conversations) {
      if (conversation.channel === 'email') {
        expect(conversation.subject?.trim(), label(conversation)).toBeTruthy();
        expect(conversation.customer.email, label(conversation)).toBeTruthy();
      } else {
        expect(conversation.subject, label(conversation)).toBeUndefined();
      }
    }
  });

  it('has customers from the market’s country with a locale, a fake email or an E.164 phone', () => {
    for (const conversation of conversations) {
      const { customer } = conversation;
      expect(customer.name.trim(), label(conversation)).toBeTruthy();
      expect(customer.country, label(conversation)).toBe(marketByCode.get(conversation.market)?.preset);
      expect(customer.locale).toMatch(languageTag);
      expect(customer.locale.endsWith(`-${customer.country}`), label(conversation)).toBe(true);
      if (customer.email !== undefined) expect(customer.email).toMatch(/^[^@\s]+@example(\.[a-z]{2,3})+$/);
      if (customer.phone !== undefined) expect(customer.phone).toMatch(/^\+[1-9]\d{7,14}$/);
      if (['whatsapp', 'sms', 'voice'].includes(conversation.channel)) {
        expect(customer.phone, label(conversation)).toBeDefined();
      }
    }
  });

  it('starts every thread with the customer and keeps minutesAgo strictly decreasing within ten days', () => {
    for (const conversation of conversations) {
      const { messages } = conversation;
      expect(messages.length, label(conversation)).toBeGreaterThan(0);
      expect(messages[0]!.direction, label(conversation)).toBe('in');
      for (const [index, message] of messages.entries()) {
        expect(Number.isInteger(message.minutesAgo), label(conversation)).toBe(true);
        expect(message.minutesAgo, label(conversation)).toBeGreaterThan(0);
        expect(message.minutesAgo, label(conversation)).toBeLessThanOrEqual(tenDaysInMinutes);
        expect(message.text.trim(), label(conversation)).toBeTruthy();
        const previous = messages[index - 1];
        if (previous) expect(message.minutesAgo, label(conversation)).toBeLessThan(previous.minutesAgo);
      }
    }
  });

  it('has an agent author on every outgoing message and private note, and none on incoming ones', () => {
    for (const conversation of conversations) {
      for (const message of conversation.messages) {
        if (message.direction === 'in') {
          expect(message.author, label(conversation)).toBeUndefined();
          expect(message.private, label(conversation)).toBeUndefined();
        } else {
          expect(agentById.has(message.author ?? ''), `${label(conversation)} author ${message.author}`).toBe(true);
        }
      }
    }
  });

  it('assigns and answers only with agents who serve the market and speak the language', () => {
    for (const conversation of conversations) {
      const language = baseLanguage(conversation.customer.locale);
      if (conversation.assignee !== undefined) {
        const assignee = agentById.get(conversation.assignee);
        expect(assignee, `${label(conversation)} assignee`).toBeDefined();
        expect(serves(assignee!, conversation.market), label(conversation)).toBe(true);
        expect(speaks(assignee!, language), label(conversation)).toBe(true);
      }
      for (const message of conversation.messages) {
        if (message.direction !== 'out') continue;
        const author = agentById.get(message.author!)!;
        expect(serves(author, conversation.market), label(conversation)).toBe(true);
        if (!message.private) expect(speaks(author, language), label(conversation)).toBe(true);
      }
      const answered = conversation.messages.some((m) => m.direction === 'out' && !m.private);
      if (answered) expect(conversation.assignee, label(conversation)).toBeDefined();
    }
  });

  it('mixes statuses with a majority open, and keeps some conversations live within the hour', () => {
    const byStatus = (status: string) => conversations.filter((c) => c.status === status).length;
    for (const status of statuses) expect(byStatus(status), status).toBeGreaterThan(0);
    expect(byStatus('open')).toBeGreaterThan(conversations.length / 2 - 1);
    const live = conversations.filter((c) => c.status === 'open' && c.messages.at(-1)!.minutesAgo <= 60);
    expect(live.length).toBeGreaterThanOrEqual(5);
    expect(conversations.filter((c) => c.assignee === undefined).length).toBeGreaterThan(0);
  });

  it('reaches customers on each market’s own messaging app', () => {
    const has = (market: string, channel: string) =>
      conversations.some((c) => c.market === market && c.channel === channel);
    expect(has('jp', 'line')).toBe(true);
    expect(has('cn', 'wechat')).toBe(true);
    expect(has('kr', 'kakaotalk')).toBe(true);
    for (const market of ['br', 'de', 'it', 'es']) expect(has(market, 'whatsapp'), market).toBe(true);
    for (const market of requiredMarkets) expect(has(market, 'email'), market).toBe(true);
  });

  it('includes private notes, multi-message threads and very short messages', () => {
    const messages = conversations.flatMap((c) => c.messages);
    expect(messages.filter((m) => m.private).length).toBeGreaterThanOrEqual(8);
    expect(conversations.filter((c) => c.messages.length >= 4).length).toBeGreaterThanOrEqual(15);
    const short = messages.filter((m) => m.direction === 'in' && m.text.trim().split(/\s+/).length <= 4);
    expect(short.length).toBeGreaterThanOrEqual(5);
  });

  it('writes order numbers as KT-YYYY-NNNNN', () => {
    const mentions = conversations.flatMap((c) => c.messages.map((m) => m.text)).join('\n').match(/KT-[\w-]+/g) ?? [];
    expect(mentions.length).toBeGreaterThan(30);
    for (const mention of mentions) expect(mention).toMatch(/^KT-20\d\d-\d{5}$/);
  });
});

describe('demo text respects each language', () => {
  it('writes Romanian with comma-below ș and ț, never the cedilla look-alikes', () => {
    const romanian = conversations
      .filter((c) => c.market === 'ro')
      .flatMap((c) => [c.subject ?? '', ...c.messages.filter((m) => !m.private).map((m) => m.text)])
      .join('\n');
    expect(romanian).toMatch(/[șț]/);
    expect(romanian).toMatch(/[ăîâ]/);
    expect(romanian).not.toMatch(/[şţŞŢ]/);
  });

  it('answers Japanese customers in keigo with 様', () => {
    const replies = agentReplies('ja');
    expect(replies.length).toBeGreaterThan(3);
    expect(replies.some((text) => text.includes('様'))).toBe(true);
    for (const text of replies) expect(text, text).toMatch(/(ございます|いたします|くださいませ)/);
  });

  it('answers German customers with Sie, never du', () => {
    const replies = agentReplies('de');
    expect(replies.length).toBeGreaterThan(2);
    for (const text of replies) {
      expect(text, text).toMatch(/\b(Sie|Ihr|Ihre|Ihnen)\b/);
      expect(text, text).not.toMatch(/\b(du|dich|dir|dein|deine)\b/i);
    }
  });

  it('answers French customers with vous, never tu', () => {
    const replies = agentReplies('fr');
    expect(replies.length).toBeGreaterThan(2);
    for (const text of replies) expect(text, text).not.toMatch(/\b(tu|toi|ton|tes)\b/i);
    expect(replies.every((text) => /\b(vous|votre|vos)\b/i.test(text) || text.length < 80)).toBe(true);
  });

  it('writes Arabic, Chinese, Korean and Japanese in their own scripts', () => {
    const scriptOf: Record<string, RegExp> = {
      ar: /\p{Script=Arabic}/u,
      zh: /\p{Script=Han}/u,
      ko: /\p{Script=Hangul}/u,
      ja: /[\p{Script=Hiragana}\p{Script=Katakana}]/u,
    };
    for (const conversation of conversations) {
      const script = scriptOf[baseLanguage(conversation.customer.locale)];
      if (!script) continue;
      for (const message of conversation.messages) {
        if (message.private) continue;
        // Order numbers alone carry no script.
        if (/^KT-\d{4}-\d{5}/.test(message.text)) continue;
        expect(message.text, label(conversation)).toMatch(script);
      }
    }
  });
});
