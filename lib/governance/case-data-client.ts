import type { ExtensionPageMessage } from '../messaging';
import { DeleteCandidateReplySchema, ExportCandidateReplySchema, type DeleteCandidateReply } from './case-data-replies';
import type { SubjectExport } from './subject-export-schema';

/** The review page's side of delete and export: asks the background, checks the answer, throws a sentence for people. */
export interface CaseDataClient {
  exportCandidate: (candidateId: string) => Promise<SubjectExport>;
  deleteCandidate: (candidateId: string) => Promise<Extract<DeleteCandidateReply, { ok: true }>>;
}

const NO_ANSWER = 'The extension’s background did not answer. Reload the page and try again.';

/** `send` is `browser.runtime.sendMessage` on the page; tests pass their own. */
export function createCaseDataClient(send: (message: ExtensionPageMessage) => Promise<unknown>): CaseDataClient {
  return {
    async exportCandidate(candidateId) {
      const reply = ExportCandidateReplySchema.safeParse(await send({ type: 'export-candidate', candidateId }));
      if (!reply.success) throw new Error(NO_ANSWER);
      if (!reply.data.ok) throw new Error(reply.data.error);
      return reply.data.document;
    },
    async deleteCandidate(candidateId) {
      const reply = DeleteCandidateReplySchema.safeParse(await send({ type: 'delete-candidate', candidateId }));
      if (!reply.success) throw new Error(NO_ANSWER);
      if (!reply.data.ok) throw new Error(reply.data.error);
      return reply.data;
    },
  };
}
