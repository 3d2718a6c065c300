export const roles = ['admin', 'compliance', 'planner', 'shipping', 'auditor', 'buyer'] as const;
export type Role = (typeof roles)[number];

/**
 * What a role may do. Routes name one permission each; the table below is the whole access policy, so a
 * reviewer reads it in one place. Separation of duties: admins manage accounts but do not decide
 * classifications; auditors read everything audit-related and change nothing.
 */
export const permissions = [
  'products:read',
  'products:write',
  'classification:decide',
  'classification:run',
  'determination:run',
  'rules:read',
  'audit:read',
  'audit:verify',
  'users:manage',
  'parties:read',
  'parties:write',
  'account:own',
  'authorisations:read',
  'authorisations:write',
  'ledger:reserve',
  'ledger:ship',
  'ledger:adjust',
  'ledger:verify',
  'coverage:check',
  'orders:read',
  'orders:write',
  'supply:read',
  'supply:write',
  'rounds:read',
  'rounds:plan',
  'rounds:approve',
  'rounds:commit',
  'screening:read',
  'screening:decide',
  'screening:run',
  'screening:lists',
] as const;
export type Permission = (typeof permissions)[number];

const internalReaders: Role[] = ['admin', 'compliance', 'planner', 'shipping', 'auditor'];

const grants: Record<Permission, readonly Role[]> = {
  'products:read': [...internalReaders, 'buyer'],
  'products:write': ['admin', 'compliance'],
  'classification:decide': ['compliance'],
  'classification:run': internalReaders,
  'determination:run': ['compliance', 'planner', 'shipping', 'auditor'],
  'rules:read': [...internalReaders, 'buyer'],
  'audit:read': ['admin', 'compliance', 'auditor'],
  'audit:verify': ['admin', 'compliance', 'auditor'],
  'users:manage': ['admin'],
  // Buyers are granted this to see their own party; row-level checks keep them from others.
  'parties:read': [...internalReaders, 'buyer'],
  'parties:write': ['admin', 'compliance'],
  // Every signed-in user manages their own session and API tokens.
  'account:own': [...internalReaders, 'buyer'],
  // Buyers see the authorisations that name their party; row-level checks keep them from the rest.
  'authorisations:read': [...internalReaders, 'buyer'],
  'authorisations:write': ['compliance'],
  // Planners hold and release quantity; shipping writes it off when goods leave (and records returns);
  // only compliance changes what was authorised.
  'ledger:reserve': ['compliance', 'planner'],
  'ledger:ship': ['compliance', 'shipping'],
  'ledger:adjust': ['compliance'],
  'ledger:verify': ['admin', 'compliance', 'auditor'],
  // Buyers may check lines for their own party only (row-level check in the service).
  'coverage:check': [...internalReaders, 'buyer'],
  // Buyers place and see their own party's orders (row-level checks in the service); planners and
  // compliance place orders on a buyer's behalf (orders taken by phone, imports of a buyer's file).
  'orders:read': [...internalReaders, 'buyer'],
  'orders:write': ['compliance', 'planner', 'buyer'],
  // Supply is internal: what others are offered is not a buyer's business. Planners own the plan.
  'supply:read': internalReaders,
  'supply:write': ['planner'],
  // Planners run rounds; compliance may too. Approval needs a second person of either role (checked in
  // the service), and committing writes reservations into the ledgers.
  // Buyers see the rounds that hold their orders, and only their own claims, awards and statements.
  'rounds:read': [...internalReaders, 'buyer'],
  'rounds:plan': ['planner', 'compliance'],
  'rounds:approve': ['planner', 'compliance'],
  'rounds:commit': ['planner', 'compliance'],
  // Restricted-party screening is internal: buyers never see it (a listed party must not learn it was
  // matched). Auditors read it; compliance decides matches; admins may load list versions and re-screen
  // (operational work) but not decide whether a party is the listed one.
  'screening:read': ['compliance', 'auditor', 'admin'],
  'screening:decide': ['compliance'],
  'screening:run': ['compliance', 'admin'],
  'screening:lists': ['compliance', 'admin'],
};

export function roleMay(role: Role, permission: Permission): boolean {
  return grants[permission].includes(role);
}

export function isRole(value: string): value is Role {
  return (roles as readonly string[]).includes(value);
}
