import type { CandidateView } from '../candidate/candidate-view';
import type { Evidence, IpFact, ListMatch, SignalContext, SignalOutcome } from './define-signal';
import { networkLabel } from './network-evidence';

// One candidate matching a whole list is one finding: list the first few, count the rest.
const MAX_LISTED = 10;

/** Message templates for list evidence; every list-based signal shares them so the panel reads alike. */
export const LIST_MESSAGES = {
  listed: '{query}{network} matches {kind} "{value}" on the list "{listTitle}"{note}',
  more: '{count} more matches on the enabled lists',
} as const;

/**
 * Evidence for list matches: the candidate's identifier, the entry, the list and its note. The list
 * id travels in the data so the options page can count hits per list. An ASN match is reported
 * against the address that belongs to that network.
 */
export function listEvidence(matches: readonly ListMatch[], ipFacts: readonly IpFact[] = []): Evidence[] {
  const evidence: Evidence[] = matches.slice(0, MAX_LISTED).map((m) => {
    const fact = m.kind === 'asn' ? ipFacts.find((f) => f.asn !== undefined && `AS${f.asn}` === m.query) : ipFacts.find((f) => f.ip === m.query);
    return {
      messageId: 'listed',
      data: {
        query: fact && m.kind === 'asn' ? fact.ip : m.query,
        network: networkLabel(fact),
        kind: m.kind,
        value: m.value,
        listId: m.listId,
        listTitle: m.listTitle,
        note: m.note ? ` (${m.note})` : '',
      },
    };
  });
  if (matches.length > MAX_LISTED) evidence.push({ messageId: 'more', data: { count: matches.length - MAX_LISTED } });
  return evidence;
}

const NETWORK_KINDS = new Set(['ip', 'cidr', 'asn']);

/** The candidate's addresses and their networks against the enabled lists of one category. */
export function networkListOutcome(
  candidate: CandidateView,
  ctx: SignalContext,
  category: ListMatch['category'],
  noListReason: string,
): SignalOutcome {
  if (candidate.ipAddresses.length === 0) return { status: 'skip', reason: 'No IP address is known for this applicant' };
  if (!ctx.lists || ctx.lists.enabled[category] === 0) return { status: 'skip', reason: noListReason };
  const matches = ctx.lists.matches.filter((m) => NETWORK_KINDS.has(m.kind) && m.category === category);
  return matches.length === 0 ? { status: 'miss' } : { status: 'hit', evidence: listEvidence(matches, ctx.ipFacts) };
}
