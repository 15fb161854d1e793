import { Icon } from './Icon';

interface NewButtonProps {
  label: string;
  testId: string;
  onClick: () => void;
}

/** A list screen's main action beside its heading: start a new item. */
export function NewButton({ label, testId, onClick }: NewButtonProps) {
  return (
    <button type="button" className="button button--primary" onClick={onClick} data-testid={testId}>
      <Icon name="plus" />
      {label}
    </button>
  );
}
