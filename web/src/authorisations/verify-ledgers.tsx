import { api, unwrap } from '../api/client';
import { formatNumber } from '../ui/format';
import { VerifyButton } from '../ui/verify-button';

/** Re-derives every balance from its ledger entries on the server and says whether they all agree. */
export function VerifyLedgersButton() {
  return (
    <VerifyButton
      label="Verify ledgers"
      testId="ledger-verification"
      small
      verify={() => unwrap(api.GET('/api/ledger/verification'))}
      describe={(result) =>
        result.ok ? (
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
        )
      }
    />
  );
}
