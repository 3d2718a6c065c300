import type { Command } from 'commander';
import { classifyChip } from '../../domain/classification/chip-classification.js';
import { parseChipSpecs } from '../../domain/classification/chip-spec-input.js';
import { utcDay } from '../../domain/clock.js';
import { loadConfig } from '../../config/config.js';
import { defaultRulesDir, loadRuleBook, ruleSetInForce } from '../../domain/rules/rule-book.js';
import { printJson, readJsonFile } from '../io.js';

export function registerClassifyCommand(program: Command): void {
  program
    .command('classify')
    .description('Classify a JSON array of chip specs under ECCN 3A090 (no database needed)')
    .argument(
      '<file>',
      'JSON array of { id, name?, datacenter, dieAreaMm2?, dramBandwidthGBps?, peak: [...] }',
    )
    .option('--as-of <date>', 'apply the rules in force on this day (YYYY-MM-DD; default today, UTC)')
    .option('--json', 'print the result as JSON (the stable contract)')
    .action(async (file: string, options: { asOf?: string; json?: boolean }) => {
      const config = loadConfig();
      const ruleSet = ruleSetInForce(
        loadRuleBook(config.rulesDir ?? defaultRulesDir()),
        options.asOf ?? utcDay(new Date()),
      );
      const specs = parseChipSpecs(await readJsonFile(file));
      const results = specs.map((spec) => classifyChip(spec, ruleSet));
      if (options.json) {
        // The contract: exactly these fields, in input order.
        printJson(
          results.map((r) => ({
            id: r.id,
            tpp: r.tpp,
            pd: r.pd,
            classification: r.classification,
            chinaCaseByCase: r.chinaCaseByCase,
            reasons: r.reasons,
          })),
        );
        return;
      }
      for (const r of results) {
        const pd = r.pd === null ? 'PD unknown' : `PD ${r.pd.toFixed(2)}`;
        process.stdout.write(
          `${r.id}: ${r.classification}${r.chinaCaseByCase ? ' (China case-by-case)' : ''} — TPP ${r.tpp.toFixed(1)}, ${pd}\n`,
        );
        for (const reason of r.reasons) process.stdout.write(`  - ${reason}\n`);
      }
    });
}
