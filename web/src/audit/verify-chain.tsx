import { useState } from 'react';
import { asApiError, type ApiError } from '../api/api-error';
import { api, unwrap } from '../api/client';
import { formatNumber } from '../ui/format';

type Verification = Awaited<ReturnType<typeof verifyChain>>;

function verifyChain() {
  return unwrap(api.GET('/api/audit-events/verification'));
}

/** Recomputes the whole hash chain on the server and says whether it is intact or where it first breaks. */
export function VerifyChainButton() {
  const [result, setResult] = useState<Verification | undefined>(undefined);
  const [error, setError] = useState<ApiError | undefined>(undefined);
  const [running, setRunning] = useState(false);

  async function run() {
    setRunning(true);
    setError(undefined);
    try {
      setResult(await verifyChain());
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
          data-testid="chain-verification"
        >
          {result.ok ? (
            <>
              <strong>Chain intact</strong> · {formatNumber(result.eventsChecked)} events checked, head #
              {result.headSeq}
            </>
          ) : (
            <>
              <strong>Chain broken</strong>
              {result.firstBreak
                ? ` at #${result.firstBreak.seq} (${result.firstBreak.kind}): ${result.firstBreak.description}`
                : ''}
            </>
          )}
        </div>
      )}
      {error && (
        <div className="verify__result verify__result--broken" role="alert">
          {error.message}
        </div>
      )}
      <button type="button" className="button" onClick={() => void run()} disabled={running}>
        {running ? 'Verifying…' : 'Verify chain'}
      </button>
    </div>
  );
}
