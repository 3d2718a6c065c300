import type { Command } from 'commander';
import { determinationRequestSchema } from '../../domain/determination/determinations.service.js';
import { DomainError } from '../../domain/errors.js';
import { printJson } from '../io.js';
import { parseInput } from '../../domain/validation.js';
import { withContext } from './with-context.js';

const endUseFlags = ['supercomputer', 'advanced-node-ic-production', 'reexport'] as const;

export function registerDetermineCommand(program: Command): void {
  program
    .command('determine')
    .description(
      'Licence determination for a catalogue product: licence required? exceptions? review policy?',
    )
    .requiredOption('--product <id>', 'product id, e.g. nvidia-h200-sxm')
    .requiredOption('--destination <cc>', 'ISO 3166 alpha-2 destination, e.g. CN')
    .option('--buyer <party>', 'buyer party id (its headquarters country is used)')
    .option('--buyer-hq <cc>', 'buyer headquarters country, when the buyer is not a party')
    .option('--end-use <flags>', `comma-separated: ${endUseFlags.join(', ')}`)
    .option('--as-of <date>', 'apply the rules in force on this day (YYYY-MM-DD)')
    .option('--json', 'print the full determination as JSON')
    .action(
      async (options: {
        product: string;
        destination: string;
        buyer?: string;
        buyerHq?: string;
        endUse?: string;
        asOf?: string;
        json?: boolean;
      }) => {
        const flags = (options.endUse ?? '')
          .split(',')
          .map((f) => f.trim())
          .filter(Boolean);
        const unknown = flags.find((f) => !(endUseFlags as readonly string[]).includes(f));
        if (unknown) {
          throw new DomainError(
            'VALIDATION_FAILED',
            `--end-use: unknown flag "${unknown}" (use ${endUseFlags.join(', ')})`,
          );
        }
        const request = parseInput(determinationRequestSchema, {
          productId: options.product,
          destination: options.destination,
          buyerPartyId: options.buyer,
          buyerHqCountry: options.buyerHq,
          endUse: {
            supercomputer: flags.includes('supercomputer'),
            advancedNodeIcProduction: flags.includes('advanced-node-ic-production'),
            reexport: flags.includes('reexport'),
          },
          asOf: options.asOf,
        });
        const result = await withContext((ctx) => ctx.determinations.determine(request, undefined));
        if (options.json) return printJson(result);
        const out = (line: string) => process.stdout.write(`${line}\n`);
        out(
          `${result.productId} (${result.eccn}) → ${result.destination}${
            result.resolvedDestination !== result.destination
              ? ` (treated as ${result.resolvedDestination})`
              : ''
          } on ${result.asOf}: ${result.licenceRequired ? 'LICENCE REQUIRED' : 'no licence required'}`,
        );
        for (const r of result.requirements) out(`  requirement: ${r.why} [${r.citation.source}]`);
        for (const e of result.exceptions)
          out(`  ${e.code}: ${e.available ? 'available' : 'not available'} — ${e.why}`);
        if (result.reviewPolicy) out(`  review policy: ${result.reviewPolicy} — ${result.reviewPolicyWhy}`);
        for (const n of result.notes) out(`  note: ${n}`);
        out(`  rule set ${result.ruleSetVersion}`);
      },
    );
}
