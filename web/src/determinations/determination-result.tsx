import type { LicenceDetermination } from '../api/types';
import { CitationLine } from '../products/classification-explanation';
import { EccnBadge } from '../products/classification-badges';
import type { Eccn } from '../api/types';
import { Section } from '../ui/page-header';
import { Badge } from '../ui/status';

const eccns: readonly string[] = ['3A090.a', '3A090.b', '3A090.c', '4A090.a', '4A090.b', 'not-3A090'];

function isEccn(value: string): value is Eccn {
  return eccns.includes(value);
}

const basisLabels: Record<string, string> = {
  destination: 'Destination',
  headquarters: 'Buyer headquarters',
  'end-use': 'End use',
  'product-override': 'Product-specific rule',
};

const reviewPolicyLabels: Record<NonNullable<LicenceDetermination['reviewPolicy']>, string> = {
  'presumption-of-denial': 'Presumption of denial',
  'case-by-case': 'Case-by-case review',
};

/** The answer, each part with the rule it rests on, laid out in the order an officer reads it. */
export function DeterminationResult({ determination: d }: { determination: LicenceDetermination }) {
  const destinationText =
    d.resolvedDestination !== d.destination
      ? `${d.destination} (treated as ${d.resolvedDestination})`
      : d.destination;
  return (
    <div className="stack" data-testid="determination-result">
      <div className={`verdict ${d.licenceRequired ? 'verdict--required' : 'verdict--clear'}`}>
        <div className="verdict__headline">
          {d.licenceRequired ? 'Licence required' : 'No licence required'}
        </div>
        <div className="verdict__facts">
          <span>
            {d.productId} {isEccn(d.eccn) ? <EccnBadge eccn={d.eccn} /> : <Badge>{d.eccn}</Badge>}
          </span>
          <span>
            to {destinationText}
            {d.destinationGroups.length > 0 && (
              <span className="muted"> · groups {d.destinationGroups.join(', ')}</span>
            )}
          </span>
          {d.buyerHqCountry && (
            <span>
              buyer HQ {d.buyerHqCountry}
              {d.buyerHqGroups.length > 0 && (
                <span className="muted"> · groups {d.buyerHqGroups.join(', ')}</span>
              )}
            </span>
          )}
          <span className="muted">
            as of {d.asOf} · rule set {d.ruleSetVersion}
          </span>
        </div>
      </div>

      <Section title={`Requirements (${d.requirements.length})`}>
        {d.requirements.length === 0 ? (
          <p className="card__body muted">No licence requirement applies.</p>
        ) : (
          <ul className="rule-list" data-testid="requirements">
            {d.requirements.map((requirement) => (
              <li key={requirement.rule} className="rule-list__item">
                <div className="rule-list__head">
                  <Badge tone="danger">{basisLabels[requirement.basis] ?? requirement.basis}</Badge>
                  <code className="code-chip">{requirement.rule}</code>
                </div>
                <p className="rule-list__why">{requirement.why}</p>
                <CitationLine citation={requirement.citation} />
              </li>
            ))}
          </ul>
        )}
      </Section>

      <Section title="License exceptions">
        <ul className="rule-list" data-testid="exceptions">
          {d.exceptions.map((exception) => (
            <li key={exception.code} className="rule-list__item">
              <div className="rule-list__head">
                <strong>{exception.code}</strong>
                {exception.available ? (
                  <Badge tone="success">Available</Badge>
                ) : (
                  <Badge tone="muted">Not available</Badge>
                )}
                {exception.available && exception.notificationRequired && (
                  <Badge tone="warning">Notify BIS first</Badge>
                )}
                {exception.rule && <code className="code-chip">{exception.rule}</code>}
              </div>
              <p className="rule-list__why">{exception.why}</p>
              {exception.citation && <CitationLine citation={exception.citation} />}
            </li>
          ))}
        </ul>
      </Section>

      <Section title="Review policy">
        <div className="card__body">
          <div className="rule-list__head">
            {d.reviewPolicy ? (
              <Badge tone={d.reviewPolicy === 'case-by-case' ? 'info' : 'danger'}>
                {reviewPolicyLabels[d.reviewPolicy]}
              </Badge>
            ) : (
              <Badge tone="muted">No application needed</Badge>
            )}
          </div>
          <p className="rule-list__why">{d.reviewPolicyWhy}</p>
        </div>
      </Section>

      {d.notes.length > 0 && (
        <Section title="Notes">
          <ul className="card__body notes">
            {d.notes.map((note, index) => (
              <li key={index}>{note}</li>
            ))}
          </ul>
        </Section>
      )}
    </div>
  );
}
