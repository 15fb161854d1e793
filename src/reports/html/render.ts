import { createElement as h } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import type { ReportModel } from '../model';
import { reportEnv } from './context';
import { ReportDocument } from './Document';

/**
 * The council report as one self-contained HTML document: inline CSS, charts as inline
 * SVG, no scripts, nothing loaded from anywhere. Dutch unless `model.lang` is `en`.
 */
export function renderReportHtml(model: ReportModel): string {
  return `<!DOCTYPE html>${renderToStaticMarkup(h(ReportDocument, { env: reportEnv(model) }))}`;
}
