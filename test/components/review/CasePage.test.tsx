// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CasePage, type CasePageProps } from '../../../components/review/CasePage';
import type { CaseData } from '../../../lib/review/load-case';
import { makeObservation } from '../../lib/candidate/make-observation';
import { HOSTILE_MARKUP, highAssessment } from '../sample-assessment';

afterEach(cleanup);

const data: CaseData = {
  candidate: {
    id: 'cand-1',
    displayName: 'Jordan Doe',
    names: ['Jordan Doe', HOSTILE_MARKUP],
    identityKeys: ['email:j.doe@gmail.com', 'phone:+14155550134'],
    falsePositiveSignalIds: ['voip-phone'],
    flaggedForReview: 1,
    flagReason: 'Same phone as Alex Kim',
    createdAt: 1,
    updatedAt: 2,
  },
  assessment: { ...highAssessment },
  observations: [{ id: 'greenhouse|1', candidateId: 'cand-1', observation: makeObservation({ pageUrl: 'javascript:alert(1)' }), firstSeenAt: 10, observedAt: 20 }],
  keyRows: [
    {
      key: 'phone:+14155550134',
      candidateIds: ['cand-1', 'cand-2'],
      holders: [
        { candidateId: 'cand-1', source: 'greenhouse', pageUrl: 'https://app.greenhouse.io/people/1', seenAt: 10 },
        { candidateId: 'cand-2', source: 'lever', pageUrl: 'javascript:alert(1)', seenAt: 11 },
      ],
    },
  ],
  linked: [{ candidateId: 'cand-2', displayName: 'Alex Kim', band: 'elevated', sharedKeys: ['phone:+14155550134'] }],
  linkedOmitted: 0,
  liveness: [
    {
      id: 'l1',
      candidateId: 'cand-1',
      summary: {
        meetingSource: 'jitsi', participantName: 'J', consentConfirmedAt: 100, consentNotice: 'We check the video for signs of a deepfake.', startedAt: 110, endedAt: 120_000,
        framesAnalysed: 900, faceFoundShare: 0.62, frozenOrLooping: 'frozen', blinkAssessment: 'within-conversation-range', blinkRatePerMinute: 18,
        challenges: [{ kind: 'turn-head', outcome: 'fail', reason: 'face lost at 60 degrees', at: 5000 }],
      },
    },
  ],
  notes: [{ id: 'n1', candidateId: 'cand-1', text: 'Asked for ID', createdAt: 30 }],
  evidence: [],
  audit: [{ id: 1, at: 40, action: 'false-positive-set', candidateId: 'cand-1', actor: 'recruiter', detail: { signalId: 'voip-phone' } }],
  decisions: [{ id: 'd1', candidateId: 'cand-1', at: 50, state: 'needs-verification', reason: 'Asked for a passport scan' }],
  history: [{ id: 1, candidateId: 'cand-1', at: 45, score: 74, band: 'high', hits: ['disposable-email', 'identity-reuse-email'] }],
};

function renderCase(overrides: Partial<CasePageProps> = {}) {
  const props: CasePageProps = { caseData: { status: 'ready', data }, onDecide: vi.fn(), onOpenCase: vi.fn(), viewLogged: true, ...overrides };
  return render(<CasePage {...props} />);
}
const section = (name: string) => screen.getByRole('region', { name });

describe('CasePage', () => {
  it('shows every section, the current decision and that the decision is the reviewer’s', () => {
    renderCase();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Jordan Doe');
    for (const name of ['Decision', 'Identity', 'Signals', 'Score history', 'Interviews', 'Linked applicants', 'Notes', 'Timeline']) {
      expect(section(name)).toBeTruthy();
    }
    expect(screen.getByTestId('current-decision').textContent).toContain('Decision: Needs verification');
    expect(within(section('Decision')).getByText(/The decision is the reviewer's/)).toBeTruthy();
    expect(within(section('Decision')).getByText('Reason: Asked for a passport scan')).toBeTruthy();
  });

  it('reuses the panel’s signal rows, read-only: no false-positive buttons here', () => {
    renderCase();
    const signals = section('Signals');
    expect(signals.querySelectorAll('[data-signal-id]').length).toBe(highAssessment.results.length);
    expect(within(signals).queryByRole('button', { name: /false positive/ })).toBeNull();
    expect(within(signals).getByRole('list', { name: 'False-positive marks' }).textContent).toContain('Phone number is VoIP');
  });

  it('page text is shown as text and hostile URLs never become links', () => {
    const { container } = renderCase();
    expect(within(section('Identity')).getByText(HOSTILE_MARKUP)).toBeTruthy();
    expect(container.querySelector('img')).toBeNull();
    expect([...container.querySelectorAll('a')].map((a) => a.getAttribute('href')).filter((h) => h?.startsWith('javascript'))).toEqual([]);
  });

  it('identity keys say where they were seen and who else holds them; linked applicants are drawn and listed', () => {
    renderCase();
    const identity = section('Identity');
    const row = identity.querySelector('tr[data-key="phone:+14155550134"]')!;
    expect(within(row as HTMLElement).getByRole('link', { name: 'Greenhouse' }).getAttribute('href')).toBe('https://app.greenhouse.io/people/1');
    expect(within(row as HTMLElement).getByRole('link', { name: 'Alex Kim' }).getAttribute('href')).toBe('#/case/cand-2');
    const linked = section('Linked applicants');
    expect(within(linked).getByRole('img').textContent).toContain('shares identity keys with 1 other applicant');
    expect(within(linked).getByRole('list', { name: 'Linked applicants' }).textContent).toContain('Alex Kim (Elevated risk) shares Phone +14155550134');
  });

  it('the liveness summary is readable: consent, notice, face share, frozen, blinks, challenges', () => {
    renderCase();
    const text = section('Interviews').textContent ?? '';
    for (const part of ['Jitsi Meet', 'We check the video for signs of a deepfake.', 'in 62% of analysed frames', 'The picture stood still', '18/min, within the usual range', 'Turn the head to full profile: not passed (face lost at 60 degrees)']) {
      expect(text).toContain(part);
    }
  });

  it('the timeline hides views of the case until asked', () => {
    renderCase({ caseData: { status: 'ready', data: { ...data, audit: [...data.audit, { id: 2, at: 60, action: 'case-viewed', candidateId: 'cand-1', actor: 'reviewer', detail: {} }] } } });
    const timeline = section('Timeline');
    expect(timeline.querySelector('[data-kind="view"]')).toBeNull();
    fireEvent.click(within(timeline).getByLabelText('Include views of this case (1)'));
    expect(timeline.querySelector('[data-kind="view"]')?.textContent).toContain('Case viewed by a reviewer');
  });

  it.each([
    [{ caseData: { status: 'loading' as const } }, 'Loading the case…'],
    [{ caseData: { status: 'error' as const, error: 'broken' } }, 'The case could not be read: broken'],
    [{ caseData: { status: 'ready' as const, data: undefined } }, 'No such applicant'],
    [{ viewLogged: false }, 'This view could not be written to the audit log.'],
  ] as Array<[Partial<CasePageProps>, string]>)('%#: says %s', (overrides, text) => {
    renderCase(overrides);
    expect(screen.getByText(text)).toBeTruthy();
  });

  it('"Export report" is a button in the case toolbar; it exports this case and says what was saved', async () => {
    const onExportReport = vi.fn(async () => ({ fileName: 'hireproof-case-jordan-doe-2026-11-20.html', count: 1 }));
    renderCase({ onExportReport });
    const button = within(screen.getByRole('toolbar', { name: 'Case actions' })).getByRole('button', { name: 'Export report' });
    await act(async () => {
      fireEvent.click(button);
    });
    expect(onExportReport).toHaveBeenCalledWith(data);
    expect(screen.getByText(/^Saved hireproof-case-jordan-doe-2026-11-20\.html\. Open it in the browser to print it/)).toBeTruthy();
  });

  it('a report that could not be exported says why', async () => {
    renderCase({ onExportReport: () => Promise.reject(new Error('The export could not be written to the audit log, so no file was made (closed).')) });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Export report' }));
    });
    expect(screen.getByRole('alert').textContent).toContain('so no file was made (closed)');
  });

  it('offers a place for case actions (export, delete) when given', () => {
    renderCase({ actions: <button type="button">Export report</button> });
    expect(within(screen.getByRole('toolbar', { name: 'Case actions' })).getByRole('button', { name: 'Export report' })).toBeTruthy();
  });
});
