import type { ReactNode } from 'react';
import type { Resource } from '../api/index.js';
import { ErrorNotice } from './error-notice.js';

export interface ResourceStateProps<T extends { readonly items: readonly unknown[] }> {
  resource: Resource<T>;
  /** Shown instead of `children` when the list has no items; without it `children` shows an empty list too. */
  empty?: ReactNode;
  /** The loaded list. */
  children(data: T): ReactNode;
}

/**
 * A loaded list's failure (with a retry), its empty message, or the list itself; nothing while it first loads.
 *
 * @example
 * <ResourceState resource={teams} empty={t('teams.empty')}>
 *   {({ items }) => <DataTable labelledBy="teams-heading" columns={[t('admin.name')]}>{items.map(row)}</DataTable>}
 * </ResourceState>
 */
export function ResourceState<T extends { readonly items: readonly unknown[] }>({ resource, empty, children }: ResourceStateProps<T>) {
  const { data, error, reload } = resource;
  const isEmpty = data !== undefined && empty !== undefined && data.items.length === 0;
  return (
    <>
      {error ? <ErrorNotice error={error} onRetry={reload} /> : null}
      {isEmpty ? <p className="empty">{empty}</p> : null}
      {data !== undefined && !isEmpty ? children(data) : null}
    </>
  );
}
