import { createElement as h, type ReactNode } from 'react';
import { UserText, useReport } from '../context';
import { CooperativeDoughnut } from './CooperativeDoughnut';
import { CooperativeFunding } from './CooperativeFunding';
import { reportWords } from '../../words';

/**
 * The cooperative's page of the app in its report chapter (issue 15), for the first
 * reported scenario holding one of its plans: funding per silo, de minimis room, cash
 * position and its own Doughnut with the contribution table. Its awards stand above it
 * (CooperativeAwards), its plans below.
 */
export function CooperativeScenarioPage({ cooperativeId }: { cooperativeId: string }): ReactNode {
  const { model, lang } = useReport();
  const w = reportWords(lang, 'cooperative');
  for (const report of model.scenarios) {
    const analysis = report.cooperatives.find((c) => c.cooperativeId === cooperativeId);
    if (analysis === undefined) continue;
    return h(
      'div',
      {
        className: 'cooperative-page',
        'data-cooperative-page': cooperativeId,
        'data-scenario': report.scenario.id,
      },
      model.scenarios.length > 1
        ? h(
            'p',
            { className: 'small muted' },
            `${w('pageFor')}: `,
            h(UserText, { text: report.scenario.name }),
          )
        : null,
      h(CooperativeFunding, { analysis }),
      h(CooperativeDoughnut, { report, cooperativeId }),
    );
  }
  return null;
}
