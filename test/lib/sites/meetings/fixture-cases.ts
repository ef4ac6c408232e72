import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MeetingAdapter, MeetingReadHints, ParticipantInfo } from '../../../../lib/sites/meetings/define-meeting-adapter';
import { meetingAdapters } from '../../../../lib/sites/meetings';

/** Saved meeting pages: test/fixtures/meetings/<adapter>/<case>/{page.html,expected.json}. */
export const FIXTURES = fileURLToPath(new URL('../../../fixtures/meetings/', import.meta.url));

/** A participant as expected.json writes it: the serialisable part plus the fixture ids of its elements. */
export interface ExpectedParticipant extends ParticipantInfo {
  element: string | null;
  placeholder?: string;
}

export interface Expected {
  url: string;
  hints?: MeetingReadHints;
  participants: ExpectedParticipant[];
  health: { found: string[]; missing: string[]; problems: string[] };
}

export function adapterById(id: string): MeetingAdapter {
  const adapter = meetingAdapters.find((a) => a.id === id);
  if (!adapter) throw new Error(`no adapter ${id}`);
  return adapter;
}

export function readCase(adapterId: string, name: string): { html: string; expected: Expected } {
  const dir = join(FIXTURES, adapterId, name);
  return {
    html: readFileSync(join(dir, 'page.html'), 'utf8'),
    expected: JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Expected,
  };
}
