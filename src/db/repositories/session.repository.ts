import type { Executor, Tx } from '../database.js';
import type { ApiTokensTable } from '../schema/api-tokens.table.js';
import type { SessionsTable } from '../schema/sessions.table.js';
import type { UserRow } from './user.repository.js';

export async function insertSession(tx: Tx, session: SessionsTable): Promise<void> {
  await tx.insertInto('sessions').values(session).execute();
}

export async function deleteSession(tx: Tx, id: string): Promise<void> {
  await tx.deleteFrom('sessions').where('id', '=', id).execute();
}

/** Housekeeping: a user's expired sessions are removed when they next sign in. */
export async function deleteExpiredSessions(tx: Tx, userId: string, now: string): Promise<void> {
  await tx.deleteFrom('sessions').where('userId', '=', userId).where('expiresAt', '<=', now).execute();
}

/** The live session with its user, or undefined when unknown, expired or the user is disabled. */
export async function findLiveSession(
  db: Executor,
  id: string,
  now: string,
): Promise<{ session: SessionsTable; user: UserRow } | undefined> {
  const row = await db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.userId')
    .select([
      'sessions.id as sessionId',
      'sessions.csrfToken',
      'sessions.createdAt as sessionCreatedAt',
      'sessions.expiresAt',
      'users.id',
      'users.username',
      'users.displayName',
      'users.passwordHash',
      'users.role',
      'users.partyId',
      'users.disabled',
      'users.createdAt',
    ])
    .where('sessions.id', '=', id)
    .where('sessions.expiresAt', '>', now)
    .where('users.disabled', '=', 0)
    .executeTakeFirst();
  if (!row) return undefined;
  const { sessionId, csrfToken, sessionCreatedAt, expiresAt, ...user } = row;
  return {
    session: { id: sessionId, userId: user.id, csrfToken, createdAt: sessionCreatedAt, expiresAt },
    user,
  };
}

export async function insertApiToken(tx: Tx, token: ApiTokensTable): Promise<void> {
  await tx.insertInto('apiTokens').values(token).execute();
}

export async function findLiveTokenUser(
  db: Executor,
  tokenHash: string,
  now: string,
): Promise<UserRow | undefined> {
  return db
    .selectFrom('apiTokens')
    .innerJoin('users', 'users.id', 'apiTokens.userId')
    .selectAll('users')
    .where('apiTokens.tokenHash', '=', tokenHash)
    .where('apiTokens.revokedAt', 'is', null)
    .where((eb) => eb.or([eb('apiTokens.expiresAt', 'is', null), eb('apiTokens.expiresAt', '>', now)]))
    .where('users.disabled', '=', 0)
    .executeTakeFirst();
}

export function listApiTokens(db: Executor, userId: string): Promise<Omit<ApiTokensTable, 'tokenHash'>[]> {
  return db
    .selectFrom('apiTokens')
    .select(['id', 'userId', 'name', 'createdAt', 'expiresAt', 'revokedAt'])
    .where('userId', '=', userId)
    .orderBy('createdAt', 'desc')
    .execute();
}

export async function revokeApiToken(tx: Tx, id: string, userId: string, now: string): Promise<boolean> {
  const result = await tx
    .updateTable('apiTokens')
    .set({ revokedAt: now })
    .where('id', '=', id)
    .where('userId', '=', userId)
    .where('revokedAt', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
