import type { ReactNode } from 'react';
import type { ApiError } from '../api/api-error';
import { ErrorNotice } from './error-notice';

/** The three states every loaded region has, rendered the same way everywhere. */
export function Loaded<T>({
  data,
  error,
  children,
  what,
}: {
  data: T | undefined;
  error: ApiError | undefined;
  what: string;
  children: (data: T) => ReactNode;
}) {
  if (error) return <ErrorNotice error={error} />;
  if (data === undefined) {
    return (
      <div className="loading" role="status">
        Loading {what}…
      </div>
    );
  }
  return children(data);
}

export function Badge({
  tone = 'neutral',
  children,
  title,
}: {
  tone?: BadgeTone;
  children: ReactNode;
  title?: string;
}) {
  return (
    <span className={`badge badge--${tone}`} title={title}>
      {children}
    </span>
  );
}

export type BadgeTone = 'neutral' | 'danger' | 'warning' | 'info' | 'success' | 'violet' | 'muted';
