import { todayUtc } from '../ui/format';
import { Badge, type BadgeTone } from '../ui/status';
import {
  kindLabel,
  type Authorisation,
  type AuthorisationKind,
  type AuthorisationTerms,
  type EntryKind,
} from './authorisation-model';

const kindTones: Record<AuthorisationKind, BadgeTone> = {
  'export-licence': 'info',
  'exception-use': 'info',
  'import-approval': 'violet',
  'party-cap': 'neutral',
  'ratio-cap': 'neutral',
};

export function KindBadge({ kind }: { kind: AuthorisationKind }) {
  return (
    <Badge tone={kindTones[kind]}>
      <span data-kind={kind}>{kindLabel(kind)}</span>
    </Badge>
  );
}

/** How close an authorisation is to the end of its validity: expired is red, 30 days or fewer amber. */
export type ExpiryState = 'expired' | 'not-yet-valid' | 'expiring' | 'valid';

/** Days counted by the server (`daysToExpiry`); "not yet valid" compares the start with today in UTC. */
export function expiryStateOf(authorisation: Authorisation, terms: AuthorisationTerms): ExpiryState {
  if (authorisation.daysToExpiry < 0) return 'expired';
  if (terms.validFrom > todayUtc()) return 'not-yet-valid';
  if (authorisation.daysToExpiry <= 30) return 'expiring';
  return 'valid';
}

function days(n: number): string {
  return n === 1 ? '1 day' : `${n} days`;
}

export function ExpiryBadge({
  authorisation,
  terms,
}: {
  authorisation: Authorisation;
  terms: AuthorisationTerms;
}) {
  const state = expiryStateOf(authorisation, terms);
  const left = authorisation.daysToExpiry;
  const badge: Record<ExpiryState, { tone: BadgeTone; text: string }> = {
    expired: { tone: 'danger', text: `Expired ${days(-left)} ago` },
    'not-yet-valid': { tone: 'info', text: `Not valid until ${terms.validFrom}` },
    expiring: { tone: 'warning', text: left === 0 ? 'Expires today' : `Expires in ${days(left)}` },
    valid: { tone: 'muted', text: `${days(left)} left` },
  };
  const { tone, text } = badge[state];
  return (
    <Badge tone={tone} title={`Valid ${terms.validFrom} to ${terms.validUntil}`}>
      <span data-expiry={state}>{text}</span>
    </Badge>
  );
}

const entryTones: Record<EntryKind, BadgeTone> = {
  grant: 'success',
  reserve: 'warning',
  release: 'neutral',
  consume: 'info',
  adjust: 'violet',
  expire: 'danger',
  return: 'neutral',
};

export function EntryKindBadge({ kind }: { kind: EntryKind }) {
  return <Badge tone={entryTones[kind]}>{kind}</Badge>;
}
