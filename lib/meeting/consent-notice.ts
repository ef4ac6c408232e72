/**
 * What the recruiter reads out before liveness starts. Face geometry is biometric data (Illinois
 * BIPA, GDPR art. 9), so the candidate is told what is measured, that it runs on this computer, what
 * is kept, and that they can ask for it not to run. The options page or the organisation's policy can
 * replace it (setting `livenessConsentNotice`); this is the default.
 */
export const DEFAULT_CONSENT_NOTICE =
  'Before we continue: with your agreement, a tool on my computer will look at your video during this call to check that it comes ' +
  'from a live camera. It measures things like blinking, head movement and whether the picture freezes, and I may ask you to turn ' +
  'your head or pass a hand in front of your face. Nothing is recorded or sent anywhere; only summary numbers are kept with my ' +
  'notes. The result is never used alone to make a decision. If you prefer, or if any of this is difficult for you, say so and it ' +
  'will not run. Do you agree?';

/** What the recruiter confirms with the checkbox and the button. */
export const CONSENT_CONFIRMATION = 'The candidate has been told and agreed';
