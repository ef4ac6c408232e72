import { describe, expect, it } from 'vitest';
import type { CandidateView, SourceProfile } from '../../../lib/candidate/candidate-view';
import type { SignalOutcome } from '../../../lib/signals/define-signal';
import signal from '../../../lib/signals/anachronistic-skill';
import { makeCtx, makeView, NOW } from './make-view';

// NOW is 2026-12-01; Kubernetes counts from June 2014 (12.5 years), Rust from 2010, ChatGPT from November 2022.
const K8S = 'https://en.wikipedia.org/wiki/Kubernetes';
const profile = (fields: Partial<SourceProfile>, source = 'linkedin', observedAt = NOW): SourceProfile => ({
  source, pageUrl: `https://${source}.example/p/1`, observedAt, names: ['Jordan Ellis'], employment: [], education: [], skills: [], ...fields,
});
const view = (...profiles: SourceProfile[]): CandidateView => makeView({ profiles });
const k8s = (phrase: string, claimed: number, age: number, site = 'LinkedIn') => ({
  messageId: 'anachronism',
  data: { phrase, site, claimed, technology: 'Kubernetes', released: 'June 2014', age, source: K8S },
});

describe('anachronistic-skill', () => {
  const cases: Array<[string, CandidateView, SignalOutcome]> = [
    ['skip: no pages', view(), { status: 'skip', reason: 'No headline, summary, skills or job titles to read claimed experience from' }],
    ['skip: text without claims of years', view(profile({ headline: 'Platform engineer', skills: ['Kubernetes', 'Go'] })), {
      status: 'skip', reason: 'No claim of years with a technology in the release table',
    }],
    ['skip: years claimed of something not in the table', view(profile({ headline: '20 years of leadership' })), {
      status: 'skip', reason: 'No claim of years with a technology in the release table',
    }],
    ['miss: possible claim', view(profile({ headline: 'SRE with 10+ years of Kubernetes' })), { status: 'miss' }],
    ['miss: within the grace year', view(profile({ headline: '13 years of Kubernetes' })), { status: 'miss' }],
    ['miss: an old technology', view(profile({ skills: ['Java (25 years)'] })), { status: 'miss' }],
    ['hit: more years than it has existed', view(profile({ headline: 'Cloud architect, 15 years of Kubernetes' })), {
      status: 'hit', evidence: [k8s('15 years of Kubernetes', 15, 12.5)],
    }],
    ['hit: from a skills entry, counted to the day that page was read', view(profile({ skills: ['K8s (10 yrs)'] }, 'indeed', Date.UTC(2022, 5, 1))), {
      status: 'hit', evidence: [k8s('K8s (10 yrs)', 10, 8, 'Indeed')],
    }],
    ['hit: from a job title', view(profile({ employment: [{ title: 'Prompt engineer - ChatGPT (6 years)', organisation: 'Acme' }] })), {
      status: 'hit',
      evidence: [{
        messageId: 'anachronism',
        data: {
          phrase: 'Prompt engineer - ChatGPT (6 years)', site: 'LinkedIn', claimed: 6, technology: 'ChatGPT', released: 'November 2022', age: 4, source: 'https://en.wikipedia.org/wiki/ChatGPT',
        },
      }],
    }],
    ['hit: from a summary', view(profile({ summary: 'I have led platform teams. Over 15 years of Kubernetes administration and 20 years of Python.' })), {
      status: 'hit', evidence: [k8s('15 years of Kubernetes administration', 15, 12.5)],
    }],
    ['hit: one line for the same claim on two sites', view(
      profile({ headline: '15 years of Kubernetes' }),
      profile({ headline: '15 years of Kubernetes' }, 'greenhouse'),
    ), { status: 'hit', evidence: [k8s('15 years of Kubernetes', 15, 12.5)] }],
  ];
  it.each(cases)('%s', (_label, candidate, expected) => {
    expect(signal.evaluate(candidate, makeCtx())).toEqual(expected);
  });
});
