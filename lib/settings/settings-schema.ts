import { z } from 'zod';
import { DEFAULT_CONSENT_NOTICE } from '../meeting/consent-notice';
import { WORKDAY_WORKER_CLASS, WORKDAY_WORKER_CLASS_MESSAGE } from '../sites/workday-class';
import { isAllowedSubscriptionUrl, SUBSCRIPTION_URL_RULE } from './subscription-url';

/**
 * What the security team (or a recruiter, where allowed) configures on the options page, kept in
 * `storage.local` under SETTINGS_KEY, and what an organisation can set by policy in managed storage
 * (documented in lib/policy/POLICY.md and declared to the browser by public/managed_schema.json).
 * Both travel through storage written by other code, so both are parsed with these schemas on read.
 */

export const SETTINGS_KEY = 'hireproof-settings';

const SIGNAL_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const signalId = z.string().max(100).regex(SIGNAL_ID, 'expected a signal id in kebab-case');

export const TrustedKeySchema = z.strictObject({
  /** A short label people recognise ("secops-2026"); signed lists name the key that verified them. */
  id: z.string().trim().min(1).max(100),
  /** Base64 of the 32-byte raw Ed25519 public key (lib/lists/signature.ts). */
  publicKey: z.string().trim().min(1).max(200),
});
export type TrustedKeySetting = z.infer<typeof TrustedKeySchema>;

export const MIN_REFRESH_HOURS = 1;
export const MAX_REFRESH_HOURS = 24 * 7;
export const DEFAULT_REFRESH_HOURS = 24;

// https, or plain http on this machine only (a local list server, the tests): see ./subscription-url.ts.
const subscriptionUrl = () =>
  z.url({ protocol: /^https?$/, error: SUBSCRIPTION_URL_RULE }).max(2000).refine(isAllowedSubscriptionUrl, SUBSCRIPTION_URL_RULE);

export const SubscriptionSchema = z.strictObject({
  /** A list that changes what recruiters see must not be swappable on the wire. */
  url: subscriptionUrl(),
  /** Where the detached signature is; defaults to `<url>.sig`. */
  signatureUrl: subscriptionUrl().optional(),
  refreshHours: z.number().int().min(MIN_REFRESH_HOURS).max(MAX_REFRESH_HOURS).default(DEFAULT_REFRESH_HOURS),
});
export type Subscription = z.output<typeof SubscriptionSchema>;

/**
 * Six months unless the organisation sets otherwise: long enough for a hiring round and the checks
 * after it, short enough that applicants who were never hired do not stay on file for years
 * (storage limitation, GDPR art. 5(1)(e)).
 */
export const DEFAULT_RETENTION_DAYS = 180;
export const MAX_RETENTION_DAYS = 3650;

export const MIN_NOTICE_LENGTH = 40;
export const MAX_NOTICE_LENGTH = 4000;
export const MAX_SELF_NAMES = 20;
export const MAX_SELF_NAME_LENGTH = 200;
export const MAX_WORKDAY_CLASSES = 20;

const workdayClassId = z
  .string()
  .regex(/^\d{1,10}$/, 'expected a Workday class id: 1 to 10 digits')
  .refine((id) => id !== WORKDAY_WORKER_CLASS, WORKDAY_WORKER_CLASS_MESSAGE);

const settingsShape = {
  trustedKeys: z.array(TrustedKeySchema).max(50),
  subscriptions: z.array(SubscriptionSchema).max(50),
  /** Replacement weights (0..1) by signal id; absent signals keep their own weight. */
  signalWeights: z.record(signalId, z.number().min(0).max(1)),
  /** Signals that are not run at all; they show as skipped, with who turned them off. */
  disabledSignals: z.array(signalId).max(200),
  /**
   * Days a candidate's stored data is kept after it was last seen (lib/db/last-seen.ts); 0 keeps it
   * until deleted. Enforced daily by the background (lib/background/retention-scheduler.ts).
   */
  retentionDays: z.number().int().min(0).max(MAX_RETENTION_DAYS),
  /** Whether people using this browser may import, edit, enable or delete lists, and change the Workday candidate classes. */
  recruitersMayEditLists: z.boolean(),
  /**
   * What the recruiter tells the candidate before liveness starts in a video interview. Long enough
   * to say what is measured and that the candidate may decline; the text is kept with each summary.
   */
  livenessConsentNotice: z.string().trim().min(MIN_NOTICE_LENGTH).max(MAX_NOTICE_LENGTH),
  /**
   * The recruiter's own display names in video calls. Zoom's web client marks no self-view, so the
   * recruiter's tile is recognised by name there (lib/sites/meetings/zoom.ts); elsewhere it is a backup.
   */
  meetingSelfNames: z.array(z.string().trim().min(1).max(MAX_SELF_NAME_LENGTH)).max(MAX_SELF_NAMES),
  /**
   * The Workday classes that are this organisation's candidate profile. Workday addresses do not say
   * what a page shows, so without these no Workday page is read (lib/sites/workday-class.ts); a
   * worker (class 247) is refused, or every employee would be recorded as a candidate.
   */
  workdayCandidateClasses: z.array(workdayClassId).max(MAX_WORKDAY_CLASSES),
};

export const SettingsSchema = z.strictObject(settingsShape);
export type Settings = z.output<typeof SettingsSchema>;
export type SettingName = keyof Settings;
export const SETTING_NAMES = Object.keys(settingsShape) as SettingName[];

export const DEFAULT_SETTINGS: Settings = {
  trustedKeys: [],
  subscriptions: [],
  signalWeights: {},
  disabledSignals: [],
  retentionDays: DEFAULT_RETENTION_DAYS,
  recruitersMayEditLists: true,
  livenessConsentNotice: DEFAULT_CONSENT_NOTICE,
  meetingSelfNames: [],
  workdayCandidateClasses: [],
};

/**
 * The managed-storage policy: any subset of the settings. Unknown keys are reported, not ignored,
 * because a misspelt policy key would be a control an administrator believes is in force.
 */
export const PolicySchema = SettingsSchema.partial();
export type Policy = z.output<typeof PolicySchema>;
