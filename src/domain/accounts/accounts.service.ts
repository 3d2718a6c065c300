import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { Db } from '../../db/database.js';
import { findParty } from '../../db/repositories/party.repository.js';
import {
  deleteExpiredSessions,
  deleteSession,
  findLiveSession,
  findLiveTokenUser,
  insertApiToken,
  insertSession,
  listApiTokens,
  revokeApiToken,
} from '../../db/repositories/session.repository.js';
import {
  findUserById,
  findUserByUsername,
  insertUser,
  listUsers,
  type UserRow,
} from '../../db/repositories/user.repository.js';
import { inTransaction } from '../../db/transaction.js';
import type { AuditService } from '../audit/audit.service.js';
import { isoInstant, type Clock } from '../clock.js';
import { DomainError, notFound } from '../errors.js';
import { parseInput } from '../validation.js';
import type { Principal } from './principal.js';
import { isRole, roles } from './roles.js';
import { decoyPasswordHash, digestSecret, hashPassword, newSecret, verifyPassword } from './secrets.js';

export const usernameSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9][a-z0-9._-]{1,62}$/, 'use 2–63 letters, digits, dots, hyphens or underscores');
/** Length beats composition rules (NIST SP 800-63B): at least 12 characters, at most 256. */
export const passwordSchema = z.string().min(12, 'must be at least 12 characters').max(256);

export const newUserSchema = z.strictObject({
  username: usernameSchema,
  displayName: z.string().trim().min(1).max(200),
  password: passwordSchema,
  role: z.enum(roles),
  partyId: z.string().min(1).max(100).nullable().optional(),
});
export type NewUser = z.infer<typeof newUserSchema>;

export interface PublicUser {
  id: string;
  username: string;
  displayName: string;
  role: Principal['role'];
  partyId: string | null;
  disabled: boolean;
  createdAt: string;
}

export function toPublicUser(row: UserRow): PublicUser {
  if (!isRole(row.role)) throw new Error(`user ${row.id} has unknown role ${row.role}`);
  return {
    id: row.id,
    username: row.username,
    displayName: row.displayName,
    role: row.role,
    partyId: row.partyId,
    disabled: row.disabled === 1,
    createdAt: row.createdAt,
  };
}

function toPrincipal(row: UserRow): Principal {
  const user = toPublicUser(row);
  return { userId: user.id, username: user.username, role: user.role, partyId: user.partyId };
}

export type AccountsService = ReturnType<typeof createAccountsService>;

export function createAccountsService(deps: {
  db: Db;
  clock: Clock;
  audit: AuditService;
  sessionTtlHours: number;
}) {
  const { db, clock, audit } = deps;

  return {
    /** Creates a user; a buyer must name the party it is bound to, and only buyers may. */
    async createUser(raw: z.input<typeof newUserSchema>, actor: Principal | undefined): Promise<PublicUser> {
      const input: NewUser = parseInput(newUserSchema, raw);
      const partyId = input.partyId ?? null;
      if ((input.role === 'buyer') !== (partyId !== null)) {
        throw new DomainError(
          'VALIDATION_FAILED',
          input.role === 'buyer'
            ? 'A buyer user must be bound to a party.'
            : 'Only buyer users are bound to a party.',
          [
            {
              path: 'partyId',
              message: input.role === 'buyer' ? 'required for buyers' : 'allowed for buyers only',
            },
          ],
        );
      }
      const passwordHash = await hashPassword(input.password);
      return inTransaction(db, async (tx) => {
        if (partyId !== null && !(await findParty(tx, partyId))) throw notFound('Party', partyId);
        if (await findUserByUsername(tx, input.username)) {
          throw new DomainError('CONFLICT', `A user named ${input.username} already exists.`, [
            { path: 'username', message: 'already taken' },
          ]);
        }
        const row: UserRow = {
          id: randomUUID(),
          username: input.username,
          displayName: input.displayName,
          passwordHash,
          role: input.role,
          partyId,
          disabled: 0,
          createdAt: isoInstant(clock),
        };
        await insertUser(tx, row);
        const user = toPublicUser(row);
        await audit.record(tx, actor, {
          action: 'user.created',
          entityType: 'user',
          entityId: row.id,
          summary: `Created ${user.role} user ${user.username}`,
          changes: { after: user },
        });
        return user;
      });
    },

    listUsers: async (): Promise<PublicUser[]> => (await listUsers(db)).map(toPublicUser),

    async getUser(id: string): Promise<PublicUser> {
      const row = await findUserById(db, id);
      if (!row) throw notFound('User', id);
      return toPublicUser(row);
    },

    /**
     * Checks a password and opens a session. The same error and similar timing for an unknown user and a
     * wrong password, so sign-in does not reveal which usernames exist.
     */
    async signIn(
      username: string,
      password: string,
    ): Promise<{ sessionToken: string; csrfToken: string; user: PublicUser; expiresAt: string }> {
      const row = await findUserByUsername(db, username.trim().toLowerCase());
      const ok = await verifyPassword(row?.passwordHash ?? (await decoyPasswordHash()), password);
      if (!row || !ok || row.disabled === 1) {
        throw new DomainError('INVALID_CREDENTIALS', 'The username or password is not correct.');
      }
      const sessionToken = newSecret();
      const csrfToken = newSecret();
      const now = clock();
      const expiresAt = new Date(now.getTime() + deps.sessionTtlHours * 3_600_000).toISOString();
      const user = toPublicUser(row);
      await inTransaction(db, async (tx) => {
        await deleteExpiredSessions(tx, row.id, now.toISOString());
        await insertSession(tx, {
          id: digestSecret(sessionToken),
          userId: row.id,
          csrfToken,
          createdAt: now.toISOString(),
          expiresAt,
        });
        await audit.record(tx, toPrincipal(row), {
          action: 'session.opened',
          entityType: 'user',
          entityId: row.id,
          summary: `${row.username} signed in`,
          changes: { expiresAt },
        });
      });
      return { sessionToken, csrfToken, user, expiresAt };
    },

    async signOut(sessionToken: string, principal: Principal): Promise<void> {
      await inTransaction(db, async (tx) => {
        await deleteSession(tx, digestSecret(sessionToken));
        await audit.record(tx, principal, {
          action: 'session.closed',
          entityType: 'user',
          entityId: principal.userId,
          summary: `${principal.username} signed out`,
          changes: null,
        });
      });
    },

    async authenticateSession(
      sessionToken: string,
    ): Promise<{ principal: Principal; user: PublicUser; csrfToken: string } | undefined> {
      const found = await findLiveSession(db, digestSecret(sessionToken), isoInstant(clock));
      if (!found) return undefined;
      return {
        principal: toPrincipal(found.user),
        user: toPublicUser(found.user),
        csrfToken: found.session.csrfToken,
      };
    },

    async authenticateToken(token: string): Promise<Principal | undefined> {
      const row = await findLiveTokenUser(db, digestSecret(token), isoInstant(clock));
      return row ? toPrincipal(row) : undefined;
    },

    /** Issues an API token for the acting user; the token is returned once and stored only as a digest. */
    async createToken(
      principal: Principal,
      input: { name: string; expiresInDays?: number | undefined },
    ): Promise<{ id: string; name: string; token: string; expiresAt: string | null }> {
      const token = newSecret('trn_');
      const now = clock();
      const expiresAt =
        input.expiresInDays === undefined
          ? null
          : new Date(now.getTime() + input.expiresInDays * 86_400_000).toISOString();
      const id = randomUUID();
      await inTransaction(db, async (tx) => {
        await insertApiToken(tx, {
          id,
          userId: principal.userId,
          name: input.name,
          tokenHash: digestSecret(token),
          createdAt: now.toISOString(),
          expiresAt,
          revokedAt: null,
        });
        await audit.record(tx, principal, {
          action: 'api-token.created',
          entityType: 'api-token',
          entityId: id,
          summary: `${principal.username} created API token "${input.name}"`,
          changes: { name: input.name, expiresAt },
        });
      });
      return { id, name: input.name, token, expiresAt };
    },

    listTokens: (principal: Principal) => listApiTokens(db, principal.userId),

    async revokeToken(principal: Principal, id: string): Promise<void> {
      await inTransaction(db, async (tx) => {
        if (!(await revokeApiToken(tx, id, principal.userId, isoInstant(clock))))
          throw notFound('API token', id);
        await audit.record(tx, principal, {
          action: 'api-token.revoked',
          entityType: 'api-token',
          entityId: id,
          summary: `${principal.username} revoked an API token`,
          changes: null,
        });
      });
    },
  };
}
