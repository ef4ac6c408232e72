import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MeetingSnapshotSchema, toSnapshot, type Participant } from '../../../../lib/sites/meetings/define-meeting-adapter';
import { meetingAdapters } from '../../../../lib/sites/meetings';
import { adapterById, FIXTURES, readCase, type ExpectedParticipant } from './fixture-cases';
import { parsePage } from '../parse-page';

const CASES = ['one-to-one', 'group-camera-off', 'screen-share', 'changed-layout', 'hostile'];

/** `data-fixture-id` exists only in fixtures, so tests can say which element an adapter chose. */
const fixtureId = (el: Element | undefined): string | null => el?.getAttribute('data-fixture-id') ?? null;

function described(p: Participant): ExpectedParticipant {
  const { video, region, ...info } = p;
  const out: ExpectedParticipant = { ...info, element: fixtureId(video ?? region?.canvas) };
  if (region) out.placeholder = fixtureId(region.placeholder) ?? '(none)';
  return out;
}

const cases = meetingAdapters.flatMap((adapter) => {
  const dir = join(FIXTURES, adapter.id);
  const names = existsSync(dir) ? readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name) : [];
  return names.sort().map((name) => [adapter.id, name] as const);
});

describe('meeting adapter fixtures', () => {
  it.each(meetingAdapters.map((a) => [a.id]))('%s has the required saved-page cases', (id) => {
    const names = cases.filter(([adapterId]) => adapterId === id).map(([, name]) => name);
    expect(names).toEqual(expect.arrayContaining(CASES));
  });

  it('every fixture folder belongs to a registered adapter', () => {
    const folders = readdirSync(FIXTURES, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
    expect(folders.sort()).toEqual(meetingAdapters.map((a) => a.id).sort());
  });

  it.each(cases)('%s / %s reads the expected participants and health', (adapterId, name) => {
    const { html, expected } = readCase(adapterId, name);
    const adapter = adapterById(adapterId);
    expect(adapter.isMeetingUrl(new URL(expected.url))).toBe(true);

    const result = adapter.readParticipants(parsePage(html, expected.url), expected.hints);
    expect(result.participants.map(described)).toEqual(expected.participants);
    expect(result.health.found).toEqual([...expected.health.found].sort());
    const missing = result.health.expected.filter((field) => !result.health.found.includes(field));
    expect(missing.sort()).toEqual([...expected.health.missing].sort());
    expect(result.health.problems).toEqual(expected.health.problems);
    expect(result.health).toMatchObject({ adapterId: adapter.id, adapterLabel: adapter.label });

    expect(MeetingSnapshotSchema.safeParse(toSnapshot(result)).success).toBe(true);
    // Problems name fields and counts only; page text never appears in them.
    for (const problem of result.health.problems) expect(problem).toMatch(/^[a-zA-Z]+( not found|: [a-z0-9 ]+)$/);
  });
});
