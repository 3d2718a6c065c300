/**
 * HTTP throughput of an authenticated read (GET /api/parties with a Bearer token: token lookup, role check,
 * query, zod serialisation) against a bare Fastify route returning the same body, in the same run, each
 * server in its own process, 32 connections.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import readline from 'node:readline';
import autocannon from 'autocannon';

export interface Measured {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  non2xx: number;
}

export interface HttpBenchResult {
  connections: number;
  durationSeconds: number;
  rounds: number;
  tranche: Measured;
  bare: Measured;
  ratio: number;
}

export function median(rounds: Measured[]): Measured {
  const sorted = [...rounds].sort((a, b) => a.requestsPerSecond - b.requestsPerSecond);
  const middle = sorted[Math.floor(sorted.length / 2)];
  if (!middle) throw new Error('no rounds measured');
  return middle;
}

/** Starts a TypeScript script in its own process; resolves with the first JSON line it prints (when ready, or done). */
export async function startChild(
  script: string,
  args: string[] = [],
  env: Record<string, string> = {},
  nodeOptions: string[] = [],
): Promise<{ child: ChildProcess; info: Record<string, unknown> }> {
  const child = spawn(
    process.execPath,
    [...nodeOptions, '--import', 'tsx', new URL(script, import.meta.url).pathname, ...args],
    {
      stdio: ['ignore', 'pipe', 'inherit'] as const,
      env: { ...process.env, LOG_LEVEL: 'silent', ...env },
    },
  );
  const lines = readline.createInterface({ input: child.stdout });
  for await (const line of lines) return { child, info: JSON.parse(line) as Record<string, unknown> };
  throw new Error(`${script} exited before listening`);
}

/** One autocannon run; `request` sets a method and body for write benchmarks. */
export async function load(
  url: string,
  headers: Record<string, string>,
  connections: number,
  duration: number,
  request: { method?: 'GET' | 'POST'; body?: string } = {},
): Promise<Measured> {
  const result = await autocannon({ url, connections, duration, headers, ...request });
  return {
    requestsPerSecond: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    non2xx: result.non2xx,
  };
}

export async function runHttpBench(
  durationSeconds = 5,
  connections = 32,
  rounds = 3,
): Promise<HttpBenchResult> {
  const tranche = await startChild('./support/serve-tranche.ts');
  const url = `http://127.0.0.1:${String(tranche.info.port)}/api/parties`;
  const headers = { authorization: `Bearer ${String(tranche.info.token)}` };
  const sample = await fetch(url, { headers });
  if (sample.status !== 200) throw new Error(`authenticated read answered ${sample.status}`);
  const body = await sample.text();
  const bare = await startChild('./support/serve-bare.ts', [body]);
  try {
    const bareUrl = `http://127.0.0.1:${String(bare.info.port)}/bare`;
    // Warm both (JIT, caches), then alternate short rounds so a burst of noise on a shared machine lands on
    // both sides; the median round of each is reported.
    await load(url, headers, connections, 2);
    await load(bareUrl, {}, connections, 2);
    const trancheRounds: Measured[] = [];
    const bareRounds: Measured[] = [];
    for (let round = 0; round < rounds; round++) {
      trancheRounds.push(await load(url, headers, connections, durationSeconds));
      bareRounds.push(await load(bareUrl, {}, connections, durationSeconds));
    }
    const trancheResult = median(trancheRounds);
    const bareResult = median(bareRounds);
    return {
      connections,
      durationSeconds,
      rounds,
      tranche: trancheResult,
      bare: bareResult,
      ratio: trancheResult.requestsPerSecond / bareResult.requestsPerSecond,
    };
  } finally {
    tranche.child.kill('SIGTERM');
    bare.child.kill('SIGTERM');
  }
}
