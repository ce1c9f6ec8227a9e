import { useEffect, useState } from 'react';
import { browserTimeZone, isValidTimeZone } from '../format/index.js';
import { useCurrentUser } from '../session/index.js';

/** The current instant, refreshed every `everyMs` so clocks and relative times stay true while a page is open. */
export function useNow(everyMs = 30_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), everyMs);
    return () => window.clearInterval(timer);
  }, [everyMs]);
  return now;
}

/** The zone the agent reads times in: their profile's, else the browser's. */
export function useAgentZone(): string {
  const user = useCurrentUser();
  return isValidTimeZone(user.timeZone) ? user.timeZone : browserTimeZone();
}
