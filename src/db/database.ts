import type { Kysely, Transaction } from 'kysely';
import type { ApiTokensTable } from './schema/api-tokens.table.js';
import type {
  AuthorisationBalancesTable,
  AuthorisationsTable,
  IdempotencyKeysTable,
  LedgerEntriesTable,
  ReferenceShipmentsTable,
} from './schema/authorisations.table.js';
import type { AuditEventsTable, AuditHeadTable } from './schema/audit-events.table.js';
import type { ClassificationDecisionsTable } from './schema/classification-decisions.table.js';
import type { OrdersTable } from './schema/orders.table.js';
import type { PartiesTable } from './schema/parties.table.js';
import type { ProductsTable } from './schema/products.table.js';
import type { RateLimitWindowsTable } from './schema/rate-limit-windows.table.js';
import type { RoundsTable } from './schema/rounds.table.js';
import type {
  ScreeningDecisionsTable,
  ScreeningListEntriesTable,
  ScreeningListVersionsTable,
  ScreeningMatchesTable,
  ScreeningsTable,
} from './schema/screening.table.js';
import type { SessionsTable } from './schema/sessions.table.js';
import type { SupplyPlansTable } from './schema/supply-plans.table.js';
import type { UsersTable } from './schema/users.table.js';

/** Tables as the application sees them (camelCase; the database uses snake_case). */
export interface Database {
  users: UsersTable;
  sessions: SessionsTable;
  apiTokens: ApiTokensTable;
  parties: PartiesTable;
  products: ProductsTable;
  classificationDecisions: ClassificationDecisionsTable;
  auditEvents: AuditEventsTable;
  auditHead: AuditHeadTable;
  authorisations: AuthorisationsTable;
  authorisationBalances: AuthorisationBalancesTable;
  ledgerEntries: LedgerEntriesTable;
  referenceShipments: ReferenceShipmentsTable;
  idempotencyKeys: IdempotencyKeysTable;
  orders: OrdersTable;
  supplyPlans: SupplyPlansTable;
  rounds: RoundsTable;
  screeningListVersions: ScreeningListVersionsTable;
  screeningListEntries: ScreeningListEntriesTable;
  screenings: ScreeningsTable;
  screeningMatches: ScreeningMatchesTable;
  screeningDecisions: ScreeningDecisionsTable;
  rateLimitWindows: RateLimitWindowsTable;
}

export type Db = Kysely<Database>;
/** A function that takes `Tx` must run inside a transaction; the type makes the caller open one. */
export type Tx = Transaction<Database>;
/** Reads may run on either. */
export type Executor = Db | Tx;
