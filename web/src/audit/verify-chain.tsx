import { api, unwrap } from '../api/client';
import { formatNumber } from '../ui/format';
import { VerifyButton } from '../ui/verify-button';

/** Recomputes the whole hash chain on the server and says whether it is intact or where it first breaks. */
export function VerifyChainButton() {
  return (
    <VerifyButton
      label="Verify chain"
      testId="chain-verification"
      verify={() => unwrap(api.GET('/api/audit-events/verification'))}
      describe={(result) =>
        result.ok ? (
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
        )
      }
    />
  );
}
