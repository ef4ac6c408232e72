import { isPublicIp } from '../network/public-ip';
import { readReceivedHop } from './read-received-hop';
import { isSharedMailRelay } from './shared-mail-relay';

/** Most Received fields walked (the oldest ones, where the sender is); real chains have under 30. */
export const MAX_RECEIVED_HOPS = 100;

export interface OriginatingIp {
  /** The first public address in the chain, from the sender's end, before any shared mail service. */
  ip?: string;
  /** What was passed over and why, for people: "10.20.4.17 (a private or local address)". */
  notes: string[];
}

/**
 * The originating or first external hop of a Received chain. Each server prepends its own field, so
 * the chain is walked from the bottom (the first hop: the server that took the message from the
 * sender's machine) upwards:
 * - a field without a from-clause records nothing about the sender ("by … with SMTP id"): next one;
 * - a private, loopback, CGNAT or link-local address is a hop inside the sender's network: next one;
 * - a server of a shared mail service ends the walk without an address: it says where the service
 *   is, and everything above it is the service's or the recipient's own infrastructure;
 * - otherwise the first public address is the sender's (or their organisation's) address.
 * Fields below the sender's first server are written by the sender and can be forged, and a bounce or
 * relay can reorder things: this is evidence for a person to weigh, never proof.
 */
export function findOriginatingIp(received: readonly string[]): OriginatingIp {
  const notes: string[] = [];
  if (received.length === 0) return { notes: ['no Received fields (the route the message took is not shown)'] };
  const oldestFirst = received.slice(-MAX_RECEIVED_HOPS).reverse();
  for (const value of oldestFirst) {
    const hop = readReceivedHop(value);
    if (!hop) continue;
    const host = hop.tcpHost ?? hop.fromHost;
    if (isSharedMailRelay(host)) {
      notes.push(`Received from ${host} (a shared mail service's server: it does not show the sender's address)`);
      return { notes };
    }
    if (hop.ip === undefined) continue;
    if (isPublicIp(hop.ip)) return { ip: hop.ip, notes };
    notes.push(`${hop.ip} (a private or local address)`);
  }
  notes.push('Received (no hop shows a public address for the sender)');
  return { notes };
}
