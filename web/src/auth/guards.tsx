import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import type { Permission } from './permissions';
import { useMay, useSession } from './session-context';

/** Renders its children for a signed-in user; otherwise sends the browser to sign-in and back afterwards. */
export function RequireSession({ children }: { children: ReactNode }) {
  const { session } = useSession();
  const location = useLocation();
  if (session.status === 'loading') {
    return (
      <div className="boot" role="status">
        Loading Tranche…
      </div>
    );
  }
  if (session.status === 'signed-out') {
    // After a deliberate sign-out the next person starts afresh; otherwise come back to where they were.
    if (session.reason === 'signed-out') return <Navigate to="/sign-in" replace />;
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={`/sign-in?next=${encodeURIComponent(next)}`} replace />;
  }
  return children;
}

/** Shows a page only to roles that hold its permission; others learn why instead of meeting a broken page. */
export function RequirePermission({ permission, children }: { permission: Permission; children: ReactNode }) {
  const may = useMay();
  if (may(permission)) return children;
  return <NotAllowed />;
}

export function NotAllowed() {
  return (
    <div className="empty-state" role="alert">
      <h1 className="empty-state__title">You are not allowed to see this page</h1>
      <p>Your role does not include access to it. Ask an administrator if you need it for your work.</p>
    </div>
  );
}
