import type { OperationName } from '../../../src/contract/operations';
import { useCan } from '../session/sessionContext';
import { Icon } from './Icon';

interface NewButtonProps {
  label: string;
  testId: string;
  /** The operation the new item is created with: a role that may not call it sees no button. */
  operation: OperationName;
  onClick: () => void;
}

/** A list screen's main action beside its heading: start a new item. */
export function NewButton({ label, testId, operation, onClick }: NewButtonProps) {
  const can = useCan();
  if (!can(operation)) return null;
  return (
    <button type="button" className="button button--primary" onClick={onClick} data-testid={testId}>
      <Icon name="plus" />
      {label}
    </button>
  );
}
