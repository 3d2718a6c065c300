import { Link } from 'react-router-dom';
import type { Citation, Classification } from '../api/types';
import { formatNumber, formatSigned } from '../ui/format';
import { EccnBadge } from './classification-badges';
import { formatPercent, relativeMargin } from './margins';

export function CitationLine({ citation }: { citation: Citation }) {
  return (
    <span className="citation">
      <span className="citation__title">{citation.title}</span>
      <span className="citation__source">
        {citation.source}
        {citation.url && (
          <>
            {' · '}
            <a href={citation.url} target="_blank" rel="noreferrer noopener">
              Read the source ↗
            </a>
          </>
        )}
      </span>
    </span>
  );
}

/** Why the product has its class: the reasons in order, then the rules they rest on. */
export function ClassificationExplanation({ classification }: { classification: Classification }) {
  return (
    <div className="explanation">
      {classification.component && (
        <p className="explanation__component">
          Contains {formatNumber(classification.component.units)} ×{' '}
          <Link to={`/products/${encodeURIComponent(classification.component.productId)}`}>
            {classification.component.name}
          </Link>{' '}
          <EccnBadge eccn={classification.component.eccn} />
        </p>
      )}
      <ol className="reasons" data-testid="classification-reasons">
        {classification.reasons.map((reason, index) => (
          <li key={index}>{reason}</li>
        ))}
      </ol>
      <h3 className="subheading">Rules applied</h3>
      <ul className="rules-applied" data-testid="rules-applied">
        {classification.rulesApplied.map((rule) => (
          <li key={rule.id}>
            <code className="code-chip">{rule.id}</code>
            <CitationLine citation={rule.citation} />
          </li>
        ))}
      </ul>
      {classification.overrides.length > 0 && (
        <>
          <h3 className="subheading">Product-specific rules</h3>
          <ul className="rules-applied">
            {classification.overrides.map((override) => (
              <li key={override.id}>
                <code className="code-chip">{override.id}</code>
                <span className="citation">
                  <span className="citation__title">
                    {override.summary} <span className="muted">(from {override.effectiveFrom})</span>
                  </span>
                  <CitationLine citation={override.citation} />
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

/**
 * Distance to every threshold (value − threshold, unrounded upstream), with the share of the threshold it
 * represents. Whether a positive margin meets a test depends on the test: "at least" bounds are met at ≥ 0,
 * "less than" bounds below 0, so each row names the tests that use it.
 */
export function MarginsTable({ margins }: { margins: Classification['margins'] }) {
  if (margins.length === 0) return <p className="card__body muted">No thresholds apply to this product.</p>;
  return (
    <table className="table" data-testid="margins">
      <thead>
        <tr>
          <th>Threshold</th>
          <th className="num">Limit</th>
          <th className="num">Value</th>
          <th className="num">Margin</th>
          <th className="num">Relative</th>
          <th>Tests using it</th>
        </tr>
      </thead>
      <tbody>
        {margins.map((margin, index) => {
          const small = margin.threshold < 100;
          return (
            <tr key={`${margin.name}-${margin.threshold}-${index}`}>
              <td>{margin.name}</td>
              <td className="num">{formatNumber(margin.threshold, small ? 2 : 0)}</td>
              <td className="num">{formatNumber(margin.value, small ? 2 : 0)}</td>
              <td className="num">
                {margin.margin === null ? '—' : formatSigned(margin.margin, small ? 2 : 0)}
              </td>
              <td className="num muted">{formatPercent(relativeMargin(margin))}</td>
              <td className="used-by">{margin.usedBy.join(', ')}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
