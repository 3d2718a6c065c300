import { api, unwrap } from '../api/client';

export interface CountrySuggestion {
  code: string;
  label: string;
}

/**
 * The destinations the rule book knows, read from its country-membership rules (ids `country-cn`, summaries
 * `CN (People's Republic of China): …`), so the suggestions follow the rule files instead of a copy here.
 * Suggestions only: the server decides what is known and says so beside the field.
 */
export async function loadDestinationSuggestions(signal: AbortSignal): Promise<CountrySuggestion[]> {
  const rules = await unwrap(api.GET('/api/rules', { signal }));
  const suggestions: CountrySuggestion[] = [];
  for (const rule of rules.rules) {
    if (rule.kind !== 'country-membership') continue;
    const code = /^country-([a-z]{2})$/i.exec(rule.id)?.[1]?.toUpperCase();
    if (!code) continue;
    const label = rule.summary.split(':')[0] ?? code;
    suggestions.push({ code, label });
  }
  return suggestions.sort((a, b) => a.code.localeCompare(b.code));
}
