import type { CaseData } from '../../../lib/review/load-case';
import { makeAssessment, makeResult } from '../../components/sample-assessment';
import { makeObservation } from '../candidate/make-observation';

/** A case for the export tests: real signal ids (so their explanations exist) and hostile page text everywhere. */

export const at = (day: number, hour = 9) => new Date(2026, 10, day, hour, 30).getTime();

export const listedHit = makeResult({
  signalId: 'listed-identifier',
  title: 'Identifier on a security-team list',
  severity: 'high',
  weight: 0.6,
  status: 'hit',
  contribution: 60,
  evidence: [
    {
      messageId: 'listed',
      data: { query: 'j.doe@gmail.com', network: '', kind: 'email', value: 'j.doe@gmail.com', listId: 'acme-fraud', listTitle: 'ACME fraud', note: '' },
      text: 'j.doe@gmail.com matches email "j.doe@gmail.com" on the list "ACME fraud"',
    },
  ],
});

export const voipMarked = makeResult({
  signalId: 'voip-phone',
  title: 'Phone number is VoIP',
  severity: 'low',
  weight: 0.15,
  status: 'hit',
  falsePositive: true,
  evidence: [{ messageId: 'voip', data: { phone: '+14155550134' }, text: '+1 415-555-0134 is a VoIP number <b>bold</b>' }],
});

export function caseWith(overrides: Partial<CaseData> = {}): CaseData {
  return {
    candidate: {
      id: 'cand-1',
      displayName: 'Jordan Doe',
      names: ['Jordan Doe', 'J. Doe'],
      identityKeys: ['email:j.doe@gmail.com', 'phone:+14155550134'],
      falsePositiveSignalIds: ['voip-phone'],
      flaggedForReview: 1,
      flagReason: 'Same phone as Alex Kim',
      createdAt: at(1),
      updatedAt: at(2),
    },
    assessment: makeAssessment({
      score: 60,
      band: 'high',
      assessedAt: at(3),
      results: [voipMarked, listedHit, makeResult({ signalId: 'disposable-email', title: 'Disposable e-mail provider' }), makeResult({ signalId: 'gone-signal', title: 'A removed check', status: 'skip', skipReason: 'No data' })],
      explanation: ['j.doe@gmail.com is on the list "ACME fraud" (+60).'],
    }),
    observations: [{ id: 'greenhouse|1', candidateId: 'cand-1', observation: makeObservation({ pageUrl: 'https://app.greenhouse.io/people/1' }), firstSeenAt: at(1), observedAt: at(2) }],
    keyRows: [
      {
        key: 'phone:+14155550134',
        candidateIds: ['cand-1', 'cand-2'],
        holders: [
          { candidateId: 'cand-1', source: 'greenhouse', pageUrl: 'https://app.greenhouse.io/people/1', seenAt: at(1) },
          { candidateId: 'cand-2', source: 'lever', pageUrl: 'javascript:alert(1)', seenAt: at(1) },
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
          meetingSource: 'jitsi', participantName: 'J', consentConfirmedAt: at(4, 10), consentNotice: 'We check the video for signs of a deepfake.', startedAt: at(4, 10), endedAt: at(4, 11),
          framesAnalysed: 900, faceFoundShare: 0.62, frozenOrLooping: 'frozen', challenges: [{ kind: 'turn-head', outcome: 'fail', reason: 'face lost at 60 degrees', at: at(4, 10) }],
        },
      },
    ],
    notes: [{ id: 'n1', candidateId: 'cand-1', text: 'Asked for ID', createdAt: at(5) }],
    evidence: [],
    audit: [
      { id: 1, at: at(5, 12), action: 'false-positive-set', candidateId: 'cand-1', actor: 'recruiter', detail: { signalId: 'voip-phone' } },
      { id: 2, at: at(6), action: 'case-viewed', candidateId: 'cand-1', actor: 'reviewer', detail: {} },
    ],
    decisions: [{ id: 'd1', candidateId: 'cand-1', at: at(6, 10), state: 'needs-verification', reason: 'Asked for a passport scan' }],
    history: [{ id: 1, candidateId: 'cand-1', at: at(3), score: 60, band: 'high', hits: ['listed-identifier'] }],
    ...overrides,
  };
}
