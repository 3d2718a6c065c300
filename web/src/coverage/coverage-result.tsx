import { Link } from 'react-router-dom';
import type { components } from '../api/schema';
import { KindBadge } from '../authorisations/authorisation-badges';
import { formatNumber } from '../ui/format';
import { Section } from '../ui/page-header';
import { Badge } from '../ui/status';

export type Coverage = components['schemas']['Coverage'];
type Gate = Coverage['gates'][number];

const gateNames: Record<Gate['gate'], string> = {
  screening: 'Restricted-party screening',
  export: 'Export authorisation',
  import: 'Import approval',
  'party-cap': 'Per-customer cap',
  'ratio-cap': 'Ratio cap',
};

/** "the ratio cap binds": the gate named as a reader says it. */
function gateNoun(gate: Gate['gate']): string {
  return gateNames[gate].toLowerCase();
}

/**
 * The coverage answer as the API gives it: the verdict, then each gate with its authorisations in draw
 * order. Nothing is computed here, so the page cannot disagree with the API or the CLI.
 */
export function CoverageResult({
  coverage,
  productName,
  buyerName,
}: {
  coverage: Coverage;
  productName: string;
  buyerName: string;
}) {
  const { line } = coverage;
  return (
    <div className="stack" data-testid="coverage-result" data-covered={coverage.covered}>
      <div className={`verdict ${coverage.covered ? 'verdict--clear' : 'verdict--required'}`}>
        <div className="verdict__headline" data-testid="coverage-verdict">
          {coverage.covered
            ? `Covered: all ${formatNumber(line.quantity)} units`
            : coverage.coverableQuantity === 0
              ? `Not covered: none of ${formatNumber(line.quantity)} units`
              : `Not covered: ${formatNumber(coverage.coverableQuantity)} of ${formatNumber(line.quantity)} units coverable`}
        </div>
        {coverage.binding && (
          <p className="verdict__binding" data-testid="coverage-binding" data-binding={coverage.binding}>
            The {gateNoun(coverage.binding)} binds.
          </p>
        )}
        <div className="verdict__facts">
          <span>
            {formatNumber(line.quantity)} × {productName}
          </span>
          <span>for {buyerName}</span>
          <span>to {line.destination}</span>
          <span className="muted">on {line.date}</span>
        </div>
        {coverage.missing.length > 0 && (
          <ul className="verdict__missing" data-testid="coverage-missing">
            {coverage.missing.map((text) => (
              <li key={text}>{sentence(text)}</li>
            ))}
          </ul>
        )}
      </div>
      {coverage.gates.map((gate) => (
        <GateCard
          key={gate.gate}
          gate={gate}
          quantity={line.quantity}
          binding={coverage.binding === gate.gate}
        />
      ))}
    </div>
  );
}

/** The API's phrases start in lower case to fit inside sentences; alone, they start with a capital. */
function sentence(text: string): string {
  const first = text.charAt(0).toUpperCase() + text.slice(1);
  return /[.!?]$/.test(first) ? first : `${first}.`;
}

function GateCard({ gate, quantity, binding }: { gate: Gate; quantity: number; binding: boolean }) {
  const short = gate.coverable < quantity;
  return (
    <div data-gate={gate.gate} data-testid="coverage-gate">
      <Section
        title={
          <span className="gate__title">
            {gateNames[gate.gate]}
            {gate.gate === 'screening' ? (
              gate.required ? (
                <Badge tone="danger">On hold</Badge>
              ) : (
                <Badge tone="success">No hold</Badge>
              )
            ) : gate.required ? (
              <>
                <Badge tone="neutral">Required</Badge>
                <Badge tone={short ? 'danger' : 'success'}>{short ? 'Short' : 'Covered'}</Badge>
              </>
            ) : (
              <Badge tone="muted">Not required</Badge>
            )}
            {binding && <Badge tone="warning">Binds</Badge>}
          </span>
        }
        actions={
          gate.required &&
          gate.gate !== 'screening' && (
            <span className="num-inline small">
              {formatNumber(gate.coverable)} of {formatNumber(quantity)} coverable
            </span>
          )
        }
      >
        <div className="card__body gate__body">
          <p className="gate__why">{sentence(gate.why)}</p>
          {gate.missing && (
            <p className="notice notice--error gate__missing" role="note">
              Missing: {sentence(gate.missing)}
            </p>
          )}
        </div>
        {gate.draws.length > 0 && (
          <table className="table" data-testid="gate-draws">
            <thead>
              <tr>
                <th className="num">Order</th>
                <th>Authorisation</th>
                <th>Valid until</th>
                <th className="num">Available</th>
                <th className="num">Draw</th>
              </tr>
            </thead>
            <tbody>
              {gate.draws.map((draw, index) => (
                <tr key={draw.authorisationId} data-authorisation-id={draw.authorisationId}>
                  <td className="num">{index + 1}</td>
                  <td>
                    <span className="gate__authorisation">
                      <KindBadge kind={draw.kind} />
                      <Link to={`/authorisations/${encodeURIComponent(draw.authorisationId)}`}>
                        {draw.authority} {draw.number}
                      </Link>
                    </span>
                  </td>
                  <td className="nowrap num-inline">{draw.validUntil}</td>
                  <td className="num" data-column="available">
                    {formatNumber(draw.available)}
                  </td>
                  <td className="num" data-column="draw">
                    {draw.draw === 0 ? <span className="muted">0</span> : formatNumber(draw.draw)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Section>
    </div>
  );
}
