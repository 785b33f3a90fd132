// The report of shared/spec/report.md and its renderings (Markdown for HR, SARIF for CI).
export { buildReport, worstSeverity } from './build';
export { categoriesAskedBy } from './categories-asked';
export { renderMarkdown, checklistAnchor } from './markdown';
export { renderSarif } from './sarif';
export { TOOL_VERSION } from './version';
