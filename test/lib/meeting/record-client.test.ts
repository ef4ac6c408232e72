import { describe, expect, it } from 'vitest';
import { createRecordClient, type RecordPort } from '../../../lib/meeting/record-client';
import { MEETING_PORT_NAME, type MeetingRequest } from '../../../lib/meeting/record-protocol';

/** Ports as the background would hand them out: what was sent, a way to answer, a way to drop. */
function portFactory() {
  const ports: Array<{ sent: MeetingRequest[]; answer: (m: unknown) => void; drop: () => void; closed: boolean }> = [];
  const connect = (name: string): RecordPort => {
    expect(name).toBe(MEETING_PORT_NAME);
    const onMessage: Array<(m: unknown) => void> = [];
    const onDisconnect: Array<() => void> = [];
    const entry = { sent: [] as MeetingRequest[], answer: (m: unknown) => onMessage.forEach((l) => l(m)), drop: () => onDisconnect.forEach((l) => l()), closed: false };
    ports.push(entry);
    return {
      postMessage: (m) => entry.sent.push(m),
      onMessage: { addListener: (l) => onMessage.push(l) },
      onDisconnect: { addListener: (l) => onDisconnect.push(l) },
      disconnect: () => void (entry.closed = true),
    };
  };
  return { ports, connect };
}

const MATCH = { id: 'c1', displayName: 'Ana', otherNames: [], sources: ['LinkedIn'], lastSeenAt: 1, openInTab: false };

describe('record client', () => {
  it('connects on the first request and settles each request by its id, in any order', async () => {
    const { ports, connect } = portFactory();
    let n = 0;
    const client = createRecordClient(connect, () => `r${++n}`);
    expect(ports).toHaveLength(0);
    const found = client.findCandidates('ana');
    const saved = client.saveLiveness({ candidateId: 'c1', summaryId: 's', summary: {} });
    const port = ports[0];
    expect(port?.sent.map((m) => m.type)).toEqual(['find-candidates', 'save-liveness']);
    port?.answer({ type: 'saved', requestId: 'r2' });
    port?.answer({ type: 'candidates', requestId: 'r1', matches: [MATCH] });
    await expect(found).resolves.toEqual([MATCH]);
    await expect(saved).resolves.toBeUndefined();
  });

  it.each([
    { name: 'a refusal rejects with the reason', reply: { type: 'failed', requestId: 'r1', error: 'landmarks: unrecognised key' }, error: 'landmarks: unrecognised key' },
  ])('$name', async ({ reply, error }) => {
    const { ports, connect } = portFactory();
    const client = createRecordClient(connect, () => 'r1');
    const saved = client.saveLiveness({ candidateId: 'c1', summaryId: 's', summary: {} });
    ports[0]?.answer(reply);
    await expect(saved).rejects.toThrow(error);
  });

  it('ignores malformed replies, fails what was in flight when the background restarts, and reconnects', async () => {
    const { ports, connect } = portFactory();
    let n = 0;
    const client = createRecordClient(connect, () => `r${++n}`);
    const lost = client.removeLiveness('s');
    ports[0]?.answer({ type: 'saved' });
    ports[0]?.answer('garbage');
    ports[0]?.drop();
    await expect(lost).rejects.toThrow('The extension restarted');
    const again = client.removeLiveness('s');
    expect(ports).toHaveLength(2);
    ports[1]?.answer({ type: 'saved', requestId: 'r2' });
    await expect(again).resolves.toBeUndefined();
    client.close();
    expect(ports[1]?.closed).toBe(true);
  });
});
