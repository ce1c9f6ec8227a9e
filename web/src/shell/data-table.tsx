import type { ReactNode } from 'react';

/** What names the scrolling region around a table: a visible heading's id, or a label of its own. */
export type TableName = { labelledBy: string; label?: never } | { label: string; labelledBy?: never };

export type DataTableProps = TableName & {
  /** The column headings, in order; a null heading leaves its column out (a column only some users see). */
  columns: readonly ReactNode[];
  /** `data-testid` of the table, for the end-to-end tests. */
  testId?: string;
  /** The body rows (`<tr>`). */
  children: ReactNode;
};

/**
 * A list as a table: a focusable, named region that scrolls sideways on narrow screens (so keyboard users can
 * scroll it too), with one row of column headings.
 *
 * @example
 * <DataTable labelledBy="teams-heading" columns={[t('admin.name'), t('teams.kind')]}>
 *   {teams.map((team) => <tr key={team.id}><th scope="row">{team.name}</th><td>{team.kind}</td></tr>)}
 * </DataTable>
 */
export function DataTable({ label, labelledBy, columns, testId, children }: DataTableProps) {
  return (
    <div className="table-wrap" tabIndex={0} role="region" aria-label={label} aria-labelledby={labelledBy}>
      <table className="table" data-testid={testId}>
        <thead>
          <tr>
            {columns.filter((heading) => heading !== null).map((heading, i) => <th key={i} scope="col">{heading}</th>)}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
