import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import {
  CamelCasePlugin,
  CompiledQuery,
  Kysely,
  PostgresDialect,
  SqliteDialect,
  SqliteDriver,
  type DatabaseConnection,
  type Driver,
  type SqliteDatabase,
  type SqliteDialectConfig,
  type SqliteStatement,
} from 'kysely';
import pg from 'pg';
import type { Config } from '../config/config.js';
import type { Database, Db } from './database.js';

export type Engine = Config['database']['engine'];
export type DatabaseTarget = Config['database'] | { engine: 'sqlite'; file: ':memory:' };

// int8 (count(*), bigint columns) as a JS number: every quantity Tranche stores fits in 2^53.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number.parseInt(value, 10));

/**
 * Transactions on SQLite begin IMMEDIATE: they take the write lock at the start and wait for it through
 * busy_timeout. A deferred transaction that reads first and writes later fails at once with SQLITE_BUSY when
 * another process (another app instance, the CLI) wrote in between, instead of waiting its turn.
 */
class ImmediateTransactionSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }
}

class ImmediateTransactionSqliteDialect extends SqliteDialect {
  constructor(private readonly sqliteConfig: SqliteDialectConfig) {
    super(sqliteConfig);
  }

  override createDriver(): Driver {
    return new ImmediateTransactionSqliteDriver(this.sqliteConfig);
  }
}

/**
 * Kysely prepares every SQLite statement afresh; preparing cost as much as running the query on the hot
 * read paths. The same SQL text reuses its prepared statement (least recently used out beyond `size`).
 * Safe because the driver runs one statement at a time on its single connection.
 */
function withStatementCache(sqlite: SQLite.Database, size = 256): SqliteDatabase {
  const cache = new Map<string, SqliteStatement>();
  return {
    close: () => sqlite.close(),
    prepare(sql: string): SqliteStatement {
      let statement = cache.get(sql);
      if (statement) {
        cache.delete(sql);
      } else {
        statement = sqlite.prepare(sql);
        if (cache.size >= size) cache.delete(cache.keys().next().value ?? '');
      }
      cache.set(sql, statement);
      return statement;
    },
  };
}

export interface OpenOptions {
  /**
   * Told when PostgreSQL drops a pooled connection that was idle (the server restarted, an administrator
   * ended the session, the network cut it). The pool has already discarded it and opens a new one on next
   * use, so this is news, not a failure; without a listener, Node would end the whole process over it.
   */
  onIdleConnectionLost?: (error: Error) => void;
}

/** The single place that knows how to open each engine. */
export function openDatabase(target: DatabaseTarget, options: OpenOptions = {}): { db: Db; engine: Engine } {
  if (target.engine === 'sqlite') {
    if (target.file !== ':memory:') fs.mkdirSync(path.dirname(target.file), { recursive: true });
    const sqlite = new SQLite(target.file);
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('busy_timeout = 5000');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('synchronous = NORMAL');
    const db = new Kysely<Database>({
      dialect: new ImmediateTransactionSqliteDialect({ database: withStatementCache(sqlite) }),
      plugins: [new CamelCasePlugin()],
    });
    return { db, engine: 'sqlite' };
  }
  const pool = new pg.Pool({ connectionString: target.url, max: 10 });
  pool.on('error', (error) => options.onIdleConnectionLost?.(error));
  const db = new Kysely<Database>({
    dialect: new PostgresDialect({ pool }),
    plugins: [new CamelCasePlugin()],
  });
  return { db, engine: 'postgres' };
}
