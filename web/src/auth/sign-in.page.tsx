import { useState, type SubmitEvent } from 'react';
import { Navigate, useSearchParams } from 'react-router-dom';
import { asApiError, type ApiError } from '../api/api-error';
import { useSession } from './session-context';

/** Only paths inside the app are followed after sign-in, so a crafted link cannot send users elsewhere. */
function safeNext(next: string | null): string {
  return next?.startsWith('/') && !next.startsWith('//') ? next : '/products';
}

export function SignInPage() {
  const { session, signIn } = useSession();
  const [params] = useSearchParams();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<ApiError | undefined>(undefined);
  const [submitting, setSubmitting] = useState(false);

  if (session.status === 'signed-in') return <Navigate to={safeNext(params.get('next'))} replace />;

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    setSubmitting(true);
    setError(undefined);
    try {
      await signIn(username.trim(), password);
    } catch (cause) {
      setError(asApiError(cause));
      setSubmitting(false);
    }
  }

  const expired = session.status === 'signed-out' && session.reason === 'expired';
  return (
    <div className="sign-in">
      <div className="sign-in__panel">
        <div className="sign-in__brand">
          <span className="brand-mark" aria-hidden="true" />
          <span className="brand-name">Tranche</span>
        </div>
        <h1 className="sign-in__title">Sign in</h1>
        <p className="sign-in__lede">Export-control classification, licensing and allocation.</p>
        {expired && !error && (
          <div className="notice notice--info" role="status">
            Your session ended. Sign in again to continue.
          </div>
        )}
        {error && (
          <div className="notice notice--error" role="alert">
            {error.message}
          </div>
        )}
        <form onSubmit={(e) => void submit(e)} noValidate>
          <label className="field">
            <span className="field__label">Username</span>
            <input
              name="username"
              autoComplete="username"
              autoFocus
              value={username}
              onChange={(e) => setUsername(e.target.value)}
            />
          </label>
          <label className="field">
            <span className="field__label">Password</span>
            <input
              name="password"
              type="password"
              autoComplete="current-password"
              value={password}
              onChange={(e) => setPassword(e.target.value)}
            />
          </label>
          <button type="submit" className="button button--primary button--block" disabled={submitting}>
            {submitting ? 'Signing in…' : 'Sign in'}
          </button>
        </form>
      </div>
      <p className="sign-in__footnote">
        Decision support, not legal advice. Every change is recorded in a verifiable audit trail.
      </p>
    </div>
  );
}
