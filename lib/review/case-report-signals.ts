import type { SignalResult } from '../risk/assessment';
import { html, type Markup } from './html-template';
import type { SignalExplanation } from './signal-explanation';

/** The report's signals: every check with its outcome, evidence, what it means and why it is no verdict. */

const STATUS: Record<SignalResult['status'], string> = { hit: 'Hit', miss: 'Clean', skip: 'Skipped' };

// Said with every hit: the reviewer who prints this is not the one who wrote the checks.
const NOT_A_VERDICT =
  'A hit is evidence for a person to weigh with everything else, not a verdict about the applicant: the check can hit for innocent reasons, and it says nothing about why the data looks this way.';

function explanationOf(result: SignalResult, explanation: SignalExplanation | undefined): Markup {
  if (!explanation) {
    return html`<p class="muted">This version of HireProof no longer has the check "${result.signalId}"; its description is not available.</p>`;
  }
  return html`<p><strong>What this check means:</strong> ${explanation.meaning}</p>
${
  result.status === 'hit'
    ? html`<div class="why"><p>Why this is evidence, not a verdict</p><p>${NOT_A_VERDICT}</p>${
        explanation.innocentReasons.length > 0
          ? html`<p>Innocent reasons it can hit:</p><ul>${explanation.innocentReasons.map((r) => html`<li>${r}</li>`)}</ul>`
          : false
      }</div>`
    : false
}`;
}

function meta(result: SignalResult): string {
  const parts = [`Severity: ${result.severity}`, `weight ${result.weight}`];
  if (result.weightSetBy !== undefined) parts.push(`weight set by ${result.weightSetBy}`);
  if (result.status === 'hit' && !result.falsePositive) parts.push(`adds ${Math.round(result.contribution)} points`);
  if (result.status === 'hit' && result.falsePositive) parts.push('marked as a false positive by a recruiter: not counted');
  return parts.join(' · ');
}

function card(result: SignalResult, explanation: SignalExplanation | undefined): Markup {
  const kind = result.status !== 'hit' ? '' : result.falsePositive ? ' card--not-counted' : ' card--hit';
  return html`<div class="card${kind}" data-signal-id="${result.signalId}">
<h4><span class="label">${STATUS[result.status]}</span> ${result.title}</h4>
<p class="muted">${meta(result)}</p>
${result.evidence.length > 0 ? html`<p>Evidence:</p><ul>${result.evidence.map((e) => html`<li class="text">${e.text}</li>`)}</ul>` : false}
${result.status === 'skip' ? html`<p>Not checked: ${result.skipReason ?? 'the pages seen so far did not show what this check needs.'}</p>` : false}
${explanationOf(result, explanation)}
</div>`;
}

/** Counted hits first (largest contribution first), then hits marked false positive, clean, skipped. */
function order(a: SignalResult, b: SignalResult): number {
  const rank = (r: SignalResult) => (r.status === 'hit' ? (r.falsePositive ? 1 : 0) : r.status === 'miss' ? 2 : 3);
  return rank(a) - rank(b) || b.contribution - a.contribution;
}

export function signalCards(results: readonly SignalResult[], explanations: ReadonlyMap<string, SignalExplanation>): Markup {
  if (results.length === 0) return html`<p class="muted">No checks have run for this applicant yet.</p>`;
  return html`${[...results].sort(order).map((r) => card(r, explanations.get(r.signalId)))}`;
}
