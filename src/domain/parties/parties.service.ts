import type { Db } from '../../db/database.js';
import { findParty, insertParty, listParties } from '../../db/repositories/party.repository.js';
import type { PartiesTable } from '../../db/schema/parties.table.js';
import { inTransaction } from '../../db/transaction.js';
import { assertMaySeeParty, type Principal } from '../accounts/principal.js';
import type { AuditService } from '../audit/audit.service.js';
import { isoInstant, type Clock } from '../clock.js';
import { DomainError, notFound } from '../errors.js';
import type { z } from 'zod';
import { parseInput } from '../validation.js';
import { newPartySchema, partyRoles, type NewParty, type Party } from './party.js';

function toParty(row: PartiesTable): Party {
  const roles = (JSON.parse(row.roles) as string[]).filter((r): r is Party['roles'][number] =>
    (partyRoles as readonly string[]).includes(r),
  );
  return {
    id: row.id,
    legalName: row.legalName,
    otherNames: JSON.parse(row.otherNames) as string[],
    roles,
    country: row.country,
    hqCountry: row.hqCountry,
    createdAt: row.createdAt,
  };
}

export type PartiesService = ReturnType<typeof createPartiesService>;

export function createPartiesService(deps: { db: Db; clock: Clock; audit: AuditService }) {
  const { db, clock, audit } = deps;
  return {
    /** All parties for internal roles; a buyer gets only its own. */
    async list(principal: Principal): Promise<Party[]> {
      const rows = await listParties(db, principal.role === 'buyer' ? (principal.partyId ?? '') : undefined);
      return rows.map(toParty);
    },

    async get(principal: Principal, id: string): Promise<Party> {
      assertMaySeeParty(principal, id);
      const row = await findParty(db, id);
      if (!row) throw notFound('Party', id);
      return toParty(row);
    },

    /** Looks a party up for other services (no access check: callers have done theirs). */
    async find(id: string): Promise<Party | undefined> {
      const row = await findParty(db, id);
      return row ? toParty(row) : undefined;
    },

    async create(raw: z.input<typeof newPartySchema>, actor: Principal | undefined): Promise<Party> {
      const input: NewParty = parseInput(newPartySchema, raw);
      return inTransaction(db, async (tx) => {
        if (await findParty(tx, input.id)) {
          throw new DomainError('CONFLICT', `A party with id ${input.id} already exists.`, [
            { path: 'id', message: 'already taken' },
          ]);
        }
        const row: PartiesTable = {
          id: input.id,
          legalName: input.legalName,
          otherNames: JSON.stringify(input.otherNames),
          roles: JSON.stringify(input.roles),
          country: input.country,
          hqCountry: input.hqCountry,
          createdAt: isoInstant(clock),
        };
        await insertParty(tx, row);
        const party = toParty(row);
        await audit.record(tx, actor, {
          action: 'party.created',
          entityType: 'party',
          entityId: party.id,
          summary: `Created party ${party.legalName} (${party.country})`,
          changes: { after: party },
        });
        return party;
      });
    },
  };
}
