import { isSupportedCountry, parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import type { NormalisedPhone } from './candidate-view';

/**
 * Parses a phone number as a page shows it. The `max` metadata is required: it is the only build that
 * tells VOIP ranges apart (see /work/shared/notes/pitfalls.md). North American numbers come back
 * `FIXED_LINE_OR_MOBILE` whatever they are, so US VoIP cannot be recognised here.
 *
 * `defaultCountry` (ISO alpha-2, normally the claimed location's country) is used for numbers written
 * without a `+` country code. `e164` is set when the number is possible, `country` and `type` only when
 * it is valid. Never throws; unparseable text keeps only `raw`.
 */
export function normalisePhone(raw: string, defaultCountry?: string): NormalisedPhone {
  const trimmed = raw.trim();
  const result: NormalisedPhone = { raw: trimmed };
  const region = defaultCountry?.toUpperCase();
  const options = region !== undefined && isSupportedCountry(region) ? { defaultCountry: region as CountryCode } : {};
  // libphonenumber-js treats the text as hostile-safe, but cap the work anyway: no phone is 64 chars.
  const text = trimmed.normalize('NFKC').replace(/\p{Cf}/gu, '').slice(0, 64);
  let parsed: ReturnType<typeof parsePhoneNumberFromString>;
  try {
    parsed = parsePhoneNumberFromString(text, options);
  } catch {
    return result;
  }
  if (parsed === undefined || !parsed.isPossible()) return result;
  result.e164 = parsed.number;
  if (parsed.isValid()) {
    if (parsed.country !== undefined) result.country = parsed.country;
    const type = parsed.getType();
    if (type !== undefined) result.type = type;
  }
  return result;
}
