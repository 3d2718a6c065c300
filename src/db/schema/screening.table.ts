/** A dated version of one restricted-party list kind, as imported. */
export interface ScreeningListVersionsTable {
  /** UUIDv7: versions list in import order. */
  id: string;
  /** csl or ofac-consolidated (a check constraint holds the list). */
  kind: string;
  importedAt: string;
  /** `user:<username>` or `system`, as the audit trail names actors. */
  importedBy: string;
  /** JSON array of { name, sha256, rows }: the files the version was read from. */
  files: string;
  entryCount: number;
  /** 1 for the version in force for its kind (at most one per kind), else 0. */
  active: number;
  /** When a later import of the kind took over; null while active. */
  supersededAt: string | null;
  /** JSON of the delta against the superseded version and the re-screening it caused. */
  delta: string;
  /** JSON WordStatistics the matcher weighs words by while this is the newest version in force. */
  wordStatistics: string;
  /** Entries added, changed or removed, over every kind, since those statistics were taken. */
  changesSinceWeighting: number;
}

/** One entry of one list version. */
export interface ScreeningListEntriesTable {
  versionId: string;
  /** The entry's id in its list: the CSL `_id`, or `ofac:<ent_num>`. */
  entryId: string;
  source: string;
  name: string;
  /** SHA-256 of the entry's canonical JSON: differs between versions exactly when the entry changed. */
  contentHash: string;
  /** The ListEntry as JSON. */
  entry: string;
}

/** One screening of one party against the list versions then in force. */
export interface ScreeningsTable {
  id: string;
  partyId: string;
  screenedAt: string;
  actor: string;
  /** What caused it: party-created, party-updated, party-imported, list-imported, manual. */
  trigger: string;
  /** JSON array of the list version ids screened against. */
  versionIds: string;
  /** The matcher's verdict: hit, review or clear. */
  decision: string;
  /** The party's screening status after this screening and its remembered decisions. */
  status: string;
  /** JSON of the matches with their explanations and states. */
  result: string;
}

/** A party's current match on one list entry, from its latest screening. */
export interface ScreeningMatchesTable {
  partyId: string;
  entryId: string;
  versionId: string;
  contentHash: string;
  /** potential, confirmed or false-positive. */
  state: string;
  /** The score in thousandths. */
  scoreMilli: number;
  screeningId: string;
  screenedAt: string;
  /** JSON of the match and its explanation. */
  match: string;
}

/** A reviewer's verdict on a party's match with one version (content hash) of a list entry. */
export interface ScreeningDecisionsTable {
  id: string;
  partyId: string;
  entryId: string;
  contentHash: string;
  /** confirmed, false-positive or lifted. */
  decision: string;
  reason: string;
  decidedBy: string;
  decidedAt: string;
}
