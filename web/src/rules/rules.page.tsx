import { api, unwrap } from '../api/client';
import type { RuleSetSummary } from '../api/types';
import { useApiQuery } from '../api/use-api-query';
import { AsOfPicker, useAsOf } from '../products/as-of-picker';
import { CitationLine } from '../products/classification-explanation';
import { PageHeader, Section } from '../ui/page-header';
import { Loaded } from '../ui/status';

type RuleRow = RuleSetSummary['pending'][number] & { effectiveUntil?: string | null };

/** Headings for the rule kinds the server reports, in reading order; an unknown kind still gets a section. */
const kindHeadings: Record<string, string> = {
  'integrated-circuits': 'Integrated circuits (3A090.a/.b)',
  'high-bandwidth-memory': 'High-bandwidth memory (3A090.c)',
  assemblies: 'Assemblies (4A090)',
  'china-envelope': 'China review envelope',
  'licence-requirement': 'Licence requirements',
  'licence-exception': 'License exceptions',
  'review-policy': 'Review policies',
  'product-override': 'Product-specific rules',
  'country-membership': 'Country groups',
};

function groupByKind(rules: readonly RuleRow[]): [string, RuleRow[]][] {
  const order = Object.keys(kindHeadings);
  const groups = new Map<string, RuleRow[]>();
  for (const rule of rules) groups.set(rule.kind, [...(groups.get(rule.kind) ?? []), rule]);
  return [...groups.entries()].sort(([a], [b]) => rank(order, a) - rank(order, b));
}

function rank(order: string[], kind: string): number {
  const index = order.indexOf(kind);
  return index === -1 ? order.length : index;
}

/** The rule set in force on a day: every rule with its effective dates and citation, and what comes next. */
export function RulesPage() {
  const [asOf, setAsOf] = useAsOf();
  const rules = useApiQuery(
    (signal) => unwrap(api.GET('/api/rules', { params: { query: asOf ? { asOf } : {} }, signal })),
    [asOf],
  );
  return (
    <>
      <PageHeader
        title="Rules in force"
        description={
          rules.data
            ? `Rule set ${rules.data.version} applies on ${rules.data.asOf}: ${rules.data.rules.length} rules, each with its source.`
            : 'The export-control rules Tranche applies on the chosen day, each with its source.'
        }
        actions={<AsOfPicker asOf={asOf} onChange={setAsOf} />}
      />
      <Loaded data={rules.data} error={rules.error} what="the rules">
        {(summary) => (
          <div className={`stack${rules.loading ? ' is-refreshing' : ''}`}>
            {summary.pending.length > 0 && (
              <Section title={`Taking effect after ${summary.asOf}`}>
                <RuleTable rules={summary.pending} />
              </Section>
            )}
            {groupByKind(summary.rules).map(([kind, group]) => (
              <Section key={kind} title={kindHeadings[kind] ?? kind}>
                <RuleTable rules={group} />
              </Section>
            ))}
            <p className="muted small">
              Fingerprint <code>{summary.fingerprint}</code>: it changes whenever a rule in force changes.
            </p>
          </div>
        )}
      </Loaded>
    </>
  );
}

function RuleTable({ rules }: { rules: readonly RuleRow[] }) {
  return (
    <table className="table">
      <colgroup>
        <col style={{ width: '30%' }} />
        <col style={{ width: '14%' }} />
        <col />
      </colgroup>
      <thead>
        <tr>
          <th>Rule</th>
          <th>In force</th>
          <th>What it says</th>
        </tr>
      </thead>
      <tbody>
        {rules.map((rule) => (
          <tr key={`${rule.kind}-${rule.id}-${rule.effectiveFrom}`}>
            <td>
              <code className="code-chip">{rule.id}</code>
            </td>
            <td className="nowrap">
              from {rule.effectiveFrom}
              {rule.effectiveUntil && <div className="table__secondary">until {rule.effectiveUntil}</div>}
            </td>
            <td>
              <div className="rule-summary">{rule.summary}</div>
              <CitationLine citation={rule.citation} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
