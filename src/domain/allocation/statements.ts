import { formatNumber, unitCount } from '../quantities.js';
import type { AllocationClaim, AllocationRule } from './allocation-problem.js';
import type { Award, ClaimOutcome } from './allocate.js';

function levelText(level: number, rule: AllocationRule, who: string): string {
  return rule === 'pro-rata'
    ? `the allocation coefficient was ${level.toPrecision(4)}, awards ÷ quantities asked`
    : `${who} rose to ${formatNumber(level, 1)} units per unit of weight`;
}

/**
 * One paragraph a recipient can check by hand: what it asked for, what it got and when, and the one
 * constraint that stopped it, with what would have to change for it to receive more.
 */
export function statementOf(
  outcome: Omit<ClaimOutcome, 'statement'>,
  context: {
    claim: AllocationClaim;
    rule: AllocationRule;
    lot: number;
    awards: readonly Award[];
    groupCap: number | null;
  },
): string {
  const { claim, rule, lot } = context;
  const terms = [
    claim.tier > 1 ? `tier ${claim.tier}` : null,
    claim.weight !== 1 ? `weight ${claim.weight}` : null,
    claim.floor > 0 ? `floor ${unitCount(claim.floor)}` : null,
    lot > 1 ? `lots of ${unitCount(lot)}` : null,
  ].filter((t) => t !== null);
  const asked = `Requested ${unitCount(outcome.requested)}${terms.length ? ` (${terms.join(', ')})` : ''}`;
  const got =
    outcome.awarded === 0
      ? 'awarded nothing'
      : `awarded ${unitCount(outcome.awarded)}${
          context.awards.length > 1
            ? `: ${context.awards.map((a) => `${formatNumber(a.quantity, 0)} in ${a.period}`).join(', ')}`
            : context.awards[0]
              ? ` in ${context.awards[0].period}`
              : ''
        }`;
  const where = outcome.boundIn ? ` in ${outcome.boundIn}` : '';
  let why: string;
  if (outcome.binding === 'claim') {
    why =
      outcome.awarded === outcome.requested
        ? 'The whole request was met.'
        : `The rest, ${unitCount(outcome.requested - outcome.awarded)}, is less than a lot.`;
  } else if (outcome.binding === 'supply') {
    why =
      outcome.level === 0 && claim.tier > 1
        ? `Supply ran out${where} before tier ${claim.tier} was reached; more supply would be needed.`
        : `Supply ran out${where}, when ${levelText(outcome.level, rule, `the tier's open claims`)}; more supply would be needed.`;
  } else {
    const group = outcome.binding.slice('group:'.length);
    why = `${group} reached its cap of ${unitCount(context.groupCap ?? 0)}${where}, when ${levelText(outcome.level, rule, 'its open claims')}; more room under ${group} would be needed.`;
  }
  return `${asked}; ${got}. ${why}`;
}
