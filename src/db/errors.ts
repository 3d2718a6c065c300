/**
 * Whether a database error is a unique-key violation: the one place that knows each engine's code for it
 * (PostgreSQL SQLSTATE 23505, SQLite's extended result codes).
 */
export function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}
