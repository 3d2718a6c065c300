import { Field } from '../ui/field';

/** The tier each kind of order is served in, as typed: numbers stay text so the API's message shows. */
export function TierFields({
  firm,
  forecast,
  onChange,
  errorAt,
  name,
}: {
  firm: string;
  forecast: string;
  onChange: (tier: 'firmTier' | 'forecastTier', value: string) => void;
  errorAt: (field: string) => string | undefined;
  /** Prefix of the inputs' names: two forms on one page stay apart. */
  name: string;
}) {
  return (
    <>
      <Field label="Tier of firm orders" error={errorAt('criteria.tiers.firm')} hint="1 is served first.">
        <input
          name={`${name}FirmTier`}
          inputMode="numeric"
          value={firm}
          onChange={(e) => onChange('firmTier', e.target.value)}
        />
      </Field>
      <Field label="Tier of forecasts" error={errorAt('criteria.tiers.forecast')}>
        <input
          name={`${name}ForecastTier`}
          inputMode="numeric"
          value={forecast}
          onChange={(e) => onChange('forecastTier', e.target.value)}
        />
      </Field>
    </>
  );
}
