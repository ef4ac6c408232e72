import { describe, expect, it } from 'vitest';
import { AssessmentSchema } from '../../../lib/risk/assessment';
import { assessCandidate } from '../../../lib/risk/score';
import { defineSignal, type Signal, type SignalOutcome } from '../../../lib/signals/define-signal';
import { makeCtx, makeMatch, makeView } from '../signals/make-view';

function fake(id: string, weight: number, outcome: SignalOutcome | (() => SignalOutcome), extra: Partial<Signal['meta']> = {}): Signal {
  return defineSignal({
    id,
    meta: {
      title: `Title ${id}`,
      description: 'd',
      severity: 'low',
      status: 'test',
      requires: ['emails'],
      weight,
      falsePositives: [],
      references: [],
      messages: { m: 'value {v}' },
      ...extra,
    },
    evaluate: typeof outcome === 'function' ? outcome : () => outcome,
  });
}
const hit = (v: string | number = 'x'): SignalOutcome => ({ status: 'hit', evidence: [{ messageId: 'm', data: { v } }] });

const assess = (signals: Signal[], falsePositives: string[] = []) =>
  assessCandidate({ view: makeView(), ctx: makeCtx(), falsePositiveSignalIds: new Set(falsePositives), signals });

describe('assessCandidate score', () => {
  const cases: Array<[string, number[], number, string]> = [
    ['no hits', [], 0, 'low'],
    ['one 0.5 hit', [0.5], 50, 'elevated'],
    ['two 0.5 hits', [0.5, 0.5], 75, 'high'],
    ['0.2 alone stays low', [0.2], 20, 'low'],
    ['0.2 and 0.1 combine (28)', [0.2, 0.1], 28, 'elevated'],
    ['band edge: 24 is low', [0.24], 24, 'low'],
    ['band edge: 25 is elevated', [0.25], 25, 'elevated'],
    ['band edge: 59 is elevated', [0.59], 59, 'elevated'],
    ['band edge: 60 is high', [0.6], 60, 'high'],
    ['weight 1 saturates', [1, 0.5], 100, 'high'],
    ['weight 0 adds nothing', [0], 0, 'low'],
    ['many small hits', [0.15, 0.15, 0.15, 0.2, 0.1], 56, 'elevated'],
  ];
  it.each(cases)('%s', (_label, weights, score, band) => {
    const a = assess(weights.map((w, i) => fake(`s${i}`, w, hit())));
    expect(a.score).toBe(score);
    expect(a.band).toBe(band);
    // Contributions are whole points that add up to the score, largest weight first.
    expect(a.results.reduce((sum, r) => sum + r.contribution, 0)).toBe(score);
    expect(AssessmentSchema.parse(a)).toEqual(a);
  });

  it('gives the largest weight its full share', () => {
    const a = assess([fake('small', 0.2, hit()), fake('big', 0.5, hit())]);
    expect(a.results.map((r) => [r.signalId, r.contribution])).toEqual([['small', 10], ['big', 50]]);
  });

  it('keeps a false-positive hit but does not count it', () => {
    const a = assess([fake('a', 0.5, hit('+14155550134')), fake('b', 0.2, hit())], ['a']);
    expect(a.score).toBe(20);
    expect(a.results[0]).toMatchObject({ signalId: 'a', status: 'hit', falsePositive: true, contribution: 0 });
    expect(a.results[0]?.evidence[0]?.text).toBe('value +14155550134');
    expect(a.explanation).toContain('Title a: value +14155550134 — marked as a false positive; not counted');
  });

  it('ignores a false-positive mark on a signal that did not hit', () => {
    const a = assess([fake('a', 0.5, { status: 'miss' })], ['a']);
    expect(a.results[0]).toMatchObject({ status: 'miss', falsePositive: false });
  });

  it('turns a throwing signal into a skip and still scores the rest', () => {
    const a = assess([
      fake('boom', 0.5, () => {
        throw new Error('bug');
      }),
      fake('ok', 0.2, hit()),
    ]);
    expect(a.results[0]).toMatchObject({ signalId: 'boom', status: 'skip', skipReason: 'internal error', contribution: 0 });
    expect(a.score).toBe(20);
    expect(a.explanation).toContain('Title boom: not checked — internal error');
  });

  it('turns a malformed outcome into a skip', () => {
    const a = assess([fake('odd', 0.5, () => ({ status: 'maybe' }) as unknown as SignalOutcome)]);
    expect(a.results[0]).toMatchObject({ status: 'skip', skipReason: 'internal error' });
  });

  it('reports skips with their reason, never as clean', () => {
    const a = assess([fake('s', 0.5, { status: 'skip', reason: 'No e-mail address on the profile' })]);
    expect(a.results[0]).toMatchObject({ status: 'skip', skipReason: 'No e-mail address on the profile' });
    expect(a.explanation).toEqual(['Title s: not checked — No e-mail address on the profile']);
  });

  it('fills templates as plain text and leaves unknown placeholders visible', () => {
    const s = fake('t', 0.1, { status: 'hit', evidence: [{ messageId: 'm', data: { v: 'a\u0000b' } }, { messageId: 'nope', data: {} }] }, {
      messages: { m: '{v} and {missing}' },
    });
    expect(assess([s]).results[0]?.evidence.map((e) => e.text)).toEqual(['a b and {missing}', 'nope']);
  });

  it('explains page health when expected fields were not found', () => {
    const a = assessCandidate({
      view: makeView(),
      ctx: makeCtx(),
      falsePositiveSignalIds: new Set(),
      signals: [fake('needs-emails', 0.5, { status: 'skip', reason: 'No e-mail address on the profile' })],
      health: { adapterId: 'greenhouse', adapterLabel: 'Greenhouse', expected: ['names', 'emails'], found: ['names'], problems: [] },
    });
    expect(a.health?.adapterId).toBe('greenhouse');
    expect(a.skippedByLayout).toEqual(['needs-emails']);
    expect(a.explanation.at(-1)).toBe(
      'Greenhouse page: emails not found (the page layout may have changed or the profile is sparse); 1 check skipped because of it',
    );
  });
});

describe('assessCandidate with the registered signals', () => {
  const view = makeView({
    names: ['Jordan Ellis'],
    emails: [{ raw: 'jordan@mailinator.com', folded: 'jordan@mailinator.com', domain: 'mailinator.com' }],
    phones: [{ raw: '+1 415 555 0134', e164: '+14155550134', country: 'US', type: 'FIXED_LINE_OR_MOBILE' }],
    location: { raw: 'Austin, TX', country: 'US' },
  });
  const ctx = makeCtx({
    reuse: [makeMatch({ keyKind: 'phone', keyValue: '+14155550134' })],
    isDisposableEmailDomain: (d) => d === 'mailinator.com',
  });
  const a = assessCandidate({ view, ctx, falsePositiveSignalIds: new Set() });

  it('scores and explains the hits', () => {
    expect(a.score).toBe(60);
    expect(a.band).toBe('high');
    expect(a.explanation.slice(0, 2)).toEqual([
      'Phone number reused: +14155550134 also seen for Sam Okafor on greenhouse on 2026-11-20 at https://boards.greenhouse.io/acme/applications/42 (+50)',
      'Disposable e-mail address: jordan@mailinator.com uses mailinator.com, a disposable-mailbox provider (+10)',
    ]);
    expect(a.explanation).toContain('Recently created GitHub account: not checked — No GitHub join date was shown');
    expect(AssessmentSchema.parse(a)).toEqual(a);
  });

  it('never uses verdict words', () => {
    for (const line of a.explanation) expect(line).not.toMatch(/\b(fraud\w*|fake\w*|scam\w*|liars?)\b/i);
  });
});
