/** Units of a product expected in a month, one row per kind: what allocation rounds can hand out. */
export interface SupplyPlansTable {
  productId: string;
  /** YYYY-MM. */
  period: string;
  /** inventory (on hand) or production (coming off the line in the period). */
  kind: string;
  units: number;
  note: string;
  updatedAt: string;
}
