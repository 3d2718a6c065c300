/** Restricted-party name matching: build a ScreeningIndex from list entries, screen party names. */
export {
  ScreeningIndex,
  defaultThresholds,
  thresholdsWith,
  type ScreeningDecision,
  type ScreeningMatch,
  type ScreeningQuery,
  type ScreeningResult,
  type ScreeningThresholds,
  type TokenPair,
  type WordStatistics,
} from './screening-index.js';
