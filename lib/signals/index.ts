import anachronisticSkill from './anachronistic-skill';
import type { Signal } from './define-signal';
import disposableEmail from './disposable-email';
import ipLocationMismatch from './ip-location-mismatch';
import ipOnList from './ip-on-list';
import linkedinSlugMismatch from './linkedin-slug-mismatch';
import listedEmployerDomain from './listed-employer-domain';
import listedIdentifier from './listed-identifier';
import livenessBlinkAtypical from './liveness-blink-atypical';
import livenessChallengeFailed from './liveness-challenge-failed';
import livenessFaceAbsent from './liveness-face-absent';
import livenessFaceInconsistent from './liveness-face-inconsistent';
import livenessVideoReplay from './liveness-video-replay';
import oddHoursContact from './odd-hours-contact';
import phoneRegionMismatch from './phone-region-mismatch';
import profileMismatch from './profile-mismatch';
import reusedEmail from './reused-email';
import reusedPhone from './reused-phone';
import reusedPhoto from './reused-photo';
import reusedProfileLink from './reused-profile-link';
import reusedResumeText from './reused-resume-text';
import timezoneMismatch from './timezone-mismatch';
import voipPhone from './voip-phone';
import vpnOrHostingIp from './vpn-or-hosting-ip';
import youngGithubAccount from './young-github-account';

/** Every signal, alphabetical by id; test/lib/signals/meta.test.ts checks this against the files. */
export const signals: readonly Signal[] = [
  anachronisticSkill,
  disposableEmail,
  ipLocationMismatch,
  ipOnList,
  linkedinSlugMismatch,
  listedEmployerDomain,
  listedIdentifier,
  livenessBlinkAtypical,
  livenessChallengeFailed,
  livenessFaceAbsent,
  livenessFaceInconsistent,
  livenessVideoReplay,
  oddHoursContact,
  phoneRegionMismatch,
  profileMismatch,
  reusedEmail,
  reusedPhone,
  reusedPhoto,
  reusedProfileLink,
  reusedResumeText,
  timezoneMismatch,
  voipPhone,
  vpnOrHostingIp,
  youngGithubAccount,
];

const byId = new Map(signals.map((s) => [s.id, s] as const));

export function signalById(id: string): Signal | undefined {
  return byId.get(id);
}
