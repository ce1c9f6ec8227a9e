import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { api, useResource, type Agent, type List, type Market } from '../api/index.js';

export interface Directory {
  markets: ReadonlyMap<string, Market>;
  agents: ReadonlyMap<string, Agent>;
  /** Every language any market uses, for the inbox's language view and the language correction. */
  marketLanguages: readonly string[];
  reload(): void;
}

const DirectoryContext = createContext<Directory | null>(null);

/**
 * Markets and agents, loaded once after sign-in: every inbox row needs a market's country for its flag and an
 * agent's name for its assignee, and one request each beats one per row.
 */
export function DirectoryProvider({ children }: { children: ReactNode }) {
  const markets = useResource('markets', (signal) => api.get<List<Market>>('/api/v1/markets', {}, signal));
  const agents = useResource('agents', (signal) => api.get<List<Agent>>('/api/v1/agents', {}, signal));
  const value = useMemo<Directory>(() => {
    const marketList = markets.data?.items ?? [];
    return {
      markets: new Map(marketList.map((m) => [m.code, m])),
      agents: new Map((agents.data?.items ?? []).map((a) => [a.id, a])),
      marketLanguages: [...new Set(marketList.flatMap((m) => m.languages))].sort(),
      reload: () => {
        markets.reload();
        agents.reload();
      },
    };
  }, [markets.data, agents.data, markets.reload, agents.reload]);
  return <DirectoryContext.Provider value={value}>{children}</DirectoryContext.Provider>;
}

/** Markets and agents by id; only inside `DirectoryProvider`. */
export function useDirectory(): Directory {
  const directory = useContext(DirectoryContext);
  if (!directory) throw new Error('useDirectory() outside <DirectoryProvider>');
  return directory;
}
