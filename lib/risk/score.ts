import type { CandidateView } from '../candidate/candidate-view';
import type { AdapterHealth } from '../candidate/observation';
import { signals as allSignals } from '../signals';
import type { RequiredField, Signal, SignalContext, SignalOutcome } from '../signals/define-signal';
import type { Assessment, SignalResult } from './assessment';
import { bandForScore } from './band';
import type { RiskPolicy } from './risk-policy';
import { fillMessage } from './fill-message';

export interface AssessInput {
  view: CandidateView;
  ctx: SignalContext;
  /** Signals a recruiter marked as a false positive for this candidate: shown, never counted. */
  falsePositiveSignalIds: ReadonlySet<string>;
  health?: AdapterHealth;
  /** Defaults to every registered signal; tests pass their own. */
  signals?: readonly Signal[];
  /** Signals turned off or suppressed and weights replaced (lib/risk/risk-policy.ts). */
  policy?: RiskPolicy;
}

/**
 * Runs every signal and combines the hits into an explained score. Hits are independent evidence:
 * score = round(100 * (1 - product of (1 - weight))) over hits not marked false positive. Each hit's
 * `contribution` is its marginal share (largest weight first), rounded so they add up to the score.
 * A signal that throws is reported as skipped ("internal error"); the assessment never fails.
 */
export function assessCandidate(input: AssessInput): Assessment {
  const signals = input.signals ?? allSignals;
  const results = signals.map((signal) => resultOf(signal, input));
  const counted = results.filter((r) => r.status === 'hit' && !r.falsePositive);
  const score = allocate(counted);
  const byLayout = input.health === undefined ? undefined : skippedByLayout(results, signals, input.health, input.view);
  return {
    candidateId: input.view.id,
    assessedAt: input.ctx.now,
    score,
    band: bandForScore(score),
    results,
    explanation: explain(results, input.health, byLayout ?? []),
    ...(input.health === undefined ? {} : { health: input.health, skippedByLayout: byLayout }),
  };
}

const missingFields = (health: AdapterHealth) => health.expected.filter((f) => !health.found.includes(f));

/** Skipped checks that needed a field the page was expected to show but did not: only these are blamed on the page. */
function skippedByLayout(results: readonly SignalResult[], signals: readonly Signal[], health: AdapterHealth, view: CandidateView): string[] {
  const missing = new Set<string>(missingFields(health));
  const requires = new Map(signals.map((s) => [s.id, s.meta.requires]));
  // A skip is the page's fault only if the signal had nothing to work with (every field it can use
  // is empty) and one of those fields is one the page was expected to show.
  const empty = (field: RequiredField) => {
    const value = view[field];
    return value === undefined || (Array.isArray(value) ? value.length === 0 : typeof value === 'object' && Object.keys(value).length === 0);
  };
  return results
    .filter((r) => {
      const fields = requires.get(r.signalId) ?? [];
      return r.status === 'skip' && fields.some((f) => missing.has(f)) && fields.every(empty);
    })
    .map((r) => r.signalId);
}

function resultOf(signal: Signal, input: AssessInput): SignalResult {
  const replaced = input.policy?.weights.get(signal.id);
  const base = {
    signalId: signal.id,
    title: signal.meta.title,
    severity: signal.meta.severity,
    weight: Math.min(1, Math.max(0, replaced?.weight ?? signal.meta.weight)),
    ...(replaced ? { weightSetBy: replaced.setBy } : {}),
    falsePositive: false,
    contribution: 0,
  };
  const skippedBecause = input.policy?.skipped.get(signal.id);
  if (skippedBecause !== undefined) return { ...base, status: 'skip', evidence: [], skipReason: skippedBecause };
  let outcome: SignalOutcome;
  try {
    outcome = signal.evaluate(input.view, input.ctx);
    if (outcome.status !== 'hit' && outcome.status !== 'miss' && outcome.status !== 'skip') throw new Error('bad outcome');
  } catch {
    return { ...base, status: 'skip', evidence: [], skipReason: 'internal error' };
  }
  if (outcome.status === 'skip') return { ...base, status: 'skip', evidence: [], skipReason: outcome.reason };
  if (outcome.status === 'miss') return { ...base, status: 'miss', evidence: [] };
  const evidence = outcome.evidence.map((e) => ({
    messageId: e.messageId,
    data: e.data,
    text: fillMessage(signal.meta.messages[e.messageId] ?? e.messageId, e.data),
  }));
  return { ...base, status: 'hit', evidence, falsePositive: input.falsePositiveSignalIds.has(signal.id) };
}

/** Sets each counted result's contribution; returns the score they add up to. */
function allocate(counted: SignalResult[]): number {
  const ordered = [...counted].sort((a, b) => b.weight - a.weight || a.signalId.localeCompare(b.signalId));
  let remaining = 1;
  const raw = ordered.map((r) => {
    const share = 100 * remaining * r.weight;
    remaining *= 1 - r.weight;
    return share;
  });
  const score = Math.round(100 * (1 - remaining));
  // Largest remainder: floors first, then the leftover points to the largest fractions.
  ordered.forEach((r, i) => (r.contribution = Math.floor(raw[i] ?? 0)));
  let leftover = score - ordered.reduce((sum, r) => sum + r.contribution, 0);
  const byFraction = ordered
    .map((r, i) => ({ r, fraction: (raw[i] ?? 0) - Math.floor(raw[i] ?? 0) }))
    .sort((a, b) => b.fraction - a.fraction);
  for (const { r } of byFraction) {
    if (leftover <= 0) break;
    r.contribution += 1;
    leftover -= 1;
  }
  return score;
}

/** Plain sentences: counted hits (largest first), hits marked false positive, skipped checks, page health. */
function explain(results: readonly SignalResult[], health: AdapterHealth | undefined, byLayout: readonly string[]): string[] {
  const detail = (r: SignalResult) => (r.evidence.length === 0 ? '' : `: ${r.evidence.map((e) => e.text).join('; ')}`);
  const hits = results.filter((r) => r.status === 'hit');
  const lines = [
    ...hits
      .filter((r) => !r.falsePositive)
      .sort((a, b) => b.contribution - a.contribution)
      .map((r) => `${r.title}${detail(r)} (+${r.contribution})`),
    ...hits.filter((r) => r.falsePositive).map((r) => `${r.title}${detail(r)} — marked as a false positive; not counted`),
  ];
  const skipped = results.filter((r) => r.status === 'skip');
  lines.push(...skipped.map((r) => `${r.title}: not checked — ${r.skipReason ?? 'no reason given'}`));
  if (health !== undefined) {
    const missing = missingFields(health);
    const affected = byLayout.length;
    if (missing.length > 0) {
      lines.push(
        `${health.adapterLabel} page: ${missing.join(', ')} not found (the page layout may have changed or the profile is sparse); ` +
          `${affected} check${affected === 1 ? '' : 's'} skipped because of it`,
      );
    }
  }
  return lines;
}
