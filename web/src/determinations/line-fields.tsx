import type { ProductView } from '../api/types';
import { productEccnChoices } from '../authorisations/lookups';
import { ChoiceSelect } from '../ui/choice-select';
import { Field } from '../ui/field';
import type { CountrySuggestion } from './destination-suggestions';

/** The product a shipment or an order line is for, labelled with its class. */
export function ProductField({
  products,
  value,
  onChange,
  error,
}: {
  products: readonly ProductView[] | undefined;
  value: string;
  onChange: (productId: string) => void;
  error: string | undefined;
}) {
  return (
    <Field label="Product" error={error}>
      <ChoiceSelect
        name="productId"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        empty="Choose a product…"
        choices={productEccnChoices(products)}
      />
    </Field>
  );
}

/**
 * The destination country, with the rule book's countries as suggestions. The suggestions' list is
 * `listId`, so other country fields of the form can offer the same ones.
 */
export function DestinationField({
  listId,
  countries,
  value,
  onChange,
  error,
}: {
  listId: string;
  countries: readonly CountrySuggestion[] | undefined;
  value: string;
  onChange: (destination: string) => void;
  error: string | undefined;
}) {
  return (
    <>
      <Field label="Destination country" error={error} hint="ISO 3166 two-letter code.">
        <input
          name="destination"
          list={listId}
          value={value}
          maxLength={2}
          onChange={(e) => onChange(e.target.value)}
        />
      </Field>
      <datalist id={listId}>
        {(countries ?? []).map(({ code, label }) => (
          <option key={code} value={code}>
            {label}
          </option>
        ))}
      </datalist>
    </>
  );
}
