import { normaliseName } from '../candidate/normalise-name';
import { defineSignal, type Evidence } from './define-signal';

// LinkedIn's generated slugs end in a hex suffix ("jordan-ellis-4b2a1c9"): it is noise, not a name.
const GENERATED_SUFFIX = /-(?=[0-9a-f]*\d)[0-9a-f]{6,}$/;

/** Latin tokens of a name, diacritics folded; undefined when the name cannot be written in a slug. */
function slugTokens(name: string): string[] | undefined {
  const tokens = normaliseName(name).split(' ').filter((t) => t !== '');
  const ascii = tokens.filter((t) => /^[a-z0-9]+$/.test(t)).map((t) => t.replace(/\d/g, '')).filter((t) => t !== '');
  const judgeable = ascii.some((t) => t.length >= 3) || ascii.join('').length >= 3;
  return judgeable ? ascii : undefined;
}

/** A name token (3+ letters), the whole name run together, or initials + surname appears in the slug. */
function related(slug: string, tokens: readonly string[]): boolean {
  if (tokens.some((t) => t.length >= 3 && slug.includes(t))) return true;
  if (tokens.length >= 2 && slug.includes(tokens.join(''))) return true;
  return tokens.some((surname, i) => {
    const initials = tokens.filter((_, j) => j !== i).map((t) => t[0]).join('');
    return surname.length >= 2 && (slug.includes(initials + surname) || slug.includes(surname + initials));
  });
}

/** A LinkedIn profile address that has nothing in common with any name the applicant uses. */
export default defineSignal({
  id: 'linkedin-slug-mismatch',
  meta: {
    title: 'LinkedIn address unrelated to the name',
    description:
      'Compares the LinkedIn profile address (linkedin.com/in/…) with every name seen for the applicant. Bought or borrowed profiles often keep the ' +
      'address of their first owner. Weight 0.1: people choose nicknames and brands freely. Names in a script other than Latin are not compared (no transliteration is guessed).',
    severity: 'informational',
    status: 'experimental',
    requires: ['links', 'names'],
    weight: 0.1,
    falsePositives: [
      'A nickname, handle or personal brand chosen as the profile address',
      'A name change (marriage, transition) after the profile was created',
      'A different romanisation of the same name (Mohammed / Muhammad, Zhou / Chou)',
    ],
    references: [
      'https://cloud.google.com/blog/topics/threat-intelligence/mitigating-dprk-it-worker-threat',
      'https://www.ic3.gov/PSA/2025/PSA250123',
    ],
    messages: {
      unrelated: 'The LinkedIn address "{handle}" shares no part with the names used ({names})',
    },
  },
  evaluate(candidate) {
    const handles = candidate.links.flatMap((l) => (l.kind === 'linkedin' && l.handle !== undefined ? [l.handle] : []));
    if (handles.length === 0) return { status: 'skip', reason: 'No LinkedIn profile address' };
    if (candidate.names.length === 0) return { status: 'skip', reason: 'No name on the profile' };
    const names = candidate.names.flatMap((n) => (slugTokens(n) === undefined ? [] : [n]));
    if (names.length === 0) {
      return { status: 'skip', reason: 'Names are written in a script that a LinkedIn address cannot show; no transliteration is attempted' };
    }
    const evidence: Evidence[] = [];
    for (const handle of handles) {
      const slug = normaliseName(handle.replace(GENERATED_SUFFIX, '')).replace(/[^a-z]/g, '');
      if (names.some((n) => related(slug, slugTokens(n) ?? []))) continue;
      evidence.push({ messageId: 'unrelated', data: { handle, names: names.join(', ') } });
    }
    return evidence.length > 0 ? { status: 'hit', evidence } : { status: 'miss' };
  },
});
