import type { ListEntry, PartyMatch } from '../api/types';

function percent(value: number): string {
  return `${Math.round(value * 100)}%`;
}

function signed(value: number): string {
  if (value === 0) return '±0';
  return `${value > 0 ? '+' : '−'}${Math.abs(Math.round(value * 100))}`;
}

const howLabels: Record<string, string> = {
  exact: 'same word',
  pinyin: 'pinyin of the Chinese',
  translated: 'translated business term',
  joined: 'words joined',
  split: 'word split',
  typo: 'one typo',
  acronym: 'acronym',
  'legal-form': 'legal form',
};

/**
 * Why a party matched a list entry: which of the party's names met which listed name or alias, word by
 * word with how each pair was made, and the score's parts (name, legal form, country).
 */
export function MatchExplanation({ match }: { match: PartyMatch }) {
  return (
    <div className="stack" data-testid="match-explanation">
      <dl className="event-details">
        <dt>Party name</dt>
        <dd>{match.partyName}</dd>
        <dt>Matched</dt>
        <dd data-testid="match-variant">{match.variant}</dd>
        <dt>Score</dt>
        <dd data-testid="match-score">
          <strong>{percent(match.score)}</strong>{' '}
          <span className="muted small">
            name {percent(match.parts.name)} · legal form {signed(match.parts.legalForm)} · country{' '}
            {signed(match.parts.country)}
          </span>
        </dd>
      </dl>
      {match.pairs.length > 0 && (
        <table className="table" data-testid="match-pairs">
          <thead>
            <tr>
              <th>Party word</th>
              <th>Listed word</th>
              <th>How</th>
              <th className="num">Weight</th>
            </tr>
          </thead>
          <tbody>
            {match.pairs.map((pair, index) => (
              <tr key={`${pair.query}-${pair.listed}-${index}`}>
                <td>{pair.query}</td>
                <td>{pair.listed}</td>
                <td>{howLabels[pair.how] ?? pair.how}</td>
                <td className="num">{pair.weight.toFixed(2)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}

function addressLine(address: ListEntry['addresses'][number]): string {
  return [address.address, address.city, address.state, address.postalCode, address.country]
    .filter((part): part is string => Boolean(part))
    .join(', ');
}

/** The listed entry as the list has it: source, programs, aliases, addresses, identifiers. */
export function ListedEntry({ entry }: { entry: ListEntry }) {
  return (
    <dl className="event-details" data-testid="listed-entry">
      <dt>Listed name</dt>
      <dd>
        <strong>{entry.name}</strong>
      </dd>
      <dt>List</dt>
      <dd data-testid="entry-source">{entry.source}</dd>
      {entry.programs.length > 0 && (
        <>
          <dt>Programs</dt>
          <dd>{entry.programs.join(', ')}</dd>
        </>
      )}
      {entry.aliases.length > 0 && (
        <>
          <dt>Also known as</dt>
          <dd>{entry.aliases.join(' · ')}</dd>
        </>
      )}
      {entry.addresses.length > 0 && (
        <>
          <dt>Addresses</dt>
          <dd>
            {entry.addresses.map((address, index) => (
              <div key={index}>{addressLine(address)}</div>
            ))}
          </dd>
        </>
      )}
      {entry.identifiers.length > 0 && (
        <>
          <dt>Identifiers</dt>
          <dd>
            {entry.identifiers.map((identifier) => (
              <div key={`${identifier.scheme}:${identifier.value}`}>
                {identifier.scheme} <code>{identifier.value}</code>
              </div>
            ))}
          </dd>
        </>
      )}
      {entry.startDate && (
        <>
          <dt>Listed since</dt>
          <dd>{entry.startDate}</dd>
        </>
      )}
      {entry.sourceListUrl && (
        <>
          <dt>Source</dt>
          <dd>
            <a href={entry.sourceListUrl} target="_blank" rel="noreferrer">
              {entry.sourceListUrl}
            </a>
          </dd>
        </>
      )}
    </dl>
  );
}
