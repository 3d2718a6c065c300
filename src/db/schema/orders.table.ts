export interface OrdersTable {
  /** UUIDv7: time-ordered, so a million imported orders append to the end of the key index. */
  id: string;
  buyerPartyId: string;
  productId: string;
  /** Whole units, at least 1. */
  quantity: number;
  /** The month the buyer wants the units in, YYYY-MM. */
  period: string;
  /** firm (non-cancellable) or forecast (a check constraint holds the list). */
  tier: string;
  /** The buyer's own order number; unique per buyer when present. */
  reference: string | null;
  /** open while something is unmet; allocated once committed rounds have awarded all of it. */
  status: string;
  /** Units reserved for the order by committed rounds; never more than quantity. */
  awarded: number;
  /** The latest committed round the order was a claim in, met or not. */
  lastRoundId: string | null;
  createdAt: string;
  /** The CSV import that created the order (its audit event's entity id), or null. */
  importId: string | null;
  /** The order's row in that file (the header is row 1), or null. */
  importRow: number | null;
}
