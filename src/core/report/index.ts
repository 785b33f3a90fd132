// The report of shared/spec/report.md and its renderings (Markdown for HR, SARIF for CI).
export { buildReport, worstSeverity, type ReportInput } from './build';
export { categoriesAskedBy } from './categories-asked';
export { renderMarkdown, renderReportMarkdown, checklistAnchor, CHECKLIST_DOC } from './markdown';
export { renderSarif, SARIF_SCHEMA, type SarifLog } from './sarif';
export { TOOL_NAME, TOOL_VERSION } from './version';
