import type { Command } from 'commander';
import { orderLineSchema } from '../../domain/coverage/coverage.service.js';
import { parseInput } from '../../domain/validation.js';
import { printJson } from '../io.js';
import { withContext } from './with-context.js';

export function registerCoverageCommand(program: Command): void {
  program
    .command('coverage')
    .description('Which authorisations cover an order line, in draw order, and what is missing')
    .requiredOption('--product <id>', 'product id, e.g. nvidia-h200-sxm')
    .requiredOption('--quantity <n>', 'units on the line')
    .requiredOption('--buyer <party>', 'buyer party id')
    .requiredOption('--destination <cc>', 'ISO 3166 alpha-2 destination')
    .option('--date <date>', 'the day to check (YYYY-MM-DD; default today)')
    .option('--json', 'print the full answer as JSON (the same as the API)')
    .action(
      async (options: {
        product: string;
        quantity: string;
        buyer: string;
        destination: string;
        date?: string;
        json?: boolean;
      }) => {
        const line = parseInput(orderLineSchema, {
          productId: options.product,
          quantity: /^\d+$/.test(options.quantity) ? Number(options.quantity) : options.quantity,
          buyerPartyId: options.buyer,
          destination: options.destination,
          date: options.date,
        });
        const coverage = await withContext((ctx) => ctx.coverage.check(line, undefined));
        if (options.json) return printJson(coverage);
        const out = (text: string) => process.stdout.write(`${text}\n`);
        out(
          `${coverage.line.quantity} × ${coverage.line.productId} for ${coverage.line.buyerPartyId} to ${coverage.line.destination} on ${coverage.line.date}: ${
            coverage.covered
              ? 'COVERED'
              : `NOT COVERED (${coverage.coverableQuantity} coverable; ${coverage.binding ?? ''} binds)`
          }`,
        );
        for (const gate of coverage.gates) {
          const standing =
            gate.gate === 'screening'
              ? gate.required
                ? 'on hold'
                : 'no hold'
              : gate.required
                ? `${gate.coverable} coverable`
                : 'not required';
          out(`  ${gate.gate}: ${standing} — ${gate.why}`);
          for (const d of gate.draws)
            out(
              `    ${d.authority} ${d.number} (until ${d.validUntil}): ${d.available} available, draws ${d.draw}`,
            );
        }
        for (const m of coverage.missing) out(`  missing: ${m}`);
      },
    );
}
