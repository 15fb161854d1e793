let lastRowKey = 0;

/** A stable React key for an editable row (rows are added and removed, so indexes would shift). */
export function newRowKey(): string {
  lastRowKey += 1;
  return `row-${lastRowKey}`;
}
