import { createElement as h, type ReactNode } from 'react';
import { useReport } from '../context';
import { CouncilLetter } from './CouncilLetter';

/**
 * The summary section: the council letter (raadsinformatiebrief) that opens the report,
 * two pages about the first scenario with every reported scenario's money beside it. The
 * key figures per scenario are the letter's tables; the detail follows in the sections
 * after it.
 */
export function Summary(): ReactNode {
  const { model } = useReport();
  if (model.councilLetter === null)
    throw new Error(
      'The summary section needs the council letter: build the report with the summary section',
    );
  return h(CouncilLetter, { letter: model.councilLetter });
}
