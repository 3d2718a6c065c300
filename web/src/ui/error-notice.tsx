import type { ApiError } from '../api/api-error';

/**
 * Shows an API failure: the server's message, and any field details no form field has claimed.
 * `claimedFields` are shown beside their inputs instead.
 */
export function ErrorNotice({
  error,
  claimedFields = [],
}: {
  error: ApiError;
  claimedFields?: readonly string[];
}) {
  const rest = error.unclaimedDetails(claimedFields).filter((d) => !error.message.endsWith(d.message));
  return (
    <div className="notice notice--error" role="alert">
      <div>{error.message}</div>
      {rest.length > 0 && (
        <ul className="notice__details">
          {rest.map((detail, index) => (
            <li key={`${detail.path ?? ''}-${index}`}>
              {detail.path && <code>{detail.path}</code>} {detail.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
