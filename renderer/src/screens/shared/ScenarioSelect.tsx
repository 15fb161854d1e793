import { useId, useState } from 'react';
import type { ScenarioJson } from '../../../../src/model/scenario';
import { SelectField } from '../../components/form/inputs';

/**
 * The scenario a screen shows: the one the user picked while it still exists, else the
 * fallback (by default the first). `choose(null)` goes back to the fallback.
 */
export function useChosenScenario(
  scenarios: readonly ScenarioJson[],
  fallback: ScenarioJson | undefined = scenarios[0],
) {
  const [chosen, choose] = useState<string | null>(null);
  const scenario = scenarios.find((s) => s.id === chosen) ?? fallback;
  return { scenario, choose };
}

interface ScenarioSelectProps {
  label: string;
  scenarios: readonly ScenarioJson[];
  value: string;
  onChange: (id: string | null) => void;
}

/** A drop-down of the workspace's scenarios by name. */
export function ScenarioSelect({ label, scenarios, value, onChange }: ScenarioSelectProps) {
  const formId = useId().replace(/:/g, '');
  return (
    <SelectField
      formId={formId}
      name="scenario"
      label={label}
      value={value}
      options={scenarios.map((s) => ({ value: s.id, label: s.name }))}
      onChange={(id) => onChange(id === '' ? null : id)}
    />
  );
}
