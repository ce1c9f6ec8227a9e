import { useState } from 'react';
import { ApiError } from '../api/index.js';

export type FormState = { state: 'idle' } | { state: 'saving' } | { state: 'saved' } | { state: 'failed'; error: ApiError };

/**
 * Runs a form's write and tracks saving / saved / failed for the form to show and announce.
 *
 * @example
 * const [form, run] = useFormState();
 * await run(() => api.put(`/api/v1/teams/${id}`, body));
 */
export function useFormState(): [FormState, (write: () => Promise<unknown>) => Promise<boolean>] {
  const [state, setState] = useState<FormState>({ state: 'idle' });
  const run = async (write: () => Promise<unknown>) => {
    setState({ state: 'saving' });
    try {
      await write();
      setState({ state: 'saved' });
      return true;
    } catch (error) {
      setState({ state: 'failed', error: error instanceof ApiError ? error : new ApiError(0, 'CLIENT', String(error)) });
      return false;
    }
  };
  return [state, run];
}
