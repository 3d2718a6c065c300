import { useCallback, useEffect, useState, type DependencyList } from 'react';
import { asApiError, type ApiError } from './api-error';

export interface QueryState<T> {
  data: T | undefined;
  error: ApiError | undefined;
  /** True while a request is in flight; `data` keeps the previous answer meanwhile, so tables do not flash. */
  loading: boolean;
  reload: () => void;
}

/**
 * Loads data for a page and reloads it when `deps` change. A newer request aborts the older one, so a fast
 * series of date changes never shows an answer for a date that is no longer selected.
 */
export function useApiQuery<T>(
  load: (signal: AbortSignal) => Promise<T>,
  deps: DependencyList,
): QueryState<T> {
  const [data, setData] = useState<T | undefined>(undefined);
  const [error, setError] = useState<ApiError | undefined>(undefined);
  const [loading, setLoading] = useState(true);
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    setLoading(true);
    load(controller.signal).then(
      (value) => {
        if (controller.signal.aborted) return;
        setData(value);
        setError(undefined);
        setLoading(false);
      },
      (cause: unknown) => {
        if (controller.signal.aborted) return;
        setError(asApiError(cause));
        setLoading(false);
      },
    );
    return () => controller.abort();
    // `load` is recreated every render; the caller's deps say when it really changed.
  }, [...deps, generation]);

  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  return { data, error, loading, reload };
}
