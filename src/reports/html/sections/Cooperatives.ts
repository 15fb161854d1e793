import { createElement as h, type ReactNode } from 'react';
import { UserText, useReport } from '../context';
import { Facts, Section } from '../parts';
import { reportedCooperatives, type ReportedCooperative } from '../tables';
import { CooperativeAwards } from './CooperativeAwards';
import { CooperativeScenarioPage } from './CooperativeScenarioPage';
import { CooperativePath } from './CooperativePath';
import { PlanDetail } from './PlanDetail';

/** One cooperative on a new page: who it is, then each of its plans. */
function CooperativeSection({ entry }: { entry: ReportedCooperative }): ReactNode {
  const { t, enumLabel, fmt } = useReport();
  const c = entry.cooperative;
  const facts = [
    { label: t('cooperativeFacts.sector'), value: enumLabel('sector', c.sector) },
    { label: t('cooperativeFacts.legalForm'), value: enumLabel('legalForm', c.legalForm) },
    { label: t('cooperativeFacts.stage'), value: enumLabel('stage', c.stage) },
    { label: t('cooperativeFacts.members'), value: fmt.amount(c.members) },
    ...(c.district === undefined || c.district === ''
      ? []
      : [{ label: t('cooperativeFacts.district'), value: h(UserText, { text: c.district }) }]),
    ...(c.foundedYear === undefined
      ? []
      : [{ label: t('cooperativeFacts.founded'), value: String(c.foundedYear) }]),
  ];
  return h(
    'article',
    { className: 'cooperative', 'data-cooperative': c.id },
    h('h3', { className: 'cooperative-name' }, h(UserText, { text: c.name })),
    h(Facts, { items: facts }),
    h(CooperativePath, { cooperative: c }),
    h(CooperativeAwards, { cooperativeId: c.id }),
    h(CooperativeScenarioPage, { cooperativeId: c.id }),
    ...entry.plans.map((reported) => h(PlanDetail, { key: reported.plan.id, reported })),
  );
}

/**
 * The cooperatives with a plan in a reported scenario, in the workspace's order. The
 * section's own heading shares the first cooperative's page.
 */
export function Cooperatives(): ReactNode {
  const { model } = useReport();
  const entries = reportedCooperatives(model);
  const [first, ...rest] = entries;
  return h(
    Section,
    { id: 'cooperatives' },
    first === undefined
      ? null
      : h('div', { className: 'first-cooperative' }, h(CooperativeSection, { entry: first })),
    ...rest.map((entry) => h(CooperativeSection, { key: entry.cooperative.id, entry })),
  );
}
