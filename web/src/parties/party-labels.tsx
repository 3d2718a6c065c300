import type { components } from '../api/schema';
import type { Party } from '../api/types';
import { Badge, type BadgeTone } from '../ui/status';

/** The API's party shapes, named here so the parties pages read them from the generated client. */
export type NewPartyBody = components['schemas']['NewPartyInput'];
export type PartyChangesBody = components['schemas']['PartyChangesInput'];
export type PartyImportResult = components['schemas']['PartyImportResult'];
export type PartyRole = Party['roles'][number];
export type ScreeningStatus = NonNullable<Party['screeningStatus']>;
export type IdentifierScheme = Party['identifiers'][number]['scheme'];

export const partyRoleChoices: readonly { value: PartyRole; label: string }[] = [
  { value: 'exporter', label: 'Exporter' },
  { value: 'buyer', label: 'Buyer' },
  { value: 'consignee', label: 'Consignee' },
  { value: 'end-user', label: 'End user' },
];

export const identifierSchemeChoices: readonly { value: IdentifierScheme; label: string }[] = [
  { value: 'USCC', label: 'USCC (China, 18 characters)' },
  { value: 'LEI', label: 'LEI' },
  { value: 'DUNS', label: 'D-U-N-S' },
  { value: 'EIN', label: 'EIN (US)' },
  { value: 'OTHER', label: 'Other' },
];

const screening: Record<ScreeningStatus, { label: string; tone: BadgeTone; title: string }> = {
  unscreened: {
    label: 'Unscreened',
    tone: 'muted',
    title: 'Not yet screened against the restricted-party lists',
  },
  clear: { label: 'Clear', tone: 'success', title: 'Screened: no match on the restricted-party lists' },
  'potential-match': {
    label: 'Potential match',
    tone: 'warning',
    title: 'A possible list match awaits review',
  },
  confirmed: {
    label: 'Confirmed match',
    tone: 'danger',
    title: 'A restricted-party list match was confirmed',
  },
  'false-positive': {
    label: 'False positive',
    tone: 'info',
    title: 'A possible match was reviewed and cleared',
  },
};

/** Nothing when the status is not sent: buyers are not told where they stand against the lists. */
export function ScreeningBadge({ status }: { status: ScreeningStatus | undefined }) {
  if (status === undefined) return null;
  const { label, tone, title } = screening[status];
  return (
    <Badge tone={tone} title={title}>
      <span data-screening={status}>{label}</span>
    </Badge>
  );
}

export function RoleBadges({ roles }: { roles: readonly PartyRole[] }) {
  return (
    <span className="header-badges">
      {roles.map((role) => (
        <Badge key={role}>{partyRoleChoices.find((c) => c.value === role)?.label ?? role}</Badge>
      ))}
    </span>
  );
}

/** An address on one line: street lines, city, region, postal code, country. */
export function formatAddress(address: Party['addresses'][number]): string {
  return [...address.lines, address.city, address.region, address.postalCode, address.country]
    .filter(Boolean)
    .join(', ');
}
