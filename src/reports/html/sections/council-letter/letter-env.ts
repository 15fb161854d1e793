/** What every part of the council letter reads: the report context plus the letter's own words. */
import { useReport } from '../../context';
import { reportWords } from '../../../words';

export function useLetter() {
  const env = useReport();
  return { ...env, c: reportWords(env.lang, 'council') };
}
