import { useState, type SubmitEvent } from 'react';
import { useSearchParams } from 'react-router-dom';
import type { ApiError } from '../api/api-error';

/** A positive whole number from the URL, or undefined for anything else. */
function positiveInteger(value: string | null): number | undefined {
  const number = Number(value);
  return Number.isInteger(number) && number > 0 ? number : undefined;
}

function readFilters<Name extends string>(names: readonly Name[], params: URLSearchParams) {
  return Object.fromEntries(names.map((name) => [name, params.get(name) ?? ''])) as Record<Name, string>;
}

/**
 * Filters and a page position kept in the URL, so a view can be linked. The form edits a draft; applying
 * it (or resetting) replaces the URL and goes back to the first page. The page position is a positive
 * whole number under `pageParam`: an offset, or a sequence number to page back from.
 */
export function useUrlFilters<Name extends string>(
  names: readonly Name[],
  { pageParam = 'offset' }: { pageParam?: string } = {},
) {
  const [params, setParams] = useSearchParams();
  const applied = readFilters(names, params);
  const page = positiveInteger(params.get(pageParam));
  const [draft, setDraft] = useState<Record<Name, string>>(applied);

  const navigate = (filters: Record<Name, string>, nextPage: number | undefined) => {
    const next = new URLSearchParams();
    for (const name of names) if (filters[name].trim()) next.set(name, filters[name].trim());
    if (nextPage !== undefined && nextPage > 0) next.set(pageParam, String(nextPage));
    setParams(next);
  };

  return {
    /** Changes whenever the filters or the page do: the dependency of the query that fetches the list. */
    key: params.toString(),
    applied,
    draft,
    page,
    set: (name: Name) => (e: { target: { value: string } }) =>
      setDraft((current) => ({ ...current, [name]: e.target.value })),
    apply: (event: SubmitEvent<HTMLFormElement>) => {
      event.preventDefault();
      navigate(draft, undefined);
    },
    reset: () => {
      const empty = readFilters(names, new URLSearchParams());
      setDraft(empty);
      navigate(empty, undefined);
    },
    /** Another page of the same filters. */
    goTo: (nextPage: number | undefined) => navigate(applied, nextPage),
  };
}

/** The message for one filter from a refused list query, which names it under `querystring.`. */
export function queryFieldError(error: ApiError | undefined, name: string): string | undefined {
  return error?.fieldMessage(`querystring.${name}`) ?? error?.fieldMessage(name);
}

/** The link to a CSV export with the filters that are set. */
export function csvExportHref(path: string, query: Record<string, string>): string {
  const search = new URLSearchParams(query).toString();
  return `${path}${search ? `?${search}` : ''}`;
}
