import { describe, expect, it } from 'vitest';
import { effectiveSettings } from '../../../lib/settings/effective-settings';
import { DEFAULT_SETTINGS, type SettingName, type Settings } from '../../../lib/settings/settings-schema';

/** Stored settings merged with the managed-storage policy: what is in force, what is locked, what is wrong. */

const key = (id: string) => ({ id, publicKey: 'MCowBQYDK2VwAyEA' });
const list = { url: 'https://lists.example/acme.json', refreshHours: 6 };

type Case = [
  name: string,
  stored: unknown,
  policy: unknown,
  expected: { settings?: Partial<Settings>; locked?: SettingName[]; problems?: RegExp[] },
];

const cases: Case[] = [
  ['nothing stored and no policy: defaults, nothing locked', undefined, undefined, { settings: DEFAULT_SETTINGS, locked: [], problems: [] }],
  ['an empty policy (Chrome reports {} when none is set) locks nothing', undefined, {}, { settings: DEFAULT_SETTINGS, locked: [], problems: [] }],
  ['stored settings apply when valid', { retentionDays: 30, subscriptions: [list] }, undefined, {
    settings: { retentionDays: 30, subscriptions: [list] }, locked: [], problems: [],
  }],
  ['a policy field replaces the stored one whole and locks it (trusted keys are never merged)',
    { trustedKeys: [key('local-key')], retentionDays: 30 }, { trustedKeys: [key('org-key')] },
    { settings: { trustedKeys: [key('org-key')], retentionDays: 30 }, locked: ['trustedKeys'], problems: [] }],
  ['an empty list in the policy is a lock too: no subscriptions at all', { subscriptions: [list] }, { subscriptions: [] }, {
    settings: { subscriptions: [] }, locked: ['subscriptions'], problems: [],
  }],
  ['a policy subscription without refreshHours gets the default', undefined, { subscriptions: [{ url: 'https://lists.example/a.json' }] }, {
    settings: { subscriptions: [{ url: 'https://lists.example/a.json', refreshHours: 24 }] }, locked: ['subscriptions'], problems: [],
  }],
  ['an invalid stored field falls back to its default and is reported', { retentionDays: -5, recruitersMayEditLists: false }, undefined, {
    settings: { retentionDays: 180, recruitersMayEditLists: false }, locked: [], problems: [/^saved settings: retentionDays: /],
  }],
  ['stored settings that are not an object are reported', 'garbage', undefined, {
    settings: DEFAULT_SETTINGS, problems: [/^saved settings: expected an object/],
  }],
  ['an invalid policy field is ignored (not locked) and reported; the valid ones still lock',
    { retentionDays: 30 }, { retentionDays: 'forever', recruitersMayEditLists: false },
    { settings: { retentionDays: 30, recruitersMayEditLists: false }, locked: ['recruitersMayEditLists'], problems: [/^policy: retentionDays: /] }],
  ['a plain-http subscription off this machine in the policy is refused', undefined, { subscriptions: [{ url: 'http://lists.example/a.json' }] }, {
    settings: { subscriptions: [] }, locked: [], problems: [/^policy: subscriptions: 0: url: expected an https:\/\/ URL/],
  }],
  ['an unknown policy key is reported, the rest applies', undefined, { retentionDay: 7, disabledSignals: ['voip-phone'] }, {
    settings: { disabledSignals: ['voip-phone'] }, locked: ['disabledSignals'], problems: [/^policy: unknown setting "retentionDay" ignored$/],
  }],
  ['a policy that is not an object is reported and ignored', undefined, ['trustedKeys'], {
    settings: DEFAULT_SETTINGS, locked: [], problems: [/^policy: expected an object/],
  }],
  ['a signal weight out of range in the policy is refused', undefined, { signalWeights: { 'voip-phone': 2 } }, {
    settings: { signalWeights: {} }, locked: [], problems: [/^policy: signalWeights: voip-phone: /],
  }],  ['Workday candidate classes set by policy replace the stored ones and lock them', { workdayCandidateClasses: ['1200'] }, { workdayCandidateClasses: ['3104'] }, {
    settings: { workdayCandidateClasses: ['3104'] }, locked: ['workdayCandidateClasses'], problems: [],
  }],
  ['Workday class 247 (workers) in the policy is refused: employees would be recorded as candidates', undefined, { workdayCandidateClasses: ['3104', '247'] }, {
    settings: { workdayCandidateClasses: [] }, locked: [], problems: [/^policy: workdayCandidateClasses: 1: Class 247 is a worker profile/],
  }],
  ['a stored Workday class that is not digits falls back to none and is reported', { workdayCandidateClasses: ['3104$48213'] }, undefined, {
    settings: { workdayCandidateClasses: [] }, locked: [], problems: [/^saved settings: workdayCandidateClasses: 0: expected a Workday class id/],
  }],
  ['more than 20 Workday classes are refused', { workdayCandidateClasses: Array.from({ length: 21 }, (_, i) => String(i + 1)) }, undefined, {
    settings: { workdayCandidateClasses: [] }, locked: [], problems: [/^saved settings: workdayCandidateClasses: /],
  }],
];

describe('effectiveSettings', () => {
  it.each(cases)('%s', (_name, stored, policy, expected) => {
    const result = effectiveSettings(stored, policy);
    if (expected.settings) expect(result.settings).toMatchObject(expected.settings);
    if (expected.locked) expect([...result.locked].sort()).toEqual([...expected.locked].sort());
    if (expected.problems) {
      expect(result.problems).toHaveLength(expected.problems.length);
      expected.problems.forEach((pattern, i) => expect(result.problems[i]).toMatch(pattern));
    }
  });
});
