import type { CanonicalLink, NormalisedEmail } from './candidate-view';
import type { Employment } from './observation';

// A host name written in text: labels of letters, digits and hyphens, a final label of letters.
const DOMAIN_IN_TEXT = /(?:^|[^\p{L}\p{N}@.-])((?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,24})(?![\p{L}\p{N}-])/giu;
// File and language suffixes that look like top-level domains in job text ("Node.js", "main.py").
const NOT_TLDS = new Set(['js', 'ts', 'py', 'rb', 'md', 'jsx', 'tsx', 'exe', 'dll', 'txt', 'pdf', 'doc', 'docx']);

const bare = (host: string) => host.toLowerCase().replace(/\.$/, '').replace(/^www\./, '');

/** Host names written in `text` (an employer "Acme Labs (acmelabs.io)"), lower case, `www.` removed. */
export function domainsInText(text: string): string[] {
  const out: string[] = [];
  for (const match of text.matchAll(DOMAIN_IN_TEXT)) {
    const host = bare(match[1] ?? '');
    const tld = host.slice(host.lastIndexOf('.') + 1);
    if (!NOT_TLDS.has(tld)) out.push(host);
  }
  return out;
}

/**
 * Domains that stand for the organisations a candidate names or writes from: domains written in
 * employment entries, e-mail domains and portfolio hosts. Free-mail domains stay in: a list decides
 * what is suspicious, and no list names gmail.com as an employer.
 */
export function employerDomains(employment: readonly Employment[], emails: readonly NormalisedEmail[], links: readonly CanonicalLink[]): string[] {
  const found = [
    ...employment.flatMap((job) => [job.organisation, job.raw].flatMap((t) => (t === undefined ? [] : domainsInText(t)))),
    ...emails.map((e) => bare(e.domain)),
    ...links.filter((l) => l.kind === 'portfolio').flatMap((l) => {
      try {
        return [bare(new URL(l.url).hostname)];
      } catch {
        return [];
      }
    }),
  ];
  return [...new Set(found)];
}
