import { useIssueText } from '../../../components/form/useIssueText';
import type { GridPosition } from '../../../domain/costGrid';
import type { CostGridController } from './useCostGrid';

interface CostGridCellProps {
  grid: CostGridController;
  position: GridPosition;
  /** What the cell shows when not being edited (formatted in the UI language). */
  display: string;
  /** Read by screen readers as the cell's name: row and year. */
  label: string;
  testId: string;
  /** The shown value is still being saved. */
  unsaved: boolean;
}

/** One editable amount; an input so screen readers announce it as one, read-only until editing starts. */
export function CostGridCell({ grid, position, display, label, testId, unsaved }: CostGridCellProps) {
  const issueText = useIssueText();
  const state = grid.cell(position);
  const errorId = `${testId}-error`;
  const invalid = state.issues.length > 0;
  const classes = ['grid-cell', invalid && 'grid-cell--invalid', unsaved && 'grid-cell--unsaved'];
  return (
    <td className={classes.filter(Boolean).join(' ')}>
      <input
        type="text"
        inputMode="decimal"
        className="grid-cell__input"
        data-row={position.row}
        data-col={position.col}
        data-testid={testId}
        aria-label={label}
        aria-invalid={invalid ? true : undefined}
        aria-readonly={grid.editable ? undefined : true}
        aria-describedby={invalid ? errorId : undefined}
        value={state.text ?? display}
        readOnly={!state.editing}
        tabIndex={state.active ? 0 : -1}
        autoComplete="off"
        spellCheck={false}
        onKeyDown={(event) => grid.onKeyDown(event, position)}
        onFocus={() => grid.onFocus(position)}
        onChange={(event) => grid.onChange(position, event.target.value)}
        onPaste={(event) => {
          if (state.editing) return;
          event.preventDefault();
          grid.onPaste(position, event.clipboardData.getData('text'));
        }}
        onDoubleClick={() => grid.onDoubleClick(position)}
        onBlur={() => grid.onBlur(position)}
      />
      {invalid && (
        <span id={errorId} className="grid-cell__error" role="alert" data-testid={`${testId}-error`}>
          {state.issues.map(issueText).join(' ')}
        </span>
      )}
    </td>
  );
}
