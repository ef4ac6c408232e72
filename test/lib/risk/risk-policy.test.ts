import { describe, expect, it } from 'vitest';
import type { CandidateView } from '../../../lib/candidate/candidate-view';
import { buildRiskPolicy } from '../../../lib/risk/risk-policy';
import { assessCandidate } from '../../../lib/risk/score';
import { defineSignal, type Signal } from '../../../lib/signals/define-signal';
import { effectiveSettings } from '../../../lib/settings/effective-settings';
import { makeCtx, makeView } from '../signals/make-view';

const hit = (id: string, weight: number): Signal =>
  defineSignal({
    id,
    meta: { title: id, description: '', severity: 'low', status: 'test', requires: ['names'], weight, falsePositives: [], references: [], messages: {} },
    evaluate: () => ({ status: 'hit', evidence: [] }),
  });
const signals = [hit('a', 0.5), hit('b', 0.5)];
const view: CandidateView = makeView();
const listWeight = { signalId: 'a', weight: 0.1, listTitle: 'Partner feed', reason: 'common here' };
const filter = { signalId: 'b', listTitle: 'Known good', reason: 'our own test accounts' };

describe('buildRiskPolicy and the score', () => {
  it.each<[string, Parameters<typeof buildRiskPolicy>, number, Record<string, { status: string; weight: number; note?: string }>]>([
    ['no policy: both count', [undefined, [], []], 75, { a: { status: 'hit', weight: 0.5 }, b: { status: 'hit', weight: 0.5 } }],
    ['a list lowers a weight', [undefined, [listWeight], []], 55, {
      a: { status: 'hit', weight: 0.1, note: 'the list "Partner feed": common here' },
      b: { status: 'hit', weight: 0.5 },
    }],
    ['a list filter suppresses a signal for this candidate', [undefined, [], [filter]], 50, {
      a: { status: 'hit', weight: 0.5 },
      b: { status: 'skip', weight: 0.5, note: 'Not applied to this applicant by the list "Known good": our own test accounts' },
    }],
    ['options-page weights win over a list', [effectiveSettings({ signalWeights: { a: 0.2 } }, undefined), [listWeight], []], 60, {
      a: { status: 'hit', weight: 0.2, note: 'HireProof options' },
      b: { status: 'hit', weight: 0.5 },
    }],
    ['a signal turned off by policy is skipped, saying so', [effectiveSettings({}, { disabledSignals: ['a'] }), [], []], 50, {
      a: { status: 'skip', weight: 0.5, note: "Turned off by your organisation's policy" },
      b: { status: 'hit', weight: 0.5 },
    }],
    ['turned off in options wins over a filter', [effectiveSettings({ disabledSignals: ['b'] }, undefined), [], [filter]], 50, {
      a: { status: 'hit', weight: 0.5 },
      b: { status: 'skip', weight: 0.5, note: 'Turned off by HireProof options' },
    }],
  ])('%s', (_name, args, score, expected) => {
    const assessment = assessCandidate({ view, ctx: makeCtx(), falsePositiveSignalIds: new Set(), signals, policy: buildRiskPolicy(...args) });
    expect(assessment.score).toBe(score);
    for (const [id, want] of Object.entries(expected)) {
      const r = assessment.results.find((x) => x.signalId === id);
      expect(r?.status).toBe(want.status);
      expect(r?.weight).toBe(want.weight);
      expect(want.status === 'skip' ? r?.skipReason : r?.weightSetBy).toBe(want.note);
    }
  });
});
