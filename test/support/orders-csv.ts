/** Orders CSV files for the import tests: a valid generated file of any size. */
import type { AppContext } from '../../src/context.js';

export const ordersCsvHeader = 'buyerPartyId,productId,quantity,period,tier,reference';

/** The buyers and product a generated file names; `seedOrderParties` creates them. */
export const generatedBuyers = ['bytedance', 'alibaba', 'microsoft'] as const;
export const generatedProduct = 'h200';

/** Row n (1-based data row; the file row is n + 1): buyers in turn, months March to August, both tiers. */
export function orderCsvRow(n: number, prefix = 'PO'): string {
  const buyer = generatedBuyers[n % generatedBuyers.length] ?? 'bytedance';
  const month = String(3 + (n % 6)).padStart(2, '0');
  return [
    buyer,
    generatedProduct,
    8 * (1 + (n % 50)),
    `2026-${month}`,
    n % 3 === 0 ? 'forecast' : 'firm',
    `${prefix}-${n}`,
  ].join(',');
}

/** A valid file of `rows` orders, as lines (the header first). */
export function generatedOrdersCsv(rows: number, prefix = 'PO'): string[] {
  const lines = [ordersCsvHeader];
  for (let n = 1; n <= rows; n += 1) lines.push(orderCsvRow(n, prefix));
  return lines;
}

/** The product the generated files name, as POST /api/products takes it. */
export const h200Spec = {
  id: generatedProduct,
  name: 'H200',
  vendor: 'NVIDIA',
  kind: 'chip',
  datacenter: { value: true, source: 'datasheet' },
  dieAreaMm2: { value: 814, source: 'datasheet' },
  dramBandwidthGBps: { value: 4800, source: 'datasheet' },
  peak: [{ format: 'FP8', bits: 8, tops: 1979, source: 'datasheet' }],
};

/** The parties (three buyers and an exporter) and the product the generated files name. */
export async function seedOrderParties(ctx: AppContext): Promise<void> {
  for (const [id, country] of [
    ['bytedance', 'CN'],
    ['alibaba', 'CN'],
    ['microsoft', 'US'],
  ] as const) {
    await ctx.parties.create(
      { id, legalName: `${id} Co`, roles: ['buyer'], country, hqCountry: country },
      undefined,
    );
  }
  await ctx.parties.create(
    { id: 'nvidia', legalName: 'NVIDIA Corporation', roles: ['exporter'], country: 'US', hqCountry: 'US' },
    undefined,
  );
  await ctx.products.create(h200Spec, undefined);
}
