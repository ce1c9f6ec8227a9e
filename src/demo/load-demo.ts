import type { AppContext } from '../server/app-context.js';

/** Loads the demo brand on an empty database; returns the sign-in to print, or null when not loaded. */
export async function loadDemoIfEmpty(_ctx: Omit<AppContext, 'forgetTokens'>): Promise<{ email: string; password: string } | null> {
  return null;
}
