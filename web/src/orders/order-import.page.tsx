import { Link } from 'react-router-dom';
import { CsvImport } from '../ui/csv-import';
import { formatNumber } from '../ui/format';
import { PageHeader } from '../ui/page-header';

const columns = [
  ['buyerPartyId', 'the buying party’s id; a buyer account imports its own orders only'],
  ['productId', 'the product’s id'],
  ['quantity', 'whole units in digits, at least 1'],
  ['period', 'the month wanted, YYYY-MM'],
  ['tier', 'firm (non-cancellable) or forecast'],
  ['reference', 'the buyer’s order number; may be empty, refused if the buyer already used it'],
] as const;

/** CSV import of orders, all or nothing, with every problem listed by row and column. */
export function OrderImportPage() {
  return (
    <>
      <div className="breadcrumbs">
        <Link to="/orders">Orders</Link>
        <span aria-hidden="true">/</span>
        <span>Import</span>
      </div>
      <PageHeader
        title="Import orders"
        description="All or nothing: if any row is wrong, nothing is imported and every problem is listed by row and column. Rows without a reference are imported again if the same file is."
      />
      <CsvImport
        path="/api/orders/import"
        testId="order-import"
        columns={columns}
        imported={(result) => (
          <>
            Imported {formatNumber(result.imported)} orders from {result.fileName}
            {result.auditEventSeq !== null && <> (audit event {result.auditEventSeq})</>}.{' '}
            <Link to="/orders">See the orders</Link>
          </>
        )}
      />
    </>
  );
}
