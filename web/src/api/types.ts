import type { components } from './schema';

/** Names for the API's shapes, taken from the generated OpenAPI types so they cannot drift from the server. */
type Schemas = components['schemas'];

export type User = Schemas['User'];
export type Role = User['role'];
export type Party = Schemas['Party'];
export type ProductView = Schemas['ProductView'];
export type ProductSpec = ProductView['product'];
export type Classification = Schemas['Classification'];
export type Citation = Schemas['Citation'];
export type Eccn = Classification['eccn'];
export type StandingStatus = ProductView['standing']['status'];
export type ClassificationDecision = Schemas['ClassificationDecision'];
export type ClassificationDecisionInput = Schemas['ClassificationDecisionInput'];
export type AuditEvent = Schemas['AuditEvent'];
export type ApiToken = Schemas['ApiToken'];
export type LicenceDetermination = Schemas['LicenceDetermination'];
export type RuleSetSummary = Schemas['RuleSetSummary'];
export type Order = Schemas['Order'];
export type NewOrder = Schemas['NewOrder'];
export type OrderTier = Order['tier'];
export type SupplyPlan = Schemas['SupplyPlan'];
export type SupplyKind = SupplyPlan['kind'];
export type Round = Schemas['Round'];
export type RoundStatus = Round['status'];
export type RoundTerms = Schemas['RoundTerms'];
export type RoundTermsInput = Schemas['RoundTermsInput'];
export type RoundSimulation = Schemas['RoundSimulation'];
export type RoundChanges = Schemas['RoundChanges'];
export type RoundWhatIf = Schemas['RoundWhatIf'];
export type RoundWhatIfResult = Schemas['RoundWhatIfResult'];
export type RoundSummary = Schemas['RoundSummary'];
export type SupplyOffer = Schemas['SupplyOffer'];
