/** Child process for the HTTP benchmark: a bare Fastify route answering a fixed JSON body, the baseline. */
import Fastify from 'fastify';

const body = JSON.parse(process.argv[2] ?? '[]') as unknown;
const app = Fastify({ logger: false });
app.get('/bare', () => body);
await app.listen({ host: '127.0.0.1', port: 0 });
const address = app.server.address();
if (!address || typeof address === 'string') throw new Error('no port');
process.stdout.write(`${JSON.stringify({ port: address.port })}\n`);
process.on('SIGTERM', () => void app.close().then(() => process.exit(0)));
