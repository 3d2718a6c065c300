import { DomainError } from '../errors.js';
import type { Role } from './roles.js';

/** Who is acting: a signed-in user, a token's owner, or the system itself (migrations, seeding). */
export interface Principal {
  userId: string;
  username: string;
  role: Role;
  /** The buyer's party; null for every other role. */
  partyId: string | null;
}

export const systemActor = 'system';

/** The audit trail's name for an actor. */
export function actorOf(principal: Principal | undefined): string {
  return principal ? `user:${principal.username}` : systemActor;
}

/** Buyers see only their own party's data; every other role that holds the read permission sees all. */
export function assertMaySeeParty(principal: Principal, partyId: string): void {
  if (principal.role === 'buyer' && principal.partyId !== partyId) {
    throw new DomainError('FORBIDDEN', 'A buyer account may see only its own party.');
  }
}
