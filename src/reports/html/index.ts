// The council report as HTML (React server render, Recharts SVG): the public surface.
export { renderReportHtml } from './render';
export { reportFormat, type ReportFormat } from './format';
export { PAGE_MARGINS } from './styles';
