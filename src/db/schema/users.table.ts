import type { Generated } from 'kysely';

export interface UsersTable {
  id: string;
  username: string;
  displayName: string;
  /** argon2id PHC string. */
  passwordHash: string;
  role: string;
  /** Set for buyer users only: the party whose data they may see. */
  partyId: string | null;
  /** 0/1. */
  disabled: Generated<number>;
  createdAt: string;
}
