import { DEFAULT_SETTINGS, PolicySchema, SETTING_NAMES, SettingsSchema, type Policy, type SettingName, type Settings } from './settings-schema';

/** Settings in force, and which of them the organisation's policy fixed (the options page shows those locked). */
export interface EffectiveSettings {
  settings: Settings;
  locked: ReadonlySet<SettingName>;
  /** Problems found in stored settings or the policy, for the options page to show. */
  problems: string[];
}

/**
 * Merges what is stored locally with the policy. A setting the policy sets is the policy's,
 * whole: merging a local list of trusted keys into the administrator's would let anyone with the
 * browser add a key the organisation never approved.
 * Invalid stored settings fall back to defaults field by field; an invalid policy is ignored
 * field by field too, and every problem is reported so nobody believes a broken control is in force.
 */
export function effectiveSettings(storedRaw: unknown, policyRaw: unknown): EffectiveSettings {
  const problems: string[] = [];
  const local = readFields(storedRaw, 'saved settings', problems);
  const policy = readPolicy(policyRaw, problems);
  const settings = { ...DEFAULT_SETTINGS, ...local, ...policy } as Settings;
  return { settings, locked: new Set(Object.keys(policy) as SettingName[]), problems };
}

function readPolicy(raw: unknown, problems: string[]): Policy {
  if (raw === undefined || raw === null) return {};
  if (typeof raw === 'object' && !Array.isArray(raw)) {
    for (const key of Object.keys(raw)) {
      if (!(SETTING_NAMES as string[]).includes(key)) problems.push(`policy: unknown setting "${key.slice(0, 100)}" ignored`);
    }
  }
  const whole = PolicySchema.safeParse(raw);
  if (whole.success) return whole.data;
  return readFields(raw, 'policy', problems);
}

/** Each known field that parses on its own; the others are named in `problems`. */
function readFields(raw: unknown, label: string, problems: string[]): Partial<Settings> {
  if (raw === undefined || raw === null) return {};
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    problems.push(`${label}: expected an object; defaults used`);
    return {};
  }
  const record = raw as Record<string, unknown>;
  const out: Partial<Record<SettingName, unknown>> = {};
  for (const name of SETTING_NAMES) {
    if (!(name in record)) continue;
    const field = SettingsSchema.shape[name].safeParse(record[name]);
    if (field.success) out[name] = field.data;
    else problems.push(`${label}: ${name}: ${field.error.issues.map((i) => [...i.path.map(String), i.message].join(': ')).join('; ')}`);
  }
  return out as Partial<Settings>;
}
