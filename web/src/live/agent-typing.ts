import { useCallback, useEffect, useRef } from 'react';
import { api } from '../api/index.js';

/** While the agent keeps typing, "typing" is repeated this often (the widget hides it after 15 s without news). */
const refreshMs = 4_000;
/** A pause this long counts as having stopped. */
const idleMs = 3_000;

/**
 * Tells a chat visitor's widget that the agent is writing a reply (`POST /api/v1/chat/conversations/{id}/typing`):
 * once when typing starts, again every few seconds while it goes on, and "stopped" after a pause, when the text
 * is emptied or sent, or when the agent leaves the conversation. Pass the reply's text, and '' while writing a
 * private note: notes never show up as typing. Does nothing outside chat conversations. Best effort: a failed
 * signal is dropped, never shown as an error.
 *
 * @example
 * useAgentTyping(conversation, mode === 'reply' ? text : '');
 */
export function useAgentTyping(conversation: { id: string; channel: string }, replyText: string): void {
  const state = useRef<{ sentAt: number | null; idle: number | undefined; lastText: string }>({ sentAt: null, idle: undefined, lastText: replyText });
  const isChat = conversation.channel === 'chat';
  const id = conversation.id;
  const signal = useCallback((typing: boolean) => {
    api.post(`/api/v1/chat/conversations/${encodeURIComponent(id)}/typing`, { typing }).catch(() => undefined);
  }, [id]);

  useEffect(() => {
    const s = state.current;
    if (!isChat || replyText === s.lastText) return;
    s.lastText = replyText;
    window.clearTimeout(s.idle);
    const stop = () => {
      if (s.sentAt === null) return;
      s.sentAt = null;
      signal(false);
    };
    if (!replyText.trim()) {
      stop();
      return;
    }
    const now = Date.now();
    if (s.sentAt === null || now - s.sentAt >= refreshMs) {
      s.sentAt = now;
      signal(true);
    }
    s.idle = window.setTimeout(stop, idleMs);
  }, [replyText, isChat, signal]);

  useEffect(() => () => {
    const s = state.current;
    window.clearTimeout(s.idle);
    if (s.sentAt !== null) {
      s.sentAt = null;
      signal(false);
    }
  }, [signal]);
}
