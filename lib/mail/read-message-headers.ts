import { addressParser, decodeWords } from 'postal-mime';
import { z } from 'zod';
import { clampText, MAX_FIELD_LENGTH, MAX_UTC_OFFSET_MINUTES, MIN_UTC_OFFSET_MINUTES } from '../candidate/observation';
import { canonicalIp } from '../lists/ip';
import { isPublicIp } from '../network/public-ip';
import { findOriginatingIp, type OriginatingIp } from './find-originating-ip';
import { readMailDate } from './read-mail-date';
import { MAX_HEADER_BLOCK_CHARS, splitHeaderFields, type HeaderField } from './split-header-fields';

/** Most Reply-To mailboxes kept. */
export const MAX_REPLY_TO = 10;
/** Most notes kept; each is a short sentence about what was passed over. */
export const MAX_NOTES = 50;
/** Longest mail client text kept ("Mozilla Thunderbird 140.2.0 …"). */
export const MAX_MAIL_CLIENT_LENGTH = 200;

const text = z.string().min(1).max(MAX_FIELD_LENGTH);
/** Only canonical public addresses leave the reader: a private hop never reaches a signal. */
const publicIp = z.string().max(45).refine((s) => canonicalIp(s) === s && isPublicIp(s), 'a canonical public IP address');

export const MailboxSchema = z.object({ name: text.optional(), address: text });
export type Mailbox = z.infer<typeof MailboxSchema>;

export const MessageHeadersSchema = z.object({
  /** Header fields read; 0 means the text was not a message's header block. */
  fieldCount: z.number().int().nonnegative(),
  /** The first From mailbox: the sender's own name and address. */
  from: MailboxSchema.optional(),
  replyTo: z.array(MailboxSchema).max(MAX_REPLY_TO),
  /** Message-ID without its angle brackets. */
  messageId: text.optional(),
  /** When the sender's software says it sent the message (ISO 8601, UTC). */
  sentAt: z.iso.datetime().optional(),
  /** The Date field's zone, minutes east of UTC, exactly as written ("+0900" is 540). */
  utcOffsetMinutes: z.number().int().min(MIN_UTC_OFFSET_MINUTES).max(MAX_UTC_OFFSET_MINUTES).optional(),
  /** X-Originating-IP: the client address some providers (Hotmail/Outlook.com, Exchange) record. */
  xOriginatingIp: publicIp.optional(),
  /** The originating or first external hop of the Received chain (see find-originating-ip.ts). */
  originatingIp: publicIp.optional(),
  /** X-Mailer or User-Agent: the software the sender wrote with. */
  mailClient: z.string().min(1).max(MAX_MAIL_CLIENT_LENGTH).optional(),
  /** Why something is absent or was set aside, for people; never more than a header name and an address. */
  notes: z.array(z.string().max(300)).max(MAX_NOTES),
});
export type MessageHeaders = z.infer<typeof MessageHeadersSchema>;

// RFC 5322 §3.6.8: a field name is printable US-ASCII except the colon.
const FIELD_NAME = /^[\x21-\x39\x3b-\x7e]+$/;

/** Mailboxes of address fields, at most `max`; an address postal-mime cannot parse is skipped. */
function mailboxes(fields: readonly HeaderField[], max: number): Mailbox[] {
  const out: Mailbox[] = [];
  for (const field of fields) {
    let parsed: ReturnType<typeof addressParser> = [];
    try {
      parsed = addressParser(field.value, { flatten: true });
    } catch {
      // A third-party parser meets hostile text here: its failure costs this field, not the message.
    }
    for (const box of parsed) {
      const address = clampText(box.address);
      if (!address?.includes('@')) continue;
      const name = clampText(box.name);
      out.push(name ? { name, address } : { address });
      if (out.length >= max) return out;
    }
  }
  return out;
}

/** Encoded words (RFC 2047) decoded by postal-mime; the text as written if that fails. */
function decoded(value: string): string {
  try {
    return decodeWords(value);
  } catch {
    return value;
  }
}

/** Lines looked at for the start of the header block before giving up. */
const MAX_LEAD_LINES = 50;
// The start of a header field: a field name and its colon.
const FIELD_START = /^[\x21-\x39\x3b-\x7e]+:/;

/**
 * Text copied out of a page or a dialog often starts with blank lines, a title or a sentence ("Here
 * are the headers:"); a header block starts with a field, so leading lines that are not one are
 * skipped (a few dozen at most, so a page of prose is not searched).
 */
function skipToFirstField(raw: string): string {
  let start = 0;
  for (let n = 0; n < MAX_LEAD_LINES; n++) {
    const lf = raw.indexOf('\n', start);
    const end = lf < 0 ? Math.min(raw.length, start + 1000) : lf;
    if (FIELD_START.test(raw.slice(start, Math.min(end, start + 1000)))) return raw.slice(start);
    if (lf < 0) break;
    start = lf + 1;
  }
  return raw;
}

function readXOriginatingIp(value: string | undefined, notes: string[]): string | undefined {
  if (value === undefined) return undefined;
  // Written as a bracketed literal ("[203.0.113.5]") by Hotmail/Outlook.com and Exchange.
  const inner = value.trim().replace(/^\[(.*)\]$/, '$1');
  const ip = inner.length <= 45 ? canonicalIp(inner) : undefined;
  if (ip === undefined) notes.push('X-Originating-IP (not an IP address)');
  else if (!isPublicIp(ip)) notes.push(`${ip} (a private or local address)`);
  else return ip;
  return undefined;
}

/**
 * Reads a message's header block (the start of a "show original" page or a pasted header) for the
 * facts the identity checks use: who sent it, the Date's UTC offset, the addresses the message came
 * from and the sender's mail software. Pure and total: any text in, never throws; what could not be
 * read is said in `notes`. Only the header block is read, at most MAX_HEADER_BLOCK_CHARS of it.
 */
export function readMessageHeaders(raw: string): MessageHeaders {
  const notes: string[] = [];
  const block = splitHeaderFields(skipToFirstField(raw));
  const fields = block.fields.filter((f) => f.colon && FIELD_NAME.test(f.name));
  const byKey = (key: string) => fields.filter((f) => f.key === key);
  const first = (key: string) => byKey(key)[0]?.value;
  if (fields.length === 0) notes.push('no header fields (this is not a message header)');
  else if (fields.length < block.fields.length) notes.push(`${block.fields.length - fields.length} lines that are not header fields`);
  if (block.truncated) notes.push(`header block (cut after ${MAX_HEADER_BLOCK_CHARS.toLocaleString('en')} characters; its Received chain is not read)`);

  // The first From wins, as in postal-mime: a second one is how a forged sender gets smuggled in.
  const fromFields = byKey('from');
  if (fromFields.length > 1) notes.push('more than one From field (the first is read)');
  const from = mailboxes(fromFields.slice(0, 1), 1)[0];
  if (fields.length > 0 && !from) notes.push('From (no sender address)');

  const date = readMailDate(first('date'));
  if (date.note && fields.length > 0) notes.push(date.note);

  const messageId = clampText(first('message-id')?.replace(/^<(.*)>$/, '$1'));
  const client = first('x-mailer') ?? first('user-agent');
  const mailClient = client === undefined ? undefined : clampText(decoded(client), MAX_MAIL_CLIENT_LENGTH);
  const xOriginatingIp = readXOriginatingIp(first('x-originating-ip'), notes);
  // A cut block has lost its oldest hops: its bottom-most visible hop is not the sender's.
  const origin: OriginatingIp = block.truncated || fields.length === 0 ? { notes: [] } : findOriginatingIp(byKey('received').map((f) => f.value));
  notes.push(...origin.notes);

  const headers: MessageHeaders = {
    fieldCount: fields.length,
    replyTo: mailboxes(byKey('reply-to'), MAX_REPLY_TO),
    notes: [...new Set(notes)].slice(0, MAX_NOTES).map((n) => n.slice(0, 300)),
  };
  if (from) headers.from = from;
  if (messageId) headers.messageId = messageId;
  if (date.sentAt) headers.sentAt = date.sentAt;
  if (date.offsetMinutes !== undefined) headers.utcOffsetMinutes = date.offsetMinutes;
  if (xOriginatingIp) headers.xOriginatingIp = xOriginatingIp;
  if (origin.ip) headers.originatingIp = origin.ip;
  if (mailClient) headers.mailClient = mailClient;
  return headers;
}
