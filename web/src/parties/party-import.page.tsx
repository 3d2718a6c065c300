import { Link } from 'react-router-dom';
import { CsvImport } from '../ui/csv-import';
import { formatNumber } from '../ui/format';
import { PageHeader } from '../ui/page-header';

const columns = [
  ['id', 'lower-case letters, digits and hyphens; new ids only'],
  ['legal_name', 'the registered name'],
  ['other_names', 'names separated by |'],
  ['roles', 'exporter, buyer, consignee or end-user, separated by |'],
  ['country', 'ISO 3166 two-letter code'],
  ['hq_country', 'ISO 3166 two-letter code'],
  ['identifiers', 'SCHEME:value separated by |, e.g. USCC:…|LEI:…'],
  ['address_lines', 'street lines separated by |'],
  ['address_city', ''],
  ['address_postal_code', ''],
  ['address_country', 'ISO 3166 two-letter code; needed when any address column is filled'],
] as const;

/**
 * CSV import of parties, all or nothing: check the file first (nothing is written), then import it. Every
 * problem is listed by row and column so the file can be fixed in one pass.
 */
export function PartyImportPage() {
  return (
    <>
      <div className="breadcrumbs">
        <Link to="/parties">Parties</Link>
        <span aria-hidden="true">/</span>
        <span>Import</span>
      </div>
      <PageHeader
        title="Import parties"
        description="All or nothing: if any row is wrong, nothing is imported and every problem is listed by row and column."
      />
      <CsvImport
        path="/api/parties/import"
        testId="party-import"
        columns={columns}
        imported={(result) => (
          <>
            Imported {formatNumber(result.imported)} parties from {result.fileName}
            {result.auditEventSeq !== null && <> (audit event {result.auditEventSeq})</>}.{' '}
            <Link to="/parties">See the parties</Link>
          </>
        )}
      />
    </>
  );
}
