import { useState, type ReactNode } from 'react';
import { asApiError, type ApiError } from '../api/api-error';

interface VerifyButtonProps<T extends { ok: boolean }> {
  label: string;
  /** Asks the server to verify; the answer says whether everything held. */
  verify: () => Promise<T>;
  /** What to show for an answer, intact or not. */
  describe: (result: T) => ReactNode;
  testId: string;
  small?: boolean;
}

/** A button that runs a server-side verification (audit chain, ledgers) and shows its verdict beside it. */
export function VerifyButton<T extends { ok: boolean }>({
  label,
  verify,
  describe,
  testId,
  small,
}: VerifyButtonProps<T>) {
  const [result, setResult] = useState<T | undefined>(undefined);
  const [error, setError] = useState<ApiError | undefined>(undefined);
  const [running, setRunning] = useState(false);

  async function run() {
    setRunning(true);
    setError(undefined);
    try {
      setResult(await verify());
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
          data-testid={testId}
        >
          {describe(result)}
        </div>
      )}
      {error && (
        <div className="verify__result verify__result--broken" role="alert">
          {error.message}
        </div>
      )}
      <button
        type="button"
        className={small ? 'button button--small' : 'button'}
        onClick={() => void run()}
        disabled={running}
      >
        {running ? 'Verifying…' : label}
      </button>
    </div>
  );
}
