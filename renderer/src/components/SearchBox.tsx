import { useId } from 'react';

interface SearchBoxProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  testId?: string | undefined;
}

export function SearchBox({ label, value, onChange, testId }: SearchBoxProps) {
  const id = useId();
  return (
    <div className="search">
      <label htmlFor={id} className="search__label">
        {label}
      </label>
      <input
        id={id}
        type="search"
        className="input search__input"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        dir="auto"
        autoComplete="off"
        data-testid={testId}
      />
    </div>
  );
}
