import { MEETING_PORT_NAME, MeetingReplySchema, type CandidateMatch, type MeetingReply, type MeetingRequest } from './record-protocol';

/** The part of a runtime Port the client uses; `browser.runtime.connect` gives one, tests their own. */
export interface RecordPort {
  postMessage: (message: MeetingRequest) => void;
  onMessage: { addListener: (listener: (message: unknown) => void) => void };
  onDisconnect: { addListener: (listener: () => void) => void };
  disconnect: () => void;
}

export interface RecordClient {
  findCandidates: (query: string) => Promise<CandidateMatch[]>;
  saveLiveness: (input: { candidateId: string; summaryId: string; summary: unknown }) => Promise<void>;
  removeLiveness: (summaryId: string) => Promise<void>;
  close: () => void;
}

type Waiter = { resolve: (reply: MeetingReply) => void; reject: (error: Error) => void };
type RequestWithoutId = MeetingRequest extends infer R ? (R extends MeetingRequest ? Omit<R, 'requestId'> : never) : never;

/**
 * The meeting panel's client for lib/meeting/record-protocol.ts. It connects on the first request
 * and again after the background restarts (an MV3 service worker can stop at any time, which closes
 * the Port): requests in flight then fail with a message saying so, and the caller retries.
 */
export function createRecordClient(connect: (name: string) => RecordPort, newId: () => string = () => crypto.randomUUID()): RecordClient {
  let port: RecordPort | undefined;
  const waiting = new Map<string, Waiter>();

  const open = (): RecordPort => {
    if (port) return port;
    const p = connect(MEETING_PORT_NAME);
    p.onMessage.addListener((raw) => {
      const reply = MeetingReplySchema.safeParse(raw);
      if (!reply.success) return;
      const waiter = waiting.get(reply.data.requestId);
      waiting.delete(reply.data.requestId);
      waiter?.resolve(reply.data);
    });
    p.onDisconnect.addListener(() => {
      if (port === p) port = undefined;
      for (const waiter of waiting.values()) waiter.reject(new Error('The extension restarted before it answered; trying again.'));
      waiting.clear();
    });
    return (port = p);
  };

  const request = (body: RequestWithoutId): Promise<MeetingReply> =>
    new Promise((resolve, reject) => {
      const requestId = newId();
      waiting.set(requestId, { resolve, reject });
      try {
        open().postMessage({ ...body, requestId } as MeetingRequest);
      } catch (e) {
        waiting.delete(requestId);
        port = undefined;
        reject(e instanceof Error ? e : new Error(String(e)));
      }
    });

  const expectSaved = (reply: MeetingReply): void => {
    if (reply.type === 'failed') throw new Error(reply.error);
  };

  return {
    async findCandidates(query) {
      const reply = await request({ type: 'find-candidates', query });
      if (reply.type === 'failed') throw new Error(reply.error);
      return reply.type === 'candidates' ? reply.matches : [];
    },
    saveLiveness: async ({ candidateId, summaryId, summary }) => expectSaved(await request({ type: 'save-liveness', candidateId, summaryId, summary })),
    removeLiveness: async (summaryId) => expectSaved(await request({ type: 'remove-liveness', summaryId })),
    close() {
      port?.disconnect();
      port = undefined;
    },
  };
}
