import { ruleChoices, type RoundRule } from './round-model';

/** The allocation rule as a segmented choice, with what the chosen rule does (or the API's error) below. */
export function RuleField({
  value,
  onChange,
  error,
  name,
  className = 'fieldset',
}: {
  value: RoundRule;
  onChange: (rule: RoundRule) => void;
  error: string | undefined;
  /** The radios' name: two forms on one page stay apart. */
  name: string;
  className?: string;
}) {
  const chosen = ruleChoices.find((c) => c.value === value);
  return (
    <fieldset className={className} aria-label="Rule">
      <div className="segmented">
        {ruleChoices.map((choice) => (
          <label
            key={choice.value}
            className={`segmented__option${value === choice.value ? ' is-selected' : ''}`}
          >
            <input
              type="radio"
              name={name}
              value={choice.value}
              checked={value === choice.value}
              onChange={() => onChange(choice.value)}
            />
            {choice.label}
          </label>
        ))}
      </div>
      {error ? (
        <div className="field__error">{error}</div>
      ) : (
        chosen && <div className="field__hint">{chosen.hint}</div>
      )}
    </fieldset>
  );
}
