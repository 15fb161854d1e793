import { createElement as h } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import type { ReportModel } from '../model';
import { reportEnv } from './context';
import { ReportDocument } from './Document';

/**
 * The council report as one self-contained HTML document: inline CSS, charts as inline
 * SVG, no scripts, nothing loaded from anywhere. Dutch unless `model.lang` is `en`.
 * `pageNumbers` (section anchor -> PDF page) fills in the contents list's page column.
 */
export function renderReportHtml(
  model: ReportModel,
  pageNumbers: ReadonlyMap<string, number> | null = null,
): string {
  return `<!DOCTYPE html>${renderToStaticMarkup(h(ReportDocument, { env: reportEnv(model, pageNumbers) }))}`;
}
