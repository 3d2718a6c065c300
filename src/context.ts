import type { Config } from './config/config.js';
import { openDatabase, type DatabaseTarget, type Engine, type OpenOptions } from './db/connection.js';
import type { Db } from './db/database.js';
import { migrateToLatest } from './db/migrate.js';
import { createAccountsService } from './domain/accounts/accounts.service.js';
import { createAuditService } from './domain/audit/audit.service.js';
import { createAuthorisationImportsService } from './domain/authorisations/authorisation-import.js';
import { createAuthorisationsService } from './domain/authorisations/authorisations.service.js';
import { createCoverageService } from './domain/coverage/coverage.service.js';
import { systemClock, utcDay, type Clock } from './domain/clock.js';
import { createDeterminationsService } from './domain/determination/determinations.service.js';
import { createOrdersService } from './domain/orders/orders.service.js';
import { createPartiesService } from './domain/parties/parties.service.js';
import { createProductsService } from './domain/products/products.service.js';
import { createRoundsService } from './domain/rounds/rounds.service.js';
import { thresholdsWith } from './domain/screening/matching/index.js';
import { createScreeningService } from './domain/screening/screening.service.js';
import { createSupplyService } from './domain/supply/supply.service.js';
import { defaultRulesDir, loadRuleBook, ruleSetInForce, type RuleBook } from './domain/rules/rule-book.js';

/** The composition root: everything http/ and cli/ use, built once for one database handle. */
export interface AppContext {
  config: Config;
  db: Db;
  engine: Engine;
  clock: Clock;
  rules: RuleBook;
  audit: ReturnType<typeof createAuditService>;
  accounts: ReturnType<typeof createAccountsService>;
  parties: ReturnType<typeof createPartiesService>;
  products: ReturnType<typeof createProductsService>;
  determinations: ReturnType<typeof createDeterminationsService>;
  authorisations: ReturnType<typeof createAuthorisationsService>;
  authorisationImports: ReturnType<typeof createAuthorisationImportsService>;
  coverage: ReturnType<typeof createCoverageService>;
  orders: ReturnType<typeof createOrdersService>;
  supply: ReturnType<typeof createSupplyService>;
  rounds: ReturnType<typeof createRoundsService>;
  screening: ReturnType<typeof createScreeningService>;
  close(): Promise<void>;
}

export interface ContextOptions {
  clock?: Clock;
  /** Overrides the database the config names (tests use fresh ones). */
  database?: DatabaseTarget;
  /** Apply pending migrations on open (default true: the service migrates at start). */
  migrate?: boolean;
  /** Default: a warning on stderr unless the log level is below warnings. */
  onIdleConnectionLost?: OpenOptions['onIdleConnectionLost'];
}

const quietLevels: ReadonlySet<Config['logLevel']> = new Set(['silent', 'fatal', 'error']);

function warnConnectionLost(config: Config): (error: Error) => void {
  return (error) => {
    if (quietLevels.has(config.logLevel)) return;
    process.stderr.write(
      `warning: an idle database connection was closed by the server (${error.message}); the next query opens a new one\n`,
    );
  };
}

export async function createContext(config: Config, options: ContextOptions = {}): Promise<AppContext> {
  const clock = options.clock ?? systemClock;
  const rules = loadRuleBook(config.rulesDir ?? defaultRulesDir());
  // Checked before the database is opened: a bad pair of thresholds stops the start with nothing to close.
  const thresholds = thresholdsWith(config.screening);
  const { db, engine } = openDatabase(options.database ?? config.database, {
    onIdleConnectionLost: options.onIdleConnectionLost ?? warnConnectionLost(config),
  });
  try {
    if (options.migrate ?? true) await migrateToLatest(db, engine);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  const audit = createAuditService({
    db,
    clock,
    ruleSetVersionNow: () => ruleSetInForce(rules, utcDay(clock())).version,
  });
  const accounts = createAccountsService({ db, clock, audit, sessionTtlHours: config.sessionTtlHours });
  // Built before parties: parties are screened inside the transactions that create or change them.
  const screening = createScreeningService({
    db,
    clock,
    audit,
    thresholds,
  });
  const parties = createPartiesService({ db, clock, audit, screening: screening.partyHook });
  const products = createProductsService({ db, clock, audit, rules, parties });
  const determinations = createDeterminationsService({ clock, rules, products, parties });
  const authorisations = createAuthorisationsService({ db, clock, audit });
  const authorisationImports = createAuthorisationImportsService({ db, audit, authorisations });
  const coverage = createCoverageService({ clock, rules, products, parties, determinations, authorisations });
  const orders = createOrdersService({ db, clock, audit });
  const supply = createSupplyService({ db, clock, audit });
  const rounds = createRoundsService({ db, clock, audit, orders, supply, coverage, authorisations, parties });
  return {
    config,
    db,
    engine,
    clock,
    rules,
    audit,
    accounts,
    parties,
    products,
    determinations,
    authorisations,
    authorisationImports,
    coverage,
    orders,
    supply,
    rounds,
    screening,
    close: () => db.destroy(),
  };
}
