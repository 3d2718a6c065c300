export interface ClassificationDecisionsTable {
  id: string;
  productId: string;
  /** `confirm` accepts the computed class; `override` replaces it. */
  decision: string;
  eccn: string;
  computedEccn: string;
  ruleSetVersion: string;
  reason: string;
  decidedBy: string;
  decidedAt: string;
}
