import { useState } from 'react';
import { NavLink, Outlet, useLocation } from 'react-router-dom';
import type { Role } from '../api/types';
import { useCurrentUser, useMay, useSession } from '../auth/session-context';
import { Icon } from '../ui/icons';
import { appPages, navGroups, type AppPage } from './pages';

const roleLabels: Record<Role, string> = {
  admin: 'Administrator',
  compliance: 'Compliance officer',
  planner: 'Allocation planner',
  shipping: 'Shipping',
  auditor: 'Auditor',
  buyer: 'Buyer',
};

function initialsOf(name: string): string {
  const letters = name
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => word[0]?.toUpperCase() ?? '');
  return letters.slice(0, 2).join('') || '?';
}

/** The frame around every signed-in page: sidebar navigation, top bar with the user, and the page. */
export function AppShell() {
  const user = useCurrentUser();
  const { signOut } = useSession();
  const may = useMay();
  const location = useLocation();
  const [signingOut, setSigningOut] = useState(false);

  const visible = appPages.filter(
    (page): page is AppPage & { nav: NonNullable<AppPage['nav']> } =>
      page.nav !== undefined && may(page.permission),
  );
  const current = visible.find(
    (page) => location.pathname === `/${page.path}` || location.pathname.startsWith(`/${page.path}/`),
  );

  return (
    <div className="shell">
      <aside className="sidebar">
        <div className="sidebar__inner">
          <div className="sidebar__brand">
            <span className="brand-mark" aria-hidden="true" />
            <span className="brand-name">Tranche</span>
          </div>
          <nav className="sidebar__nav" aria-label="Main">
            {navGroups.map((group) => {
              const items = visible.filter((page) => page.nav.group === group);
              if (items.length === 0) return null;
              return (
                <div className="nav-group" key={group}>
                  <div className="nav-group__label">{group}</div>
                  {items.map((page) => (
                    <NavLink
                      key={page.path}
                      to={`/${page.path}`}
                      className={({ isActive }) => `nav-item${isActive ? ' nav-item--active' : ''}`}
                    >
                      <Icon name={page.nav.icon} />
                      <span>{page.nav.label}</span>
                    </NavLink>
                  ))}
                </div>
              );
            })}
          </nav>
          <div className="sidebar__footer">Decision support, not legal advice.</div>
        </div>
      </aside>
      <div className="shell__main">
        <header className="topbar">
          <div className="topbar__context">{current?.nav.label ?? ''}</div>
          <div className="topbar__user" data-testid="current-user">
            <span className="avatar" aria-hidden="true">
              {initialsOf(user.displayName)}
            </span>
            <span className="topbar__identity">
              <span className="topbar__name">{user.displayName}</span>
              <span className="topbar__role">
                {roleLabels[user.role]}
                {user.partyId ? ` · ${user.partyId}` : ''}
              </span>
            </span>
            <button
              type="button"
              className="button button--ghost button--small"
              disabled={signingOut}
              onClick={() => {
                setSigningOut(true);
                signOut().catch((error: unknown) => console.error(error));
              }}
            >
              <Icon name="signOut" />
              Sign out
            </button>
          </div>
        </header>
        <main className="content">
          <Outlet />
        </main>
      </div>
    </div>
  );
}
