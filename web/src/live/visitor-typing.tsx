import { useEffect, useState } from 'react';
import { useI18n } from '../i18n/index.js';
import { retryDelay } from './live-events.js';

/**
 * How long "is typing" stays on without news. The widget repeats its signal every 4 s while the visitor types and
 * the server passes on one per 2 s, so this outlasts two refreshes and still clears a lost "stopped" quickly.
 */
const typingFadeMs = 9_000;

interface VisitorTypingFrame { type: 'visitor.typing'; conversationId: string; typing: boolean }

function isTypingFrame(frame: unknown): frame is VisitorTypingFrame {
  const f = frame as Partial<VisitorTypingFrame> | null;
  return !!f && f.type === 'visitor.typing' && typeof f.conversationId === 'string' && typeof f.typing === 'boolean';
}

/**
 * Whether the chat visitor of `conversationId` is typing now: listens on `GET /api/v1/chat/events` (the server's
 * live chat signals, already limited to the agent's markets) while `enabled`, reconnecting with backoff. Typing is
 * a live signal only; nothing is stored, so a reconnect simply starts from "not typing".
 *
 * @example
 * const typing = useVisitorTyping(conversation.id, conversation.channel === 'chat');
 */
export function useVisitorTyping(conversationId: string, enabled: boolean): boolean {
  const [typing, setTyping] = useState(false);
  useEffect(() => {
    setTyping(false);
    if (!enabled) return;
    let socket: WebSocket | null = null;
    let retry: number | undefined;
    let fade: number | undefined;
    let attempt = 0;
    let stopped = false;
    const show = (on: boolean) => {
      window.clearTimeout(fade);
      setTyping(on);
      if (on) fade = window.setTimeout(() => setTyping(false), typingFadeMs);
    };
    const connect = () => {
      socket = new WebSocket(`${window.location.protocol === 'https:' ? 'wss' : 'ws'}://${window.location.host}/api/v1/chat/events`);
      socket.onopen = () => { attempt = 0; };
      socket.onmessage = (message) => {
        try {
          const frame: unknown = JSON.parse(String(message.data));
          if (isTypingFrame(frame) && frame.conversationId === conversationId) show(frame.typing);
        } catch {
          // Not JSON: nothing for this indicator.
        }
      };
      socket.onclose = () => {
        socket = null;
        if (stopped) return;
        show(false);
        retry = window.setTimeout(connect, retryDelay(attempt++));
      };
    };
    connect();
    return () => {
      stopped = true;
      window.clearTimeout(retry);
      window.clearTimeout(fade);
      socket?.close();
    };
  }, [conversationId, enabled]);
  return typing;
}

/**
 * "<customer> is typing…" under a chat conversation's thread while the visitor types. The live region is always
 * there (empty when nobody types), so screen readers announce the change without moving focus.
 */
export function VisitorTyping({ conversation }: { conversation: { id: string; channel: string; customer: { name: string | null } } }) {
  const { t } = useI18n();
  const typing = useVisitorTyping(conversation.id, conversation.channel === 'chat');
  if (conversation.channel !== 'chat') return null;
  return (
    <p className="typing-indicator" role="status" aria-live="polite" data-testid="visitor-typing" data-typing={typing ? 'yes' : 'no'}>
      {typing ? (
        <>
          <span className="typing-dots" aria-hidden="true"><span /><span /><span /></span>
          {t('live.customerTyping', { name: conversation.customer.name ?? t('customer.unnamed') })}
        </>
      ) : null}
    </p>
  );
}
