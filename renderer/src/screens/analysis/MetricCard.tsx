import type { ReactNode } from 'react';

interface MetricCardProps {
  label: string;
  value: string;
  /** The exact figure behind `value` (euros or a ratio), for tests and tools that read the page. */
  exact?: number | null;
  /** A line of context under the figure. */
  note?: ReactNode;
  /** A condition the user should act on (shown in words too, never by colour alone). */
  warning?: string | null;
  testId: string;
}

export function MetricCard({ label, value, exact = null, note, warning = null, testId }: MetricCardProps) {
  return (
    <li className={warning === null ? 'metric' : 'metric metric--warning'} data-testid={testId}>
      <span className="metric__label">{label}</span>
      <span className="metric__value" data-testid={`${testId}-value`} data-value={exact ?? undefined}>
        {value}
      </span>
      {note !== undefined && <span className="metric__note">{note}</span>}
      {warning !== null && (
        <span className="metric__warning">
          <span aria-hidden="true">⚠ </span>
          {warning}
        </span>
      )}
    </li>
  );
}
