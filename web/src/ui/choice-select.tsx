/**
 * A select of choices with an optional empty first option ("Any product", "Choose a buyer"). Field gives
 * it the ids and ARIA attributes that tie it to its label and error, which it passes to the select.
 */
export function ChoiceSelect({
  choices,
  empty,
  onChange,
  ...select
}: {
  name: string;
  value: string;
  choices: readonly { value: string; label: string }[];
  /** The label of the empty option; none when absent. */
  empty?: string | undefined;
  onChange: (event: { target: { value: string } }) => void;
  disabled?: boolean;
  id?: string;
  'aria-invalid'?: boolean;
  'aria-describedby'?: string;
}) {
  return (
    <select {...select} onChange={onChange}>
      {empty !== undefined && <option value="">{empty}</option>}
      {choices.map((choice) => (
        <option key={choice.value} value={choice.value}>
          {choice.label}
        </option>
      ))}
    </select>
  );
}
