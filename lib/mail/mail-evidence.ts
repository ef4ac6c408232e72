import type { MessageHeaders } from './read-message-headers';

/** What a message's headers say about where its sender is, in the shape pasted evidence uses. */
export interface MailEvidence {
  /** Public addresses: X-Originating-IP, then the Received chain's originating hop. */
  ips: string[];
  /** The Date field's UTC offset, when it places the sender. */
  offsets: number[];
  /** What was set aside and why, for people. */
  ignored: string[];
}

/**
 * The evidence in a message's headers. RFC 5322 lets the sending software pick the Date's zone:
 * desktop mail clients normally write their device's zone, while which zone a webmail service writes
 * (the browser's, an account setting, its servers' UTC) is that service's own undocumented choice.
 * A Date at UTC (+0000, "GMT") is therefore set aside: software that stamps UTC whatever the sender's
 * clock (servers, privacy settings) writes exactly that, so it would make every such sender look like
 * a time-zone mismatch (the check lists "a mail service that stamps its own server time" as a false
 * positive). The cost is missing evidence for people who really are on UTC+0. Any other offset is
 * evidence to weigh, not proof.
 */
export function mailEvidence(headers: MessageHeaders): MailEvidence {
  const ips = [...new Set([headers.xOriginatingIp, headers.originatingIp].filter((ip): ip is string => ip !== undefined))];
  const ignored = [...headers.notes];
  const offsets: number[] = [];
  if (headers.utcOffsetMinutes === 0) ignored.push('Date at UTC+00:00 (what software that stamps UTC writes, so it does not place the sender)');
  else if (headers.utcOffsetMinutes !== undefined) offsets.push(headers.utcOffsetMinutes);
  return { ips, offsets, ignored };
}
