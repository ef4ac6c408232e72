import { canonicalIp } from '../lists/ip';

/**
 * What one Received field says about the machine that handed the message on. RFC 5321 §4.4 gives
 * the shape: `from <domain> (<TCP-info>) by <domain> … ; <date>`, where the from-domain is the name
 * the client announced (HELO/EHLO: the client's own claim) and the TCP-info comment is what the
 * receiving server saw: its reverse-DNS name and the address literal it accepted the connection from.
 * Servers write the comment differently (Postfix `(rdns [a.b.c.d])`, sendmail `(user@rdns [a.b.c.d])`,
 * Exchange `(a.b.c.d)`, Exim `([a.b.c.d]:port helo=…)`, qmail `(HELO name) (a.b.c.d)`), so this is a
 * small tokenizer over the from-clause only, not a pattern over the whole field.
 */
export interface ReceivedHop {
  /** Name the client announced, lower case, trailing dot removed (absent when it announced an address). */
  fromHost?: string;
  /** Reverse-DNS name the receiving server recorded, lower case, trailing dot removed. */
  tcpHost?: string;
  /** Address the receiving server accepted the connection from, canonical text (IPv4-mapped as IPv4). */
  ip?: string;
}

// Comments nest (RFC 5322 §3.2.2); deeper nesting than this is not a real header.
const MAX_COMMENT_DEPTH = 8;
const HOST_NAME = /^[a-z0-9](?:[a-z0-9-]{0,62}\.)+[a-z0-9-]{1,63}$/;

const isSpace = (c: string | undefined) => c === ' ' || c === '\t' || c === '\r' || c === '\n';

/** The comment starting at value[start] === '(' : its text and the index after its ')'. */
function readComment(value: string, start: number): { text: string; end: number } {
  let depth = 0;
  let text = '';
  for (let i = start; i < value.length; i++) {
    const c = value[i];
    if (c === '\\') {
      text += value[i + 1] ?? '';
      i++;
    } else if (c === '(') {
      if (++depth > MAX_COMMENT_DEPTH) return { text, end: value.length };
      if (depth > 1) text += ' ';
    } else if (c === ')') {
      if (--depth === 0) return { text, end: i + 1 };
      text += ' ';
    } else {
      text += c;
    }
  }
  return { text, end: value.length }; // unclosed: the rest of the field
}

/** A word: up to whitespace, a comment or the ";" before the date. */
function readWord(value: string, start: number): { word: string; end: number } {
  let end = start;
  if (value[start] === '[') {
    // An address literal may hold no spaces but is read whole, "[IPv6:…]" included.
    const close = value.indexOf(']', start);
    end = close < 0 ? value.length : close + 1;
  } else {
    while (end < value.length && !isSpace(value[end]) && value[end] !== '(' && value[end] !== ';') end++;
  }
  return { word: value.slice(start, end), end };
}

function skipSpace(value: string, start: number): number {
  let i = start;
  while (i < value.length && isSpace(value[i])) i++;
  return i;
}

/** An address in one token of a from-clause: "[a.b.c.d]", "[IPv6:…]", "a.b.c.d", "[…]:port", "fe80::1%5". */
function addressIn(token: string): string | undefined {
  let t = token;
  if (t.startsWith('[')) {
    const close = t.indexOf(']');
    t = close < 0 ? t.slice(1) : t.slice(1, close);
  }
  if (t.toLowerCase().startsWith('ipv6:')) t = t.slice(5);
  const zone = t.indexOf('%'); // a link-local zone id ("%5") is the server's interface, not the address
  if (zone >= 0) t = t.slice(0, zone);
  return canonicalIp(t);
}

function hostIn(token: string): string | undefined {
  // sendmail writes "user@rdns"; a trailing dot is the fully qualified form of the same name.
  const host = token.slice(token.lastIndexOf('@') + 1).replace(/\.$/, '').toLowerCase();
  return HOST_NAME.test(host) && addressIn(host) === undefined ? host : undefined;
}

/** The hop's from-clause, or undefined when the field has none ("by … with SMTP id …", "(qmail …)"). */
export function readReceivedHop(value: string): ReceivedHop | undefined {
  let i = skipSpace(value, 0);
  // Comments before "from" carry nothing we read (qmail's "(qmail 123 invoked by uid 89)").
  while (value[i] === '(') i = skipSpace(value, readComment(value, i).end);
  const keyword = readWord(value, i);
  if (keyword.word.toLowerCase() !== 'from') return undefined;
  i = skipSpace(value, keyword.end);
  const domain = readWord(value, i);
  if (domain.word === '') return undefined;
  i = skipSpace(value, domain.end);

  const comments: string[] = [];
  while (value[i] === '(') {
    const comment = readComment(value, i);
    comments.push(comment.text);
    i = skipSpace(value, comment.end);
  }

  const hop: ReceivedHop = {};
  const announced = addressIn(domain.word);
  if (announced === undefined) {
    const host = hostIn(domain.word);
    if (host) hop.fromHost = host;
  }
  // The TCP-info is the first comment that holds an address (qmail puts a HELO comment before it);
  // later comments ("(Authenticated sender: a@b.example)") are not about the connection.
  for (const comment of comments) {
    const tokens = comment.split(/\s+/);
    let host: string | undefined;
    for (let t = 0; t < tokens.length && hop.ip === undefined; t++) {
      const token = tokens[t] ?? '';
      const lower = token.toLowerCase();
      // "HELO name" (qmail) and "helo=name" (Exim) repeat the client's own claim, not what was seen.
      if (lower === 'helo' || lower === 'ehlo') {
        t++;
        continue;
      }
      if (lower.includes('=')) continue;
      const ip = addressIn(token);
      if (ip !== undefined) hop.ip = ip;
      else host ??= hostIn(token);
    }
    if (hop.ip !== undefined) {
      if (host !== undefined) hop.tcpHost = host;
      break;
    }
  }
  // Exim writes the connecting address as the from-domain when it has no name for it.
  if (hop.ip === undefined && announced !== undefined) hop.ip = announced;
  return hop;
}
