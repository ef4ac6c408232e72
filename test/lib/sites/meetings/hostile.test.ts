import { describe, expect, it } from 'vitest';
import { MAX_LIST_LENGTH } from '../../../../lib/candidate/observation';
import { MAX_KEY_LENGTH, MAX_NAME_LENGTH, MeetingSnapshotSchema, toSnapshot } from '../../../../lib/sites/meetings/define-meeting-adapter';
import { meetingAdapters } from '../../../../lib/sites/meetings';
import { adapterById, readCase } from './fixture-cases';
import { parsePage } from '../parse-page';

const ids = meetingAdapters.map((a) => [a.id] as const);

/** Reads one adapter's saved page of this case, with the case's hints. */
function readSaved(id: string, name: string, edit: (html: string) => string = (html) => html) {
  const { html, expected } = readCase(id, name);
  const document = parsePage(edit(html), expected.url);
  return { document, result: adapterById(id).readParticipants(document, expected.hints) };
}

describe('hostile meeting pages', () => {
  it.each(ids)('%s: no page script runs and every string is clean and short', (id) => {
    const { document, result } = readSaved(id, 'hostile');
    expect(document.title).not.toContain('EXECUTED');
    expect(document.documentElement.getAttribute('data-pwned')).toBeNull();
    for (const p of result.participants) {
      for (const text of [p.key, p.name ?? '']) {
        // Control characters, bidi overrides and zero-width characters are gone (ZWJ stays for emoji).
        expect(text).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u200b\u2060\ufeff]/);
        expect(text).not.toContain('EXECUTED');
      }
      expect(p.key.length).toBeLessThanOrEqual(MAX_KEY_LENGTH);
      expect(p.name?.length ?? 0).toBeLessThanOrEqual(MAX_NAME_LENGTH);
    }
  });

  // Markup a participant typed as their name stays literal text, never parsed.
  const literal: Array<[string, string]> = [
    ['google-meet', '<img src=x onerror=alert(1)>Mallory fdp.exe'],
    ['jitsi', '<script>alert("pwned")</script>Mallory gnp.exe Zerowidth 👩🏽‍💻'],
    ['teams', '<script>alert(1)</script>nimda Mallory'],
    ['zoom', '<iframe src=javascript:alert(1)>Mallory vsc.exe'],
  ];
  it.each(literal)('%s: a name made of markup is read as text', (id, name) => {
    expect(readSaved(id, 'hostile').result.participants.map((p) => p.name)).toContain(name);
  });

  // A guest whose name copies the self-view label must not be exempted from the checks.
  const impostors: Array<[string, string]> = [
    ['google-meet', 'you-named-camera'],
    ['teams', 'impostor-camera'],
    ['zoom', 'impostor-player'],
  ];
  it.each(impostors)('%s: a guest named like the self-view is not taken for it', (id, fixture) => {
    const impostor = readSaved(id, 'hostile').result.participants.find(
      (p) => (p.video ?? p.region?.placeholder)?.getAttribute('data-fixture-id') === fixture,
    );
    expect(impostor?.self).toBe(false);
  });

  // Pages too big for a fixture file are built at test time.
  const TEN_MB = 'y'.repeat(10 * 1024 * 1024);
  const huge: Array<{ id: string; find: string }> = [
    { id: 'google-meet', find: '<span class="notranslate">Ana Lopez</span>' },
    { id: 'jitsi', find: '>Ana Lopez</span>' },
    { id: 'teams', find: 'data-tid="Ana Lopez"' },
    { id: 'zoom', find: '<span role="none">Ana Lopez</span>' },
  ];
  it.each(huge)('$id: a 10 MB name is clamped', ({ id, find }) => {
    expect(readCase(id, 'one-to-one').html).toContain(find);
    const { result } = readSaved(id, 'one-to-one', (html) => html.replace(find, find.replace('Ana Lopez', TEN_MB)));
    expect(result.participants.map((p) => p.name)).toContain('y'.repeat(MAX_NAME_LENGTH));
  });

  // One tile per product, in its primary markup, camera off: enough to be a participant.
  const oneTile: Array<[string, (i: number) => string]> = [
    ['google-meet', (i) => `<div data-participant-id="spaces/x/devices/${i}"><div data-self-name="You"><span class="notranslate">Guest ${i}</span></div></div>`],
    ['jitsi', (i) => `<span class="videocontainer display-avatar-only" id="participant_${i}"><span class="displayname">Guest ${i}</span></span>`],
    ['teams', (i) => `<div data-stream-type="Video" data-tid="Guest ${i}"></div>`],
    ['zoom', (i) => `<div class="gallery-video-container__video-frame"><div class="video-avatar__avatar"><div class="video-avatar__avatar-name">Guest ${i}</div></div></div>`],
  ];
  it.each(oneTile)('%s: 150 tiles are capped at the list limit and reported', (id, tile) => {
    const adapter = adapterById(id);
    const page = `<body>${Array.from({ length: 150 }, (_, i) => tile(i)).join('')}</body>`;
    const result = adapter.readParticipants(parsePage(page, adapter.exampleUrls[0] ?? ''));
    expect(result.participants).toHaveLength(MAX_LIST_LENGTH);
    expect(result.health.problems).toContain(`tiles: capped at ${MAX_LIST_LENGTH}`);
    expect(MeetingSnapshotSchema.safeParse(toSnapshot(result)).success).toBe(true);
  });

  it.each(meetingAdapters.map((a) => [a.id, a] as const))('%s: readParticipants never throws on an empty or junk page', (_id, adapter) => {
    const url = adapter.exampleUrls[0] ?? 'https://example.com/';
    for (const junk of ['', '<html><body><video></video></body></html>', '<<<>>>\u0000<span class="videocontainer" id="participant_">']) {
      const result = adapter.readParticipants(parsePage(junk, url));
      expect(MeetingSnapshotSchema.safeParse(toSnapshot(result)).success).toBe(true);
      expect(result.health.found).not.toContain('selfView');
    }
  });
});
