import { localClock } from './agent-schedule.js';
import type { CandidateFacts } from './candidate-evaluation.js';
import type { LanguageFit, RoutingConversation } from './routing-types.js';

const NOUNS: Readonly<Record<string, [string, string]>> = {
  chat: ['chat', 'chats'], email: ['email', 'emails'], voice: ['call', 'calls'], phone: ['call', 'calls'],
};

function channelNoun(channel: string, count: number): string {
  const noun = NOUNS[channel];
  if (noun) return count === 1 ? noun[0] : noun[1];
  return `${channel} ${count === 1 ? 'conversation' : 'conversations'}`;
}

/**
 * "native ja", "C1 ja", "pivot en C2", "language unknown".
 *
 * @example
 * describeFit({ kind: 'customer', language: 'ja', level: 'native' }, 'ja'); // 'native ja'
 */
export function describeFit(fit: LanguageFit, customerLanguage: string | null): string {
  if (fit.kind === 'customer') return `${fit.level === 'native' ? 'native' : fit.level} ${fit.language}`;
  if (fit.kind === 'pivot') return `pivot ${fit.language} ${fit.level}`;
  if (fit.kind === 'unknown-language') return fit.language ? `language unknown · ${fit.language} ${fit.level}` : 'language unknown';
  return `no ${customerLanguage ?? 'shared language'}`;
}

/**
 * "in 2 h 10 min", "in 45 min".
 *
 * @example
 * inDuration(130 * 60_000); // 'in 2 h 10 min'
 */
export function inDuration(ms: number): string {
  const minutes = Math.max(0, Math.round(ms / 60_000));
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h >= 48) return `in ${Math.round(h / 24)} days`;
  return h > 0 ? `in ${h} h${m ? ` ${m} min` : ''}` : `in ${m} min`;
}

/**
 * The reason stored with an assignment, e.g. "native ja · on shift Tokyo 10:12 · 2/3 chats" (the load counts
 * the conversation being assigned).
 *
 * @example
 * assignmentReason(best, conversation, now); // 'native ja · on shift Tokyo 10:12 · 2/3 chats'
 */
export function assignmentReason(
  facts: CandidateFacts, conversation: RoutingConversation, nowMs: number, extra: string[] = [], fitText?: string,
): string {
  const v = facts.verdict;
  const { city, time } = localClock(nowMs, facts.agent.timeZone);
  const parts = [
    fitText ?? describeFit(v.fit, conversation.language),
    `on shift ${city} ${time}`,
    `${v.load + 1}/${v.capacity} ${channelNoun(conversation.channel, v.capacity)}`,
  ];
  if (v.sticky) parts.push('previous agent');
  if (v.skillMatch) parts.push('skill match');
  return [...extra, ...parts].join(' · ');
}
