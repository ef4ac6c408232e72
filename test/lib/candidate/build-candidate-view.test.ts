import { describe, expect, it } from 'vitest';
import { buildCandidateView, MAX_MESSAGE_TIMES } from '../../../lib/candidate/build-candidate-view';
import type { CandidateObservation } from '../../../lib/candidate/observation';
import { makeObservation } from './make-observation';

const obs = (fields: Partial<CandidateObservation>) =>
  makeObservation({ pageUrl: 'https://boards.greenhouse.io/acme/applications/1', observedAt: 1_000, ...fields });

const older = obs({
  source: 'greenhouse',
  observedAt: 1_000,
  names: ['Jordan A. Ellis'],
  headline: 'Engineer',
  location: { raw: 'London, UK', city: 'London', country: 'GB' },
  emails: ['Jordan.Ellis@gmail.com', 'not an e-mail'],
  phones: ['020 7946 0958'],
  links: [
    { kind: 'linkedin', url: 'https://uk.linkedin.com/in/jordan-ellis/' },
    { kind: 'portfolio', url: 'https://www.jordan.dev/' },
    { kind: 'other', url: 'javascript:alert(1)' },
  ],
  employment: [{ title: 'Engineer', organisation: 'Old Co' }],
  skills: ['TypeScript', 'Go'],
});
const newer = obs({
  source: 'github',
  pageUrl: 'https://github.com/JordanEllis?tab=repositories',
  observedAt: 2_000,
  names: ['Jordan Ellis'],
  location: { raw: 'Berlin', country: 'DE' },
  emails: ['jordanellis+jobs@gmail.com'],
  phones: ['030 901820', '+44 20 7946 0958'],
  skills: ['typescript', 'Rust'],
  accountCreatedAt: '2026-09',
});

describe('buildCandidateView', () => {
  const view = buildCandidateView('c-1', [older, newer]);

  it('takes scalar fields from the newest observation that has them', () => {
    expect(view.displayName).toBe('Jordan Ellis');
    expect(view.location?.country).toBe('DE');
    expect(view.headline).toBe('Engineer');
    expect(view.photoUrl).toBeUndefined();
  });

  it('unions names, e-mails and skills, newest first', () => {
    expect(view.names).toEqual(['Jordan Ellis', 'Jordan A. Ellis']);
    expect(view.emails).toEqual([{ raw: 'jordanellis+jobs@gmail.com', folded: 'jordanellis@gmail.com', domain: 'gmail.com' }]);
    expect(view.skills).toEqual(['typescript', 'Rust', 'Go']);
  });

  it("normalises phones with the claimed location's country as default region", () => {
    expect(view.phones.map((p) => [p.e164, p.country])).toEqual([
      ['+4930901820', 'DE'],
      ['+442079460958', 'GB'],
    ]);
  });

  it('canonicalises links and adds the GitHub page as the profile link', () => {
    expect(view.links).toEqual([
      { kind: 'github', url: 'https://github.com/jordanellis', handle: 'jordanellis' },
      { kind: 'linkedin', url: 'https://www.linkedin.com/in/jordan-ellis', handle: 'jordan-ellis' },
      { kind: 'portfolio', url: 'https://jordan.dev' },
    ]);
  });

  it('keeps employment from the newest observation that lists any, account dates by source, sightings', () => {
    expect(view.employment).toEqual([{ title: 'Engineer', organisation: 'Old Co' }]);
    expect(view.accountCreatedAt).toEqual({ github: '2026-09' });
    expect(view.sightings.map((s) => s.source)).toEqual(['github', 'greenhouse']);
  });

  it('does not depend on input order', () => {
    expect(buildCandidateView('c-1', [newer, older])).toEqual(view);
  });

  it('builds an empty view from no observations', () => {
    expect(buildCandidateView('c-0', [])).toEqual({
      id: 'c-0', displayName: '', names: [], emails: [], phones: [], links: [], employment: [], education: [],
      skills: [], accountCreatedAt: {}, sightings: [], ipAddresses: [], utcOffsets: [], employerDomains: [], liveness: [],
      profiles: [], messageTimes: [],
    });
  });

  it('does not treat a LinkedIn search page as the profile link', () => {
    const search = obs({ source: 'linkedin', pageUrl: 'https://www.linkedin.com/search/results/people/?q=x' });
    expect(buildCandidateView('c-2', [search]).links).toEqual([]);
  });

  it('gathers IPs and UTC offsets from pages and from the recruiter, canonical, newest sighting first, each once', () => {
    const page1 = obs({ source: 'greenhouse', observedAt: 1_000, ipAddresses: ['203.0.113.7', '2001:DB8::0:1', 'not an ip'], utcOffsetMinutes: [-300] });
    const page2 = obs({ source: 'greenhouse', pageUrl: 'https://boards.greenhouse.io/acme/applications/2', observedAt: 3_000, ipAddresses: [' 203.0.113.7 '] });
    const view = buildCandidateView('c-3', [page1, page2], [
      { kind: 'ip', ip: '198.51.100.4', addedAt: 2_000 },
      { kind: 'utc-offset', minutes: 330, addedAt: 4_000 },
      { kind: 'utc-offset', minutes: -300, addedAt: 500 },
    ]);
    expect(view.ipAddresses).toEqual([
      { ip: '203.0.113.7', source: 'greenhouse', observedAt: 3_000 },
      { ip: '198.51.100.4', source: 'recruiter', observedAt: 2_000 },
      { ip: '2001:db8::1', source: 'greenhouse', observedAt: 1_000 },
    ]);
    expect(view.utcOffsets).toEqual([
      { minutes: 330, source: 'recruiter', observedAt: 4_000 },
      { minutes: -300, source: 'greenhouse', observedAt: 1_000 },
    ]);
  });

  it('derives employer domains from job entries, e-mail domains and portfolio hosts', () => {
    const view = buildCandidateView('c-4', [
      obs({
        emails: ['jo@Acme-Labs.io'],
        links: [{ kind: 'portfolio', url: 'https://www.jo.dev/about' }],
        employment: [{ organisation: 'Brightwave (brightwave.example)', raw: 'Built Node.js services at www.Brightwave.example' }],
      }),
    ]);
    expect(view.employerDomains).toEqual(['brightwave.example', 'acme-labs.io', 'jo.dev']);
  });

  it("keeps each page's own claims, newest first, whatever the merged fields took", () => {
    expect(view.profiles).toEqual([
      {
        source: 'github', pageUrl: 'https://github.com/JordanEllis?tab=repositories', observedAt: 2_000,
        names: ['Jordan Ellis'], employment: [], education: [], skills: ['typescript', 'Rust'],
      },
      {
        source: 'greenhouse', pageUrl: 'https://boards.greenhouse.io/acme/applications/1', observedAt: 1_000,
        names: ['Jordan A. Ellis'], headline: 'Engineer', employment: [{ title: 'Engineer', organisation: 'Old Co' }], education: [],
        skills: ['TypeScript', 'Go'],
      },
    ]);
  });

  it('unions message times from every message read, newest first, each once, capped', () => {
    const message = (n: number, times: number[]) =>
      obs({ source: 'gmail-source', pageUrl: `https://mail.google.com/mail/u/0/?view=om&permmsgid=${n}`, observedAt: n, messageTimes: times });
    const merged = buildCandidateView('c-5', [message(1, [3_000]), message(2, [1_000]), message(3, [3_000]), obs({})]);
    expect(merged.messageTimes).toEqual([3_000, 1_000]);
    const many = Array.from({ length: MAX_MESSAGE_TIMES + 5 }, (_, i) => message(i, [i * 1_000]));
    const capped = buildCandidateView('c-6', many).messageTimes;
    expect(capped).toHaveLength(MAX_MESSAGE_TIMES);
    expect(capped[0]).toBe((MAX_MESSAGE_TIMES + 4) * 1_000);
  });
});
