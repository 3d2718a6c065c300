export interface RoundsTable {
  id: string;
  name: string;
  productId: string;
  /** draft, simulated, approved, committed or closed. */
  status: string;
  /** The validated NewRound as JSON. */
  terms: string;
  /** The latest RoundSimulation as JSON, or null before the first. */
  simulation: string | null;
  /**
   * The latest simulation in brief (RoundSummary as JSON): null before the first, and for rounds
   * simulated before the column existed.
   */
  summary: string | null;
  /** User ids. */
  createdBy: string;
  createdAt: string;
  simulatedBy: string | null;
  simulatedAt: string | null;
  approvedBy: string | null;
  approvedAt: string | null;
  committedAt: string | null;
  closedAt: string | null;
}
