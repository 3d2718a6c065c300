import { Link } from 'react-router-dom';
import { CsvImport } from '../ui/csv-import';
import { formatNumber } from '../ui/format';
import { PageHeader } from '../ui/page-header';

const columns = [
  ['kind', 'export-licence, exception-use, import-approval, party-cap or ratio-cap'],
  ['authority', 'who issued it, e.g. BIS or MOFCOM'],
  ['number', 'as issued; new for its authority'],
  ['holderPartyId', 'the holder’s party id'],
  ['validFrom', 'YYYY-MM-DD'],
  ['validUntil', 'YYYY-MM-DD, not before validFrom'],
  ['productIds', 'product ids separated by |'],
  ['eccns', 'classes separated by |, e.g. 3A090.a; productIds, eccns or both'],
  ['destinations', 'ISO 3166 two-letter codes separated by |'],
  ['conditions', 'the conditions as issued (optional)'],
  ['quantity', 'whole units, in digits; every kind but ratio-cap'],
  ['valueAmountMinor', 'export-licence: the value in minor units (cents), in digits (optional)'],
  ['valueCurrency', 'export-licence: ISO 4217 code, with the value'],
  ['consignees', 'export-licence: party ids separated by |'],
  ['endUsers', 'export-licence: party ids separated by |'],
  ['exception', 'exception-use: NAC or ACA'],
  ['authorizationNumber', 'exception-use: BIS’s number for a NAC (optional)'],
  ['answeredOn', 'exception-use: YYYY-MM-DD (optional)'],
  ['importerPartyId', 'import-approval: the importer’s party id'],
  ['round', 'import-approval: the round, e.g. 2026 round 1'],
  ['cappedPartyId', 'party-cap: the customer capped'],
  ['ratioNumerator', 'ratio-cap: whole number, 1 or more'],
  ['ratioDenominator', 'ratio-cap: whole number, 1 or more'],
  ['referenceDestinations', 'ratio-cap: ISO 3166 codes separated by |'],
] as const;

/**
 * CSV import of authorisations, all or nothing, each issued with its opening grant as if entered one by one.
 * A column the row's kind does not use must be empty. The list's Export CSV writes this same format.
 */
export function AuthorisationImportPage() {
  return (
    <>
      <div className="breadcrumbs">
        <Link to="/authorisations">Authorisations</Link>
        <span aria-hidden="true">/</span>
        <span>Import</span>
      </div>
      <PageHeader
        title="Import authorisations"
        description="All or nothing: if any row is wrong, nothing is imported and every problem is listed by row and column. Columns a row’s kind does not use stay empty."
      />
      <CsvImport
        path="/api/authorisations/import"
        testId="authorisation-import"
        columns={columns}
        imported={(result) => (
          <>
            Imported {formatNumber(result.imported)} authorisations from {result.fileName}
            {result.auditEventSeq !== null && <> (audit event {result.auditEventSeq})</>}.{' '}
            <Link to="/authorisations">See the authorisations</Link>
          </>
        )}
      />
    </>
  );
}
