import { createElement as h, type ReactNode } from 'react';
import type { ReportSection } from '../model';
import { ReportProvider, type ReportEnv } from './context';
import { displayText } from './names';
import { Comparison } from './sections/Comparison';
import { Cooperatives } from './sections/Cooperatives';
import { Cover } from './sections/Cover';
import { Doughnut } from './sections/Doughnut';
import { Methodology } from './sections/Methodology';
import { Portfolio } from './sections/Portfolio';
import { Provenance } from './sections/Provenance';
import { Summary } from './sections/Summary';
import { REPORT_CSS } from './styles';

function SectionFor({ id }: { id: ReportSection }): ReactNode {
  switch (id) {
    case 'summary':
      return h(Summary);
    case 'portfolio':
      return h(Portfolio);
    case 'cooperatives':
      return h(Cooperatives);
    case 'doughnut':
      return h(Doughnut);
    case 'comparison':
      return h(Comparison);
    case 'methodology':
      return h(Methodology);
    default: {
      const never: never = id;
      throw new Error(`Unknown report section ${String(never)}`);
    }
  }
}

/**
 * The whole report as one HTML document. The content security policy forbids loading
 * anything (scripts, images, fonts, frames): the file is complete as it stands, so a
 * name that smuggled markup past the escaping still could not fetch or run anything.
 */
export function ReportDocument({ env }: { env: ReportEnv }): ReactNode {
  const title = `${env.t('docTitle')} — ${displayText(env.model.municipality)}`;
  return h(
    ReportProvider,
    { value: env },
    h(
      'html',
      { lang: env.lang },
      h(
        'head',
        null,
        h('meta', { charSet: 'utf-8' }),
        h('meta', {
          httpEquiv: 'Content-Security-Policy',
          content: "default-src 'none'; style-src 'unsafe-inline'",
        }),
        h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
        h('meta', { name: 'generator', content: `Coopfolio ${env.model.provenance.appVersion}` }),
        h('title', null, title),
        // The style sheet is the app's own constant, never user data; as text React would escape its `>`.
        h('style', { dangerouslySetInnerHTML: { __html: REPORT_CSS } }),
      ),
      h(
        'body',
        null,
        // The council letter opens the report (pages 1 and 2); the cover and the detail follow it.
        ...env.model.sections.filter((id) => id === 'summary').map((id) => h(SectionFor, { key: id, id })),
        h(Cover),
        ...env.model.sections.filter((id) => id !== 'summary').map((id) => h(SectionFor, { key: id, id })),
        h(Provenance),
      ),
    ),
  );
}
