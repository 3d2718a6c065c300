import { useSearchParams } from 'react-router-dom';
import { todayUtc } from '../ui/format';

/**
 * The "as of" day lives in the URL (?asOf=YYYY-MM-DD) so a classification under past rules can be linked
 * and reloaded. No parameter means today, which the server also defaults to.
 */
export function useAsOf(): [string | undefined, (next: string | undefined) => void] {
  const [params, setParams] = useSearchParams();
  const raw = params.get('asOf');
  const asOf = raw && /^\d{4}-\d{2}-\d{2}$/.test(raw) ? raw : undefined;
  const setAsOf = (next: string | undefined) => {
    setParams(
      (current) => {
        const updated = new URLSearchParams(current);
        if (next && next !== todayUtc()) updated.set('asOf', next);
        else updated.delete('asOf');
        return updated;
      },
      { replace: true },
    );
  };
  return [asOf, setAsOf];
}

export function AsOfPicker({
  asOf,
  onChange,
}: {
  asOf: string | undefined;
  onChange: (next: string | undefined) => void;
}) {
  return (
    <div className="as-of">
      <label className="as-of__label" htmlFor="as-of-date">
        Rules as of
      </label>
      <input
        id="as-of-date"
        name="asOf"
        type="date"
        className="as-of__input"
        value={asOf ?? todayUtc()}
        max="2100-12-31"
        onChange={(e) => onChange(e.target.value || undefined)}
      />
      {asOf && (
        <button
          type="button"
          className="button button--ghost button--small"
          onClick={() => onChange(undefined)}
        >
          Today
        </button>
      )}
    </div>
  );
}
