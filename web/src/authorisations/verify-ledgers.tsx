import { useState } from 'react';
import { asApiError, type ApiError } from '../api/api-error';
import { api, unwrap } from '../api/client';
import { formatNumber } from '../ui/format';

type Verification = Awaited<ReturnType<typeof verifyLedgers>>;

function verifyLedgers() {
  return unwrap(api.GET('/api/ledger/verification'));
}

/** Re-derives every balance from its ledger entries on the server and says whether they all agree. */
export function VerifyLedgersButton() {
  const [result, setResult] = useState<Verification | undefined>(undefined);
  const [error, setError] = useState<ApiError | undefined>(undefined);
  const [running, setRunning] = useState(false);

  async function run() {
    setRunning(true);
    setError(undefined);
    try {
      setResult(await verifyLedgers());
    } catch (cause) {
      setResult(undefined);
      setError(asApiError(cause));
    } finally {
      setRunning(false);
    }
  }

  return (
    <div className="verify">
      {result && (
        <div
          className={`verify__result ${result.ok ? 'verify__result--ok' : 'verify__result--broken'}`}
          role="status"
          data-testid="ledger-verification"
        >
          {result.ok ? (
            <>
              <strong>Ledgers agree</strong> · {formatNumber(result.authorisationsChecked)} authorisations,{' '}
              {formatNumber(result.entriesChecked)} entries checked
            </>
          ) : (
            <>
              <strong>
                {formatNumber(result.mismatches.length)} mismatch{result.mismatches.length === 1 ? '' : 'es'}
              </strong>
              <ul className="verify__problems">
                {result.mismatches.map((m, index) => (
                  <li key={`${m.authorisationId}-${index}`}>
                    <code>{m.authorisationId}</code> {m.problem}
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
      {error && (
        <div className="verify__result verify__result--broken" role="alert">
          {error.message}
        </div>
      )}
      <button type="button" className="button button--small" onClick={() => void run()} disabled={running}>
        {running ? 'Verifying…' : 'Verify ledgers'}
      </button>
    </div>
  );
}
