import { siteName } from './source-labels';

const KIND_LABELS: Record<string, string> = {
  email: 'E-mail',
  phone: 'Phone',
  linkedin: 'LinkedIn',
  github: 'GitHub',
  portfolio: 'Portfolio',
  site: 'Profile id',
};

/**
 * A stored identity key (`phone:+14155550134`, `site:greenhouse:123`) in words: its kind and value.
 * Unknown kinds are shown as written.
 */
export function describeIdentityKey(key: string): { kind: string; label: string; value: string } {
  const colon = key.indexOf(':');
  const kind = colon < 0 ? key : key.slice(0, colon);
  const rest = colon < 0 ? '' : key.slice(colon + 1);
  if (kind === 'site') {
    const [source = '', ...id] = rest.split(':');
    return { kind, label: `${siteName(source)} profile id`, value: id.join(':') };
  }
  return { kind, label: KIND_LABELS[kind] ?? kind, value: rest };
}
