import type { ReactNode } from 'react';
import { formatInstant, formatNumber } from '../ui/format';
import { eccnLabel } from '../products/classification-badges';
import { formatMoney, kindLabel, type Authorisation, type AuthorisationTerms } from './authorisation-model';
import type { Names } from './lookups';

function PartyName({ id, names }: { id: string; names: Names }) {
  const name = names.party(id);
  return (
    <>
      {name}
      {name !== id && <span className="muted"> · {id}</span>}
    </>
  );
}

function PartyList({ ids, names, none }: { ids: readonly string[]; names: Names; none: string }) {
  if (ids.length === 0) return <span className="muted">{none}</span>;
  return (
    <ul className="terms__list">
      {ids.map((id) => (
        <li key={id}>
          <PartyName id={id} names={names} />
        </li>
      ))}
    </ul>
  );
}

/** The kind-specific terms, in the order they appear on the document. */
function kindTerms(terms: AuthorisationTerms, names: Names): [string, ReactNode][] {
  switch (terms.kind) {
    case 'export-licence':
      return [
        ['Quantity', <span className="num-inline">{formatNumber(terms.quantity)} units</span>],
        [
          'Value',
          terms.value ? (
            <span className="num-inline">{formatMoney(terms.value.amountMinor, terms.value.currency)}</span>
          ) : (
            <span className="muted">Not limited</span>
          ),
        ],
        ['Consignees', <PartyList ids={terms.consignees} names={names} none="Any consignee" />],
        ['End users', <PartyList ids={terms.endUsers} names={names} none="Any end user" />],
      ];
    case 'exception-use':
      return [
        ['Exception', <code className="code-chip">{terms.exception}</code>],
        ['BIS authorization number', terms.authorizationNumber ?? <span className="muted">None</span>],
        ['Answered on', terms.answeredOn ?? <span className="muted">Not answered</span>],
        ['Quantity', <span className="num-inline">{formatNumber(terms.quantity)} units</span>],
      ];
    case 'import-approval':
      return [
        ['Importer', <PartyName id={terms.importerPartyId} names={names} />],
        ['Round', terms.round],
        ['Quantity', <span className="num-inline">{formatNumber(terms.quantity)} units</span>],
      ];
    case 'party-cap':
      return [
        ['Capped customer', <PartyName id={terms.cappedPartyId} names={names} />],
        ['Quantity', <span className="num-inline">{formatNumber(terms.quantity)} units</span>],
      ];
    case 'ratio-cap':
      return [
        [
          'Ratio',
          <>
            <span className="num-inline">
              {terms.ratio.numerator}:{terms.ratio.denominator}
            </span>{' '}
            <span className="muted">
              ({terms.ratio.numerator} unit{terms.ratio.numerator === 1 ? '' : 's'} to the destinations for
              every {terms.ratio.denominator} shipped to the reference market)
            </span>
          </>,
        ],
        ['Reference market', terms.referenceDestinations.join(', ')],
      ];
  }
}

/** Every term of an authorisation as recorded; the conditions verbatim, line breaks and all. */
export function AuthorisationTermsList({
  authorisation,
  terms,
  names,
}: {
  authorisation: Authorisation;
  terms: AuthorisationTerms;
  names: Names;
}) {
  const rows: [string, ReactNode][] = [
    ['Kind', kindLabel(terms.kind)],
    ['Authority', terms.authority],
    ['Number', <code>{terms.number}</code>],
    ['Holder', <PartyName id={terms.holderPartyId} names={names} />],
    ...kindTerms(terms, names),
    [
      'Validity',
      <span className="num-inline">
        {terms.validFrom} to {terms.validUntil}
      </span>,
    ],
    [
      'Products',
      <ul className="terms__list">
        {terms.products.productIds.map((id) => (
          <li key={id}>
            {names.product(id)} <span className="muted">· {id}</span>
          </li>
        ))}
        {terms.products.eccns.map((eccn) => (
          <li key={eccn}>Every item classified {eccnLabel(eccn)}</li>
        ))}
      </ul>,
    ],
    ['Destinations', terms.destinations.join(', ')],
    ['Recorded', formatInstant(authorisation.createdAt)],
    ['Id', <code>{authorisation.id}</code>],
  ];
  return (
    <div className="card__body">
      <dl className="terms" data-testid="authorisation-terms">
        {rows.map(([name, value]) => (
          <div key={name} className="terms__row">
            <dt>{name}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <h3 className="subheading">Conditions</h3>
      {terms.conditions ? (
        <p className="conditions" data-testid="conditions">
          {terms.conditions}
        </p>
      ) : (
        <p className="muted">No conditions recorded.</p>
      )}
    </div>
  );
}
