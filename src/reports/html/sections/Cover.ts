import { createElement as h, type ReactNode } from 'react';
import { UserText, useReport } from '../context';
import { sectionAnchor } from '../parts';

/**
 * The title page: municipality, title, date, the scenarios and the contents. The first
 * page, or the third when the council letter (the summary section) opens the report.
 */
export function Cover(): ReactNode {
  const { model, t, fmt, pageNumbers } = useReport();
  const afterLetter = model.sections.includes('summary');
  return h(
    'header',
    { className: afterLetter ? 'cover new-page' : 'cover', 'data-section': 'cover' },
    h('div', { className: 'cover-band' }),
    h('p', { className: 'cover-municipality' }, h(UserText, { text: model.municipality })),
    h('h1', null, t('docTitle')),
    h('p', { className: 'cover-subtitle' }, t('docSubtitle')),
    h('p', { className: 'cover-date' }, t('coverPrepared', { date: fmt.date(model.provenance.generatedAt) })),
    h('h3', null, t('coverScenarios')),
    h(
      'ol',
      { className: 'cover-scenarios' },
      ...model.scenarios.map((s) => h('li', { key: s.scenario.id }, h(UserText, { text: s.scenario.name }))),
    ),
    h('h3', null, t('contents')),
    h(
      'ol',
      { className: 'cover-contents' },
      ...model.sections.map((id) =>
        h(
          'li',
          { key: id },
          h(
            'a',
            { href: `#${sectionAnchor(id)}` },
            h('span', null, t(`sections.${id}`)),
            // The column's width is reserved before the numbers are known, so adding them moves nothing.
            h('span', { className: 'toc-page' }, String(pageNumbers?.get(sectionAnchor(id)) ?? '')),
          ),
        ),
      ),
    ),
    h(
      'p',
      { className: 'cover-foot' },
      `${t('appVersion', { version: model.provenance.appVersion })} · `,
      h(UserText, { text: model.provenance.workspaceFile }),
      ` · ${fmt.dateTime(model.provenance.generatedAt)}`,
    ),
  );
}
