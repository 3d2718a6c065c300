import type { Eccn, StandingStatus } from '../api/types';
import { Badge, type BadgeTone } from '../ui/status';

/** How strongly each class is controlled sets its colour: .a red, .b amber, HBM violet, outside grey. */
const eccnTones: Record<Eccn, BadgeTone> = {
  '3A090.a': 'danger',
  '4A090.a': 'danger',
  '3A090.b': 'warning',
  '4A090.b': 'warning',
  '3A090.c': 'violet',
  'not-3A090': 'muted',
};

export function eccnLabel(eccn: Eccn): string {
  return eccn === 'not-3A090' ? 'Not 3A090' : eccn;
}

export function EccnBadge({ eccn, title }: { eccn: Eccn; title?: string }) {
  return (
    <Badge tone={eccnTones[eccn]} title={title ?? `ECCN ${eccnLabel(eccn)}`}>
      <span className="eccn" data-eccn={eccn}>
        {eccnLabel(eccn)}
      </span>
    </Badge>
  );
}

const statusText: Record<StandingStatus, { label: string; tone: BadgeTone; title: string }> = {
  computed: {
    label: 'Computed',
    tone: 'neutral',
    title: 'Computed from the figures; no compliance decision yet',
  },
  confirmed: {
    label: 'Confirmed',
    tone: 'success',
    title: 'A compliance officer confirmed the computed class',
  },
  overridden: {
    label: 'Overridden',
    tone: 'info',
    title: 'A compliance officer overrode the computed class',
  },
  'confirmation-stale': {
    label: 'Needs review',
    tone: 'warning',
    title: 'Confirmed under an earlier computation or rule set; confirm again',
  },
};

export function StandingStatusBadge({ status }: { status: StandingStatus }) {
  const { label, tone, title } = statusText[status];
  return (
    <Badge tone={tone} title={title}>
      {label}
    </Badge>
  );
}

export function ChinaCaseByCaseBadge() {
  return (
    <Badge
      tone="info"
      title="Inside the 2026 China/Macau envelope: licence applications reviewed case by case"
    >
      China case-by-case
    </Badge>
  );
}
