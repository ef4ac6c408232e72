/**
 * The case report's style sheet, inline so the file stands alone (no network, no extension). Screen
 * and paper: A4 with margins, 10.5 pt body text, each major section on a new page, tables that wrap
 * long values (URLs, e-mail addresses) inside their columns instead of running off the page, table
 * headings repeated on every page, and rows and signal cards never split across pages.
 */
export const CASE_REPORT_CSS = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
body {
  margin: 0 auto;
  padding: 2rem 1.5rem 3rem;
  max-width: 52rem;
  color: #111;
  background: #fff;
  font: 10.5pt/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
}
h1 { font-size: 18pt; margin: 0 0 0.25rem; }
h2 { font-size: 14pt; margin: 0 0 0.5rem; padding-bottom: 0.2rem; border-bottom: 2px solid #111; }
h3 { font-size: 11.5pt; margin: 1rem 0 0.35rem; }
h4 { font-size: 10.5pt; margin: 0 0 0.2rem; }
p { margin: 0.3rem 0; }
ul, ol { margin: 0.3rem 0; padding-left: 1.25rem; }
section { margin-top: 2rem; }
.muted { color: #555; }
.notice { margin: 0.75rem 0; padding: 0.5rem 0.75rem; border: 1px solid #111; border-left-width: 6px; }
dl.facts { display: grid; grid-template-columns: minmax(9rem, max-content) 1fr; gap: 0.15rem 1rem; margin: 0.5rem 0; }
dl.facts dt { font-weight: 600; }
dl.facts dd { margin: 0; overflow-wrap: anywhere; }
table { width: 100%; border-collapse: collapse; table-layout: fixed; margin: 0.4rem 0; }
th, td { padding: 0.25rem 0.4rem; border: 1px solid #999; text-align: left; vertical-align: top; overflow-wrap: anywhere; word-break: break-word; }
th { background: #eee; font-weight: 600; }
.text { white-space: pre-wrap; overflow-wrap: anywhere; }
.url { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: 8.5pt; overflow-wrap: anywhere; word-break: break-all; }
.card { margin: 0.6rem 0; padding: 0.5rem 0.75rem; border: 1px solid #999; border-radius: 4px; }
.card--hit { border-left: 6px solid #111; }
.card--not-counted { border-left: 6px dashed #777; }
.label { display: inline-block; padding: 0 0.35rem; border: 1px solid #555; border-radius: 3px; font-size: 9pt; font-weight: 600; }
.why { margin-top: 0.35rem; }
.why p:first-child { font-weight: 600; }
footer { margin-top: 2rem; padding-top: 0.5rem; border-top: 1px solid #999; font-size: 9pt; color: #555; }
@page { size: A4; margin: 16mm 15mm 18mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 10.5pt; }
  section + section { break-before: page; }
  h2, h3, h4 { break-after: avoid; }
  tr, .card, dl.facts > *, li { break-inside: avoid; }
  thead { display: table-header-group; }
  .notice, .card--hit { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;
