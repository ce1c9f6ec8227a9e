/** True when `error` is a unique-constraint violation, on either dialect; `constraint` narrows it by name. */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const e = error as { code?: string; constraint?: string; message?: string };
  if (e.code === '23505') return constraint === undefined || e.constraint === constraint;
  if (e.code === 'SQLITE_CONSTRAINT_UNIQUE' || e.code === 'SQLITE_CONSTRAINT_PRIMARYKEY') {
    return constraint === undefined || (e.message ?? '').includes(constraint);
  }
  return false;
}
