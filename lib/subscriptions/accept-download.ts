import { canonicalBytes } from '../lists/canonical';
import { importList } from '../lists/import-list';
import type { ListProblem } from '../lists/result';
import type { SignalList } from '../lists/schema';
import { verifyListSignature, type SignatureFailure, type TrustedKey } from '../lists/signature';

/**
 * Decides whether a downloaded list may be used: it must parse, carry a detached signature that
 * verifies with a trusted key, and not have expired. Pure, so every refusal is testable without a
 * server; the caller stores nothing unless this says yes.
 */

export type Acceptance = { ok: true; list: SignalList; keyId: string; signature: string } | { ok: false; message: string };

// A subscription status is one line: the first problems name where to look, the count says how much more.
const PROBLEMS_SHOWN = 3;

export async function acceptDownload(input: {
  text: string;
  /** The .sig file's text; undefined when there was none. */
  signature: string | undefined;
  trustedKeys: readonly TrustedKey[];
  /** YYYY-MM-DD (UTC) on the day of the refresh. */
  today: string;
}): Promise<Acceptance> {
  const parsed = importList(input.text);
  if (!parsed.ok) return { ok: false, message: `the list does not parse: ${summariseProblems(parsed.problems)}` };
  const list = parsed.list;
  const verdict = await verifyListSignature(canonicalBytes(list), input.signature, input.trustedKeys);
  if (!verdict.ok) return { ok: false, message: SIGNATURE_REFUSALS[verdict.reason] };
  // `expires` is the last day the list is meant to be used (lib/lists/schema.ts); ISO dates compare as strings.
  if (list.expires !== undefined && list.expires < input.today) {
    return { ok: false, message: `the list expired on ${list.expires}; ask its publisher for a current one` };
  }
  return { ok: true, list, keyId: verdict.keyId, signature: (input.signature ?? '').trim() };
}

const SIGNATURE_REFUSALS: Record<SignatureFailure, string> = {
  'no-signature': 'the list is not signed (no signature file); lists from a subscription must be signed',
  'malformed-signature': 'the signature file is not a base64 Ed25519 signature',
  'no-trusted-key': 'no trusted public key is configured to verify it; add the publisher\'s key in settings',
  invalid: 'the signature does not verify with any trusted key (the list was changed after signing, or signed with another key)',
};

export function summariseProblems(problems: readonly ListProblem[]): string {
  const shown = problems.slice(0, PROBLEMS_SHOWN).map((p) => {
    const where = [p.path, p.line === undefined ? '' : `line ${p.line}`].filter((s) => s !== '').join(', ');
    return where === '' ? p.message : `${where}: ${p.message}`;
  });
  const more = problems.length - shown.length;
  return `${shown.join('; ')}${more > 0 ? ` (and ${more} more)` : ''}`;
}
