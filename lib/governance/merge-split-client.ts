import type { ExtensionPageMessage } from '../messaging';
import {
  MergeCandidatesReplySchema,
  SplitCandidateReplySchema,
  type MergeDone,
  type MergeRequest,
  type SplitDone,
  type SplitRequest,
} from './merge-split-replies';

/** The review page's side of merge and split: asks the background, checks the answer, throws a sentence for people. */
export interface MergeSplitClient {
  mergeCandidates: (request: MergeRequest) => Promise<MergeDone>;
  splitCandidate: (request: SplitRequest) => Promise<SplitDone>;
}

const NO_ANSWER = 'The extension’s background did not answer. Reload the page and try again.';

/** `send` is `browser.runtime.sendMessage` on the page; tests pass their own. */
export function createMergeSplitClient(send: (message: ExtensionPageMessage) => Promise<unknown>): MergeSplitClient {
  return {
    async mergeCandidates(request) {
      const reply = MergeCandidatesReplySchema.safeParse(await send({ type: 'merge-candidates', ...request }));
      if (!reply.success) throw new Error(NO_ANSWER);
      if (!reply.data.ok) throw new Error(reply.data.error);
      return reply.data;
    },
    async splitCandidate(request) {
      const reply = SplitCandidateReplySchema.safeParse(await send({ type: 'split-candidate', ...request }));
      if (!reply.success) throw new Error(NO_ANSWER);
      if (!reply.data.ok) throw new Error(reply.data.error);
      return reply.data;
    },
  };
}
