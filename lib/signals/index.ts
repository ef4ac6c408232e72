import type { Signal } from './define-signal';
import disposableEmail from './disposable-email';
import linkedinSlugMismatch from './linkedin-slug-mismatch';
import listedIdentifier from './listed-identifier';
import phoneRegionMismatch from './phone-region-mismatch';
import reusedEmail from './reused-email';
import reusedPhone from './reused-phone';
import reusedProfileLink from './reused-profile-link';
import voipPhone from './voip-phone';
import youngGithubAccount from './young-github-account';

/** Every signal, alphabetical by id; test/lib/signals/meta.test.ts checks this against the files. */
export const signals: readonly Signal[] = [
  disposableEmail,
  linkedinSlugMismatch,
  listedIdentifier,
  phoneRegionMismatch,
  reusedEmail,
  reusedPhone,
  reusedProfileLink,
  voipPhone,
  youngGithubAccount,
];

const byId = new Map(signals.map((s) => [s.id, s] as const));

export function signalById(id: string): Signal | undefined {
  return byId.get(id);
}
