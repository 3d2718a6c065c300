import { Link, useSearchParams } from 'react-router-dom';
import { api, unwrap } from '../api/client';
import { useApiQuery } from '../api/use-api-query';
import { useMay } from '../auth/session-context';
import { ChoiceSelect } from '../ui/choice-select';
import { Field } from '../ui/field';
import { CsvListActions, Pager } from '../ui/list-controls';
import { PageHeader } from '../ui/page-header';
import { Loaded } from '../ui/status';
import { csvExportHref } from '../ui/use-url-filters';
import { ExpiryBadge, KindBadge } from './authorisation-badges';
import {
  kindChoices,
  subjectPartyOf,
  termsOf,
  type Authorisation,
  type AuthorisationKind,
  type AuthorisationTerms,
} from './authorisation-model';
import { BalanceBar } from './balance-bar';
import { namesFrom, useParties, useProducts, type Names } from './lookups';
import { VerifyLedgersButton } from './verify-ledgers';

/** Within this many days of the end of validity an authorisation is flagged (amber) and can be filtered. */
const expiringWithinDays = 30;

function kindParam(value: string | null): AuthorisationKind | undefined {
  return kindChoices.find((choice) => choice.value === value)?.value;
}

/** Products and destinations in one line: "NVIDIA H200 SXM, HGX H200 → CN". */
export function coversSummary(terms: AuthorisationTerms, names: Names): string {
  const products = [
    ...terms.products.productIds.map(names.product),
    ...terms.products.eccns.map((eccn) => `every ${eccn} item`),
  ];
  return `${products.join(', ')} → ${terms.destinations.join(', ')}`;
}

function matches(authorisation: Authorisation, query: string, names: Names): boolean {
  if (!query) return true;
  const terms = termsOf(authorisation);
  const subject = subjectPartyOf(terms);
  const haystack = [
    terms.authority,
    terms.number,
    `${terms.authority} ${terms.number}`,
    terms.holderPartyId,
    names.party(terms.holderPartyId),
    ...(subject ? [subject.partyId, names.party(subject.partyId)] : []),
  ]
    .join('\n')
    .toLowerCase();
  return haystack.includes(query.toLowerCase());
}

/** What runs out first on top; the same order every time for the same day. */
function byExpiryThenNumber(a: Authorisation, b: Authorisation): number {
  const x = termsOf(a);
  const y = termsOf(b);
  return (
    x.validUntil.localeCompare(y.validUntil) ||
    x.authority.localeCompare(y.authority) ||
    x.number.localeCompare(y.number)
  );
}

/**
 * Every authorisation with what is left of it. The kind filter asks the server; "expiring" and the search
 * narrow the answer here. Filters live in the URL so a view can be linked.
 */
export function AuthorisationsPage() {
  const [params, setParams] = useSearchParams();
  const kind = kindParam(params.get('kind'));
  const expiring = params.get('expiring') === '1';
  const query = params.get('q') ?? '';
  const may = useMay();

  const authorisations = useApiQuery(
    (signal) => unwrap(api.GET('/api/authorisations', { params: { query: kind ? { kind } : {} }, signal })),
    [kind],
  );
  const parties = useParties();
  const products = useProducts();
  const names = namesFrom(parties.data, products.data);

  // From the address bar as it is when the change lands, not from this render's params (the router's
  // updater gets those too): typing then choosing a kind at once must not bring the old search back.
  const setParam = (name: string, value: string) => {
    const next = new URLSearchParams(window.location.search);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next, { replace: true });
  };

  return (
    <>
      <PageHeader
        title="Authorisations"
        description="Export licences, licence-exception uses, import approvals and caps, each with its ledger: what was authorised, what is reserved, what has shipped and what is left."
        actions={
          <CsvListActions
            leading={may('ledger:verify') && <VerifyLedgersButton />}
            exportHref={csvExportHref('/api/authorisations.csv', kind ? { kind } : {})}
            exportTitle="Every authorisation of the kind chosen, in the import format; the search narrows only this page"
            canWrite={may('authorisations:write')}
            importTo="/authorisations/import"
            newTo="/authorisations/new"
            newLabel="New authorisation"
          />
        }
      />
      <form
        className="card filters filters--authorisations"
        role="search"
        aria-label="Filter authorisations"
        onSubmit={(e) => e.preventDefault()}
      >
        <Field label="Search">
          <input
            name="q"
            type="search"
            value={query}
            onChange={(e) => setParam('q', e.target.value)}
            placeholder="Number or holder"
          />
        </Field>
        <Field label="Kind">
          <ChoiceSelect
            name="kind"
            value={kind ?? ''}
            onChange={(e) => setParam('kind', e.target.value)}
            empty="Every kind"
            choices={kindChoices}
          />
        </Field>
        <label className="checkbox filters__checkbox">
          <input
            type="checkbox"
            name="expiring"
            checked={expiring}
            onChange={(e) => setParam('expiring', e.target.checked ? '1' : '')}
          />
          Expiring within {expiringWithinDays} days
        </label>
      </form>
      <Loaded data={authorisations.data} error={authorisations.error} what="authorisations">
        {(list) => {
          const shown = [...list]
            .sort(byExpiryThenNumber)
            .filter(
              (a) =>
                matches(a, query.trim(), names) &&
                (!expiring || (a.daysToExpiry >= 0 && a.daysToExpiry <= expiringWithinDays)),
            );
          return (
            <div className={`card card--flush${authorisations.loading ? ' is-refreshing' : ''}`}>
              <AuthorisationTable authorisations={shown} names={names} />
              {shown.length !== list.length && (
                <Pager summary={`${shown.length} of ${list.length} authorisations match the filters`} />
              )}
            </div>
          );
        }}
      </Loaded>
    </>
  );
}

function AuthorisationTable({
  authorisations,
  names,
}: {
  authorisations: readonly Authorisation[];
  names: Names;
}) {
  return (
    <table className="table" data-testid="authorisations">
      <thead>
        <tr>
          <th>Authorisation</th>
          <th>Holder</th>
          <th>Covers</th>
          <th>Validity</th>
          <th className="balance-column">Balance</th>
        </tr>
      </thead>
      <tbody>
        {authorisations.map((authorisation) => (
          <AuthorisationRow key={authorisation.id} authorisation={authorisation} names={names} />
        ))}
        {authorisations.length === 0 && (
          <tr>
            <td colSpan={5} className="table__empty">
              No authorisations match.
            </td>
          </tr>
        )}
      </tbody>
    </table>
  );
}

function AuthorisationRow({ authorisation, names }: { authorisation: Authorisation; names: Names }) {
  const terms = termsOf(authorisation);
  const subject = subjectPartyOf(terms);
  return (
    <tr data-authorisation-id={authorisation.id} data-number={terms.number}>
      <td>
        <div className="cell-stack">
          <KindBadge kind={terms.kind} />
          <Link
            to={`/authorisations/${encodeURIComponent(authorisation.id)}`}
            className="table__primary-link"
          >
            {terms.authority} <span className="nowrap">{terms.number}</span>
          </Link>
        </div>
        {terms.kind === 'import-approval' && <div className="table__secondary">{terms.round}</div>}
      </td>
      <td>
        <div>{names.party(terms.holderPartyId)}</div>
        {subject && (
          <div className="table__secondary">
            {subject.role}: {names.party(subject.partyId)}
          </div>
        )}
      </td>
      <td className="covers">
        {coversSummary(terms, names)}
        {terms.kind === 'ratio-cap' && (
          <div className="table__secondary">
            {terms.ratio.numerator}:{terms.ratio.denominator} of units to{' '}
            {terms.referenceDestinations.join(', ')}
          </div>
        )}
      </td>
      <td>
        <div className="cell-stack">
          <span className="num-inline nowrap">
            {terms.validFrom} – {terms.validUntil}
          </span>
          <ExpiryBadge authorisation={authorisation} terms={terms} />
        </div>
      </td>
      <td className="balance-column">
        <BalanceBar balance={authorisation.balance} currency={authorisation.currency} />
      </td>
    </tr>
  );
}
