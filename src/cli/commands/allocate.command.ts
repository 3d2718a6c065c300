import { once } from 'node:events';
import type { Command } from 'commander';
import { allocate, type AllocationResult } from '../../domain/allocation/allocate.js';
import { parseAllocationProblem } from '../../domain/allocation/allocation-problem.js';
import { readJsonFile } from '../io.js';

/**
 * Writes the result as JSON, one award, claim or period per line, in chunks that respect the pipe's
 * backpressure: a million claims over twelve periods is far more text than one string may hold.
 */
async function writeResult(result: AllocationResult): Promise<void> {
  let chunk = '';
  const flush = async (): Promise<void> => {
    if (!process.stdout.write(chunk)) await once(process.stdout, 'drain');
    chunk = '';
  };
  const section = async <T>(name: string, items: readonly T[], pick: (item: T) => unknown, last: boolean) => {
    chunk += `  "${name}": [`;
    for (let i = 0; i < items.length; i++) {
      chunk += `${i === 0 ? '\n' : ',\n'}    ${JSON.stringify(pick(items[i] as T))}`;
      if (chunk.length > 1 << 16) await flush();
    }
    chunk += `${items.length > 0 ? '\n  ' : ''}]${last ? '' : ','}\n`;
  };
  chunk += '{\n';
  // The contract: exactly these fields, awards by period then claim id, claims in input order.
  await section(
    'awards',
    result.awards,
    (a) => ({ claim: a.claim, period: a.period, quantity: a.quantity }),
    false,
  );
  await section(
    'claims',
    result.claims,
    (c) => ({
      id: c.id,
      requested: c.requested,
      awarded: c.awarded,
      binding: c.binding,
      statement: c.statement,
    }),
    false,
  );
  await section(
    'periods',
    result.periods,
    (p) => ({
      id: p.id,
      supply: p.supply,
      available: p.available,
      allocated: p.allocated,
      carriedOver: p.carriedOver,
    }),
    true,
  );
  chunk += '}\n';
  await flush();
}

export function registerAllocateCommand(program: Command): void {
  program
    .command('allocate')
    .description(
      'Allocate supply per period among claims and the groups that cap them (no database needed); ' +
        'exit 2 naming the item at fault, with nothing on stdout',
    )
    .argument(
      '<file>',
      'JSON { periods: [{ id, supply }], carryOver?, lot?, rule?: "max-min" | "pro-rata", ' +
        'claims: [{ id, quantity, from?, tier?, weight?, floor?, groups? }], groups?: [{ id, cap }] }',
    )
    .option('--json', 'print the result as JSON (the stable contract)')
    .action(async (file: string, options: { json?: boolean }) => {
      const result = allocate(parseAllocationProblem(await readJsonFile(file)));
      if (options.json) {
        await writeResult(result);
        return;
      }
      for (const p of result.periods) {
        process.stdout.write(
          `${p.id}: supply ${p.supply.toLocaleString('en-US')}, available ${p.available.toLocaleString('en-US')}, allocated ${p.allocated.toLocaleString('en-US')}, carried over ${p.carriedOver.toLocaleString('en-US')}\n`,
        );
      }
      for (const c of result.claims) process.stdout.write(`${c.id} [${c.binding}]: ${c.statement}\n`);
    });
}
