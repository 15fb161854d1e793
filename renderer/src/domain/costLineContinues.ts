/**
 * A cost line's `continues` as the cost-line dialog offers it: '' keeps the field
 * absent (the default for the line's category applies), 'yes' and 'no' say it.
 */
export type ContinuesChoice = '' | 'yes' | 'no';

export function continuesChoiceOf(continues: boolean | undefined): ContinuesChoice {
  return continues === undefined ? '' : continues ? 'yes' : 'no';
}

export function continuesOf(choice: ContinuesChoice): boolean | undefined {
  return choice === '' ? undefined : choice === 'yes';
}
