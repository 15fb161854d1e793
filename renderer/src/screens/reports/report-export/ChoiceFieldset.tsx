import type { Dispatch, ReactNode, SetStateAction } from 'react';

interface Choice<V extends string> {
  value: V;
  label: ReactNode;
  testId?: string;
}

interface ChoiceFieldsetProps<V extends string> {
  legend: string;
  choices: readonly Choice<V>[];
  selected: readonly V[];
  /** The state's setter: a click updates the list as it is by then. */
  setSelected: Dispatch<SetStateAction<V[]>>;
  /** Below the choices, inside the fieldset: e.g. why nothing can be exported yet. */
  children?: ReactNode;
}

/** A ticked choice goes to the end of the list; the export puts the lists back in their own order. */
function toggle<V>(list: readonly V[], item: V, on: boolean): V[] {
  return on ? [...list.filter((x) => x !== item), item] : list.filter((x) => x !== item);
}

/** One of the report's "pick any of these" groups: scenarios, sections, formats. */
export function ChoiceFieldset<V extends string>({
  legend,
  choices,
  selected,
  setSelected,
  children,
}: ChoiceFieldsetProps<V>) {
  return (
    <fieldset className="fieldset">
      <legend className="fieldset__legend">{legend}</legend>
      <div className="checkbox-row">
        {choices.map((choice) => (
          <label key={choice.value} className="choice">
            <input
              type="checkbox"
              className="checkbox"
              checked={selected.includes(choice.value)}
              onChange={(e) => setSelected((list) => toggle(list, choice.value, e.target.checked))}
              data-testid={choice.testId}
            />
            {choice.label}
          </label>
        ))}
      </div>
      {children}
    </fieldset>
  );
}
