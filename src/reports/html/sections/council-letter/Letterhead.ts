/** The letterhead: municipality, kind of letter, addressee, date, subject and scenario. */
import { createElement as h, type ReactNode } from 'react';
import { UserText } from '../../context';
import { useLetter } from './letter-env';

export function Letterhead({ scenarioName }: { scenarioName: string }): ReactNode {
  const { model, t, fmt, c } = useLetter();
  const line = (label: string, value: ReactNode) =>
    h('div', { className: 'letter-line' }, h('dt', null, label), h('dd', null, value));
  return h(
    'header',
    { className: 'letterhead' },
    h(
      'div',
      { className: 'letterhead-top' },
      h('p', { className: 'letter-municipality' }, h(UserText, { text: model.municipality })),
      h('p', { className: 'letter-kind' }, c('kind')),
    ),
    h(
      'dl',
      { className: 'letter-meta' },
      line(c('to'), c('council')),
      line(c('date'), fmt.date(model.provenance.generatedAt)),
      line(c('subject'), t('docTitle')),
      line(c('scenarioLabel'), h(UserText, { text: scenarioName })),
    ),
  );
}
