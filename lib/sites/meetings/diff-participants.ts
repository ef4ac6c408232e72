import { z } from 'zod';
import { MAX_KEY_LENGTH, MAX_NAME_LENGTH, type Participant } from './define-meeting-adapter';

/**
 * What changed between two readings of a call, for the liveness timeline ("Ana joined", "camera
 * off") and for the frame sampler (`video-replaced`: re-attach to the new element after a layout
 * change). A share shown as a tile of its own starts and stops; it never "joins".
 */

const key = z.string().min(1).max(MAX_KEY_LENGTH);
const name = z.string().min(1).max(MAX_NAME_LENGTH).optional();

export const ParticipantEventSchema = z.union([
  z.object({ type: z.literal('joined'), key, name, self: z.boolean() }),
  z.object({ type: z.literal('left'), key, name, self: z.boolean() }),
  z.object({ type: z.literal('renamed'), key, from: name, to: name }),
  z.object({
    type: z.enum(['camera-on', 'camera-off', 'screen-share-started', 'screen-share-stopped', 'video-replaced']),
    key,
  }),
]);
export type ParticipantEvent = z.infer<typeof ParticipantEventSchema>;

/** Only what the diff compares: tests and callers can pass readings without the rest. */
export type DiffInput = Pick<Participant, 'key' | 'name' | 'self' | 'screenShare' | 'cameraOn' | 'video' | 'region'>;

/** The element frames come from, whatever kind it is. */
function source(p: DiffInput): object | undefined {
  return p.video ?? p.region?.placeholder;
}

function withName<T extends object>(event: T, value: string | undefined): T & { name?: string } {
  return value === undefined ? event : { ...event, name: value };
}

function changes(before: DiffInput, after: DiffInput): ParticipantEvent[] {
  const events: ParticipantEvent[] = [];
  const { key: k } = after;
  if (before.name !== after.name) {
    const event: ParticipantEvent = { type: 'renamed', key: k };
    if (before.name !== undefined) event.from = before.name;
    if (after.name !== undefined) event.to = after.name;
    events.push(event);
  }
  if (before.screenShare !== after.screenShare) events.push({ type: after.screenShare ? 'screen-share-started' : 'screen-share-stopped', key: k });
  if (before.cameraOn !== after.cameraOn) events.push({ type: after.cameraOn ? 'camera-on' : 'camera-off', key: k });
  const was = source(before);
  const is = source(after);
  // A new element while the camera stays on: the old one is gone or hidden, sample the new one.
  if (was !== undefined && is !== undefined && was !== is) events.push({ type: 'video-replaced', key: k });
  return events;
}

/** Pure: left first, then joined, then changes, each in reading order. */
export function diffParticipants(previous: readonly DiffInput[], next: readonly DiffInput[]): ParticipantEvent[] {
  const before = new Map(previous.map((p) => [p.key, p]));
  const after = new Map(next.map((p) => [p.key, p]));
  const left: ParticipantEvent[] = previous
    .filter((p) => !after.has(p.key))
    .map((p) => (p.screenShare ? { type: 'screen-share-stopped', key: p.key } : withName({ type: 'left', key: p.key, self: p.self }, p.name)));
  const joined: ParticipantEvent[] = next
    .filter((p) => !before.has(p.key))
    .map((p) => (p.screenShare ? { type: 'screen-share-started', key: p.key } : withName({ type: 'joined', key: p.key, self: p.self }, p.name)));
  const changed = next.flatMap((p) => {
    const was = before.get(p.key);
    return was ? changes(was, p) : [];
  });
  return [...left, ...joined, ...changed];
}
