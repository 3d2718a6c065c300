/**
 * Child process for the reservation HTTP benchmark's baseline: a bare Fastify route that runs the bare
 * conditional UPDATE of a balance row in its own transaction, on the engine its environment names
 * (DATABASE_URL or DATA_DIR), with no authentication, validation, ledger entry or audit event.
 */
import Fastify from 'fastify';
import { sql } from 'kysely';
import { loadConfig } from '../../src/config/config.js';
import { openDatabase } from '../../src/db/connection.js';
import { inTransaction } from '../../src/db/transaction.js';

const { db } = openDatabase(loadConfig().database);
await sql`create table if not exists bench_http_balance (id text primary key, authorised_quantity bigint not null,
  reserved_quantity bigint not null, used_quantity bigint not null, entry_count bigint not null)`.execute(db);
await sql`insert into bench_http_balance values ('b', 1000000000, 0, 0, 0)`.execute(db);

const app = Fastify({ logger: false });
app.post('/bare-reservations', async (_request, reply) => {
  const result = await inTransaction(db, (tx) =>
    sql`update bench_http_balance set reserved_quantity = reserved_quantity + 1, entry_count = entry_count + 1
        where id = 'b' and authorised_quantity - reserved_quantity - used_quantity >= 1`.execute(tx),
  );
  return reply.status(Number(result.numAffectedRows) === 1 ? 201 : 409).send({ ok: true });
});
await app.listen({ host: '127.0.0.1', port: 0 });
const address = app.server.address();
if (!address || typeof address === 'string') throw new Error('no port');
process.stdout.write(`${JSON.stringify({ port: address.port })}\n`);
process.on(
  'SIGTERM',
  () =>
    void app
      .close()
      .then(() => db.destroy())
      .then(() => process.exit(0)),
);
