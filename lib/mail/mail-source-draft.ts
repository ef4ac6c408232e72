import type { ObservationField } from '../candidate/observation';
import { compact, type ObservationDraft } from '../sites/dom';
import { mailEvidence } from './mail-evidence';
import type { MessageHeaders } from './read-message-headers';

/** What a message source view normally shows; a missing one is reported in the adapter's health. */
export const MAIL_SOURCE_EXPECTED: ObservationField[] = ['names', 'emails', 'ipAddresses', 'utcOffsetMinutes', 'messageTimes', 'siteCandidateId'];

/**
 * The observation a message source view gives: the sender's name and address (identity keys), the
 * addresses and Date offset that place them, when the message was sent (the odd-hours check counts
 * these across messages), and the Message-ID as the sighting's id. The Message-ID
 * identifies the message, not the person: re-reading the same message updates one sighting, while
 * messages from one address join up through the e-mail key, where a changed name stays visible.
 * Reply-To is not taken: on relayed mail it is often the relay's or a list's address.
 */
export function mailSourceDraft(headers: MessageHeaders): ObservationDraft {
  const evidence = mailEvidence(headers);
  const name = headers.from?.name;
  // `sentAt` is a validated ISO instant (read-mail-date.ts); the check below only keeps a date before
  // 1970, which the observation's non-negative times cannot hold, out of the draft.
  const sentAt = headers.sentAt === undefined ? undefined : Date.parse(headers.sentAt);
  return compact({
    siteCandidateId: headers.messageId,
    // A display name that is itself an address names nobody.
    names: name && !name.includes('@') ? [name] : [],
    emails: headers.from ? [headers.from.address] : [],
    ipAddresses: evidence.ips.length > 0 ? evidence.ips : undefined,
    utcOffsetMinutes: evidence.offsets.length > 0 ? evidence.offsets : undefined,
    messageTimes: sentAt !== undefined && Number.isFinite(sentAt) && sentAt >= 0 ? [sentAt] : undefined,
  });
}
