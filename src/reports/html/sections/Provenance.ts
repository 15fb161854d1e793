import { createElement as h, type ReactNode } from 'react';
import { UserText, useReport } from '../context';

/** The closing block: which app made the report, from which file, and when. */
export function Provenance(): ReactNode {
  const { model, t, fmt } = useReport();
  const { appVersion, workspaceFile, generatedAt } = model.provenance;
  const row = (label: string, value: ReactNode) => [
    h('dt', { key: `${label}-t` }, label),
    h('dd', { key: `${label}-d` }, value),
  ];
  return h(
    'footer',
    { className: 'provenance', 'data-section': 'provenance' },
    h('strong', null, t('provenanceTitle')),
    h(
      'dl',
      null,
      ...row(t('provenance.appVersion'), appVersion),
      ...row(t('provenance.workspaceFile'), h(UserText, { text: workspaceFile })),
      ...row(t('provenance.generatedAt'), fmt.dateTime(generatedAt)),
    ),
  );
}
