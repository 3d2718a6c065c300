import { lazy, Suspense, type ReactNode } from 'react';
import { AuditTrailPage } from '../audit/audit-trail.page';
import { AuthorisationImportPage } from '../authorisations/authorisation-import.page';
import { AuthorisationPage } from '../authorisations/authorisation.page';
import { AuthorisationsPage } from '../authorisations/authorisations.page';
import { NewAuthorisationPage } from '../authorisations/new-authorisation.page';
import type { Permission } from '../auth/permissions';
import { CoveragePage } from '../coverage/coverage.page';
import { DeterminationPage } from '../determinations/determination.page';
import { NewOrderPage } from '../orders/new-order.page';
import { OrderImportPage } from '../orders/order-import.page';
import { OrdersPage } from '../orders/orders.page';
import { PartiesPage } from '../parties/parties.page';
import { EditPartyPage, NewPartyPage } from '../parties/party-form.page';
import { PartyImportPage } from '../parties/party-import.page';
import { PartyPage } from '../parties/party.page';
import { ProductCataloguePage } from '../products/product-catalogue.page';
import { ProductPage } from '../products/product.page';
import { NewRoundPage } from '../rounds/new-round.page';
import { RoundsPage } from '../rounds/rounds.page';
import { RulesPage } from '../rules/rules.page';
import { ScreeningListsPage } from '../screening/screening-lists.page';
import { ScreeningQueuePage } from '../screening/screening-queue.page';
import { SupplyPage } from '../supply/supply.page';
import { ApiTokensPage } from '../tokens/api-tokens.page';
import type { IconName } from '../ui/icons';
import { UsersPage } from '../users/users.page';

// The round page draws its flow chart with d3; loaded when first opened, it keeps the rest of the app small.
const RoundPage = lazy(() =>
  import('../rounds/round.page').then((module) => ({ default: module.RoundPage })),
);

/** Navigation groups, in the order the sidebar shows them; a group with nothing the role may see is hidden. */
export const navGroups = [
  'Classification',
  'Licensing',
  'Allocation',
  'Oversight',
  'Administration',
  'Account',
] as const;
export type NavGroup = (typeof navGroups)[number];

export interface AppPage {
  /** Route path under the app shell, react-router syntax. */
  path: string;
  /** What the role must hold to open the page; the same permission the page's API calls need. */
  permission: Permission;
  element: ReactNode;
  /** Present for pages listed in the sidebar. */
  nav?: { label: string; group: NavGroup; icon: IconName };
}

/**
 * Every page behind sign-in. Adding a capability (authorisations, orders, rounds, screening) is one entry
 * here: the route, its permission check and its sidebar link all come from it. Kept one page per line
 * (hence prettier-ignore) so the list scans as a table and a new page is a one-line diff.
 */
// prettier-ignore
export const appPages: AppPage[] = [
  { path: 'products', permission: 'products:read', element: <ProductCataloguePage />, nav: { label: 'Products', group: 'Classification', icon: 'chip' } },
  { path: 'products/:productId', permission: 'products:read', element: <ProductPage /> },
  { path: 'rules', permission: 'rules:read', element: <RulesPage />, nav: { label: 'Rules in force', group: 'Classification', icon: 'book' } },
  { path: 'determinations', permission: 'determination:run', element: <DeterminationPage />, nav: { label: 'Licence determination', group: 'Licensing', icon: 'scale' } },
  { path: 'parties', permission: 'parties:read', element: <PartiesPage />, nav: { label: 'Parties', group: 'Licensing', icon: 'list' } },
  { path: 'parties/new', permission: 'parties:write', element: <NewPartyPage /> },
  { path: 'parties/import', permission: 'parties:write', element: <PartyImportPage /> },
  { path: 'parties/:partyId', permission: 'parties:read', element: <PartyPage /> },
  { path: 'parties/:partyId/edit', permission: 'parties:write', element: <EditPartyPage /> },
  { path: 'screening', permission: 'screening:read', element: <ScreeningQueuePage />, nav: { label: 'Screening review', group: 'Licensing', icon: 'shield' } },
  { path: 'screening/lists', permission: 'screening:read', element: <ScreeningListsPage /> },
  { path: 'authorisations', permission: 'authorisations:read', element: <AuthorisationsPage />, nav: { label: 'Authorisations', group: 'Licensing', icon: 'book' } },
  { path: 'authorisations/new', permission: 'authorisations:write', element: <NewAuthorisationPage /> },
  { path: 'authorisations/import', permission: 'authorisations:write', element: <AuthorisationImportPage /> },
  { path: 'authorisations/:authorisationId', permission: 'authorisations:read', element: <AuthorisationPage /> },
  { path: 'coverage', permission: 'coverage:check', element: <CoveragePage />, nav: { label: 'Coverage check', group: 'Licensing', icon: 'shield' } },
  { path: 'orders', permission: 'orders:read', element: <OrdersPage />, nav: { label: 'Orders', group: 'Allocation', icon: 'list' } },
  { path: 'orders/new', permission: 'orders:write', element: <NewOrderPage /> },
  { path: 'orders/import', permission: 'orders:write', element: <OrderImportPage /> },
  { path: 'supply', permission: 'supply:read', element: <SupplyPage />, nav: { label: 'Supply', group: 'Allocation', icon: 'chip' } },
  { path: 'rounds', permission: 'rounds:read', element: <RoundsPage />, nav: { label: 'Rounds', group: 'Allocation', icon: 'scale' } },
  { path: 'rounds/new', permission: 'rounds:plan', element: <NewRoundPage /> },
  {
    path: 'rounds/:roundId',
    permission: 'rounds:read',
    element: (
      <Suspense fallback={<p className="muted">Loading the round…</p>}>
        <RoundPage />
      </Suspense>
    ),
  },
  { path: 'audit', permission: 'audit:read', element: <AuditTrailPage />, nav: { label: 'Audit trail', group: 'Oversight', icon: 'shield' } },
  { path: 'users', permission: 'users:manage', element: <UsersPage />, nav: { label: 'Users', group: 'Administration', icon: 'users' } },
  { path: 'tokens', permission: 'account:own', element: <ApiTokensPage />, nav: { label: 'My API tokens', group: 'Account', icon: 'key' } },
];
