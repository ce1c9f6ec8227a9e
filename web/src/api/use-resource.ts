import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from './api-client.js';

export interface Resource<T> {
  data: T | undefined;
  error: ApiError | null;
  loading: boolean;
  reload(): void;
  /** Replaces the loaded value after a write answered with the new state (no second round trip). */
  setData(update: (current: T | undefined) => T | undefined): void;
}

/**
 * Loads `key` with `loader` and reloads when the key changes; a null key loads nothing. Stale answers for an older
 * key are dropped, so quickly switching inbox views never shows the previous view's rows.
 *
 * @example
 * const markets = useResource('markets', (signal) => api.get<List<Market>>('/api/v1/markets', {}, signal));
 */
export function useResource<T>(key: string | null, loader: (signal: AbortSignal) => Promise<T>): Resource<T> {
  const [state, setState] = useState<{ key: string | null; data: T | undefined; error: ApiError | null; loading: boolean }>(
    { key, data: undefined, error: null, loading: key !== null },
  );
  const [generation, setGeneration] = useState(0);
  const loaderRef = useRef(loader);
  loaderRef.current = loader;

  useEffect(() => {
    if (key === null) {
      setState({ key, data: undefined, error: null, loading: false });
      return;
    }
    const controller = new AbortController();
    setState((s) => ({ key, data: s.key === key ? s.data : undefined, error: null, loading: true }));
    loaderRef.current(controller.signal).then(
      (data) => { if (!controller.signal.aborted) setState({ key, data, error: null, loading: false }); },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        const apiError = error instanceof ApiError ? error : new ApiError(0, 'CLIENT', error instanceof Error ? error.message : String(error));
        setState((s) => ({ key, data: s.key === key ? s.data : undefined, error: apiError, loading: false }));
      },
    );
    return () => controller.abort();
  }, [key, generation]);

  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  const setData = useCallback((update: (current: T | undefined) => T | undefined) => {
    setState((s) => ({ ...s, data: update(s.data) }));
  }, []);
  const current = state.key === key ? state : { data: undefined, error: null, loading: key !== null };
  return { data: current.data, error: current.error, loading: current.loading, reload, setData };
}
