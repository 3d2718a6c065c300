import { fieldCountProblem, type CsvFormat, type CsvLayout } from '../csv/csv-format.js';
import type { ErrorDetail } from '../errors.js';
import { newOrderSchema, type NewOrder, type Order } from './order.js';

/**
 * The orders CSV format, shared by import and export: one row per order line, the columns named after the
 * API's fields. Ids, status and creation time are the server's; `reference` may be empty.
 */
export const orderCsvColumns = [
  'buyerPartyId',
  'productId',
  'quantity',
  'period',
  'tier',
  'reference',
] as const satisfies readonly (keyof NewOrder)[];
export type OrderCsvColumn = (typeof orderCsvColumns)[number];

export const orderCsvFormat: CsvFormat<OrderCsvColumn> = { columns: orderCsvColumns, noun: 'orders' };

export type OrderCsvRow =
  { order: NewOrder; errors?: undefined } | { order?: undefined; errors: ErrorDetail[] };

function isColumn(value: PropertyKey | undefined): value is OrderCsvColumn {
  return value !== undefined && (orderCsvColumns as readonly PropertyKey[]).includes(value);
}

/** Where a problem with a field of a row is, as every CSV import names it. */
export function orderCellPath(row: number, field: string): string {
  return `row ${row}, column ${field}`;
}

/**
 * Validates one data row with newOrderSchema, the same rules as the API, naming each problem by row
 * (the header is row 1) and column. The quantity must be written in digits: "1e3" or "1,000" is refused
 * rather than guessed at.
 */
export function readOrderRow(
  row: number,
  fields: readonly string[],
  layout: CsvLayout<OrderCsvColumn>,
): OrderCsvRow {
  const wrongCount = fieldCountProblem(row, fields, orderCsvFormat);
  if (wrongCount) return { errors: [wrongCount] };
  const value = (column: OrderCsvColumn) => (fields[layout[column]] ?? '').trim();
  const quantityText = value('quantity');
  const errors: ErrorDetail[] = [];
  if (!/^\d+$/.test(quantityText))
    errors.push({
      path: orderCellPath(row, 'quantity'),
      message: quantityText
        ? `"${quantityText}" is not a whole number of units: write digits only, such as 8000`
        : 'give the number of units',
    });
  const parsed = newOrderSchema.safeParse({
    buyerPartyId: value('buyerPartyId'),
    productId: value('productId'),
    quantity: errors.length === 0 ? Number(quantityText) : 1,
    period: value('period'),
    tier: value('tier'),
    reference: value('reference'),
  });
  if (parsed.success && errors.length === 0) return { order: parsed.data };
  for (const issue of parsed.error?.issues ?? []) {
    const [field] = issue.path;
    errors.push({
      path: isColumn(field) ? orderCellPath(row, field) : `row ${row}`,
      message: issue.message,
    });
  }
  return { errors };
}

/** One order as a CSV row in `orderCsvColumns` order: what the import takes back. */
export function orderCsvRecord(order: Order): string[] {
  return [
    order.buyerPartyId,
    order.productId,
    String(order.quantity),
    order.period,
    order.tier,
    order.reference ?? '',
  ];
}
