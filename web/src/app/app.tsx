import { BrowserRouter, Navigate, Route, Routes } from 'react-router-dom';
import { RequirePermission, RequireSession } from '../auth/guards';
import { SessionProvider } from '../auth/session-context';
import { SignInPage } from '../auth/sign-in.page';
import { AppShell } from './app-shell';
import { appPages } from './pages';

function NotFound() {
  return (
    <div className="empty-state">
      <h1 className="empty-state__title">Page not found</h1>
      <p>There is nothing at this address. Use the navigation on the left.</p>
    </div>
  );
}

export function App() {
  return (
    <SessionProvider>
      <BrowserRouter>
        <Routes>
          <Route path="/sign-in" element={<SignInPage />} />
          <Route
            element={
              <RequireSession>
                <AppShell />
              </RequireSession>
            }
          >
            <Route index element={<Navigate to="/products" replace />} />
            {appPages.map((page) => (
              <Route
                key={page.path}
                path={page.path}
                element={<RequirePermission permission={page.permission}>{page.element}</RequirePermission>}
              />
            ))}
            <Route path="*" element={<NotFound />} />
          </Route>
        </Routes>
      </BrowserRouter>
    </SessionProvider>
  );
}
