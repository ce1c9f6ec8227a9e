import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { DomainEvent } from '../api/index.js';

export type LiveState = 'connecting' | 'live' | 'reconnecting' | 'offline';

/** What a page hears: every domain event, plus `reconnected` after a lost connection came back (re-read then). */
export type LiveListener = (event: DomainEvent | { type: 'reconnected' }) => void;

interface LiveEvents {
  state: LiveState;
  subscribe(listener: LiveListener): () => void;
}

const LiveContext = createContext<LiveEvents | null>(null);

const firstRetryMs = 1_000;
const maxRetryMs = 30_000;

/**
 * The delay before reconnect attempt `attempt` (0-based): doubling from one second up to thirty, with jitter so a
 * restarted server is not hit by every console at the same instant.
 *
 * @example
 * retryDelay(0, () => 0.5); // 1000
 * retryDelay(10, () => 0.5); // 30000
 */
export function retryDelay(attempt: number, random: () => number = Math.random): number {
  const base = Math.min(maxRetryMs, firstRetryMs * 2 ** attempt);
  return Math.round(base * (0.75 + random() * 0.5));
}

/**
 * Keeps one WebSocket to `GET /api/v1/events` open while signed in (the session cookie authenticates it),
 * reconnects with backoff, and tells subscribers `reconnected` so they re-read what they show: events are a
 * live signal, not a log, so whatever happened while offline is caught up by reading again.
 */
export function LiveEventsProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<LiveState>('connecting');
  const listeners = useRef(new Set<LiveListener>());

  useEffect(() => {
    let socket: WebSocket | null = null;
    let timer: number | undefined;
    let attempt = 0;
    let stopped = false;
    let everOpened = false;
    const emit = (event: DomainEvent | { type: 'reconnected' }) => { for (const listener of [...listeners.current]) listener(event); };

    const connect = () => {
      const url = `${window.location.protocol === 'https:' ? 'wss' : 'ws'}://${window.location.host}/api/v1/events`;
      socket = new WebSocket(url);
      socket.onopen = () => {
        attempt = 0;
        setState('live');
        if (everOpened) emit({ type: 'reconnected' });
        everOpened = true;
      };
      socket.onmessage = (message) => {
        try {
          const event = JSON.parse(String(message.data)) as DomainEvent;
          if (event && typeof event.type === 'string' && event.type !== 'hello') emit(event);
        } catch {
          // A frame that is not JSON carries nothing for the console.
        }
      };
      socket.onclose = () => {
        socket = null;
        if (stopped) return;
        setState(navigator.onLine === false ? 'offline' : 'reconnecting');
        timer = window.setTimeout(connect, retryDelay(attempt++));
      };
    };
    // Back online: try at once instead of waiting out the backoff.
    const online = () => {
      if (socket || stopped) return;
      window.clearTimeout(timer);
      attempt = 0;
      connect();
    };
    window.addEventListener('online', online);
    connect();
    return () => {
      stopped = true;
      window.removeEventListener('online', online);
      window.clearTimeout(timer);
      socket?.close();
    };
  }, []);

  const subscribe = useCallback((listener: LiveListener) => {
    listeners.current.add(listener);
    return () => { listeners.current.delete(listener); };
  }, []);
  const value = useMemo<LiveEvents>(() => ({ state, subscribe }), [state, subscribe]);
  return <LiveContext.Provider value={value}>{children}</LiveContext.Provider>;
}

/** The connection's state, for the small indicator beside the inbox's Refresh button. */
export function useLiveState(): LiveState {
  return useContext(LiveContext)?.state ?? 'offline';
}

/**
 * Calls `onChange` (debounced by `delayMs`) when an event passes `relevant`, and after every reconnect.
 *
 * @example
 * useLiveRefresh((e) => e.conversationId === id, reload);
 */
export function useLiveRefresh(relevant: (event: DomainEvent) => boolean, onChange: () => void, delayMs = 400): void {
  const live = useContext(LiveContext);
  const latest = useRef({ relevant, onChange });
  latest.current = { relevant, onChange };
  const subscribe = live?.subscribe;
  useEffect(() => {
    if (!subscribe) return;
    let timer: number | undefined;
    const stop = subscribe((event) => {
      if (event.type !== 'reconnected' && !latest.current.relevant(event as DomainEvent)) return;
      window.clearTimeout(timer);
      timer = window.setTimeout(() => latest.current.onChange(), delayMs);
    });
    return () => {
      stop();
      window.clearTimeout(timer);
    };
  }, [subscribe, delayMs]);
}
