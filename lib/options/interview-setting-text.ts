import { MAX_NOTICE_LENGTH, MAX_SELF_NAME_LENGTH, MAX_SELF_NAMES, MIN_NOTICE_LENGTH } from '../settings/settings-schema';

/**
 * Pure: what the options page's text areas for video-interview settings mean. The settings schema
 * has the last word when saving; these readers say what is wrong in words a person can act on.
 */

export type Reading<T> = { ok: true; value: T } | { ok: false; message: string };

export function readConsentNotice(text: string): Reading<string> {
  const value = text.trim();
  if (value.length < MIN_NOTICE_LENGTH) {
    return { ok: false, message: `The notice must say what is measured and that the candidate may decline: at least ${MIN_NOTICE_LENGTH} characters.` };
  }
  if (value.length > MAX_NOTICE_LENGTH) return { ok: false, message: `At most ${MAX_NOTICE_LENGTH} characters (this is ${value.length}).` };
  return { ok: true, value };
}

/** One name per line; blank lines and repeats are dropped. */
export function readSelfNames(text: string): Reading<string[]> {
  const names = [...new Set(text.split(/\r?\n/).map((line) => line.trim()).filter((line) => line.length > 0))];
  const long = names.find((name) => name.length > MAX_SELF_NAME_LENGTH);
  if (long !== undefined) return { ok: false, message: `A name can have at most ${MAX_SELF_NAME_LENGTH} characters: "${long.slice(0, 40)}…"` };
  if (names.length > MAX_SELF_NAMES) return { ok: false, message: `At most ${MAX_SELF_NAMES} names (this is ${names.length}).` };
  return { ok: true, value: names };
}
