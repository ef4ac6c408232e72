import { describe, expect, it } from 'vitest';
import { normalisePhone } from '../../../lib/candidate/normalise-phone';

describe('normalisePhone', () => {
  const cases: Array<[string, string, string | undefined, Record<string, string>]> = [
    ['US international', '+1 415 555 0134', undefined, { e164: '+14155550134', country: 'US', type: 'FIXED_LINE_OR_MOBILE' }],
    ['US national with default region', '(415) 555-0134', 'US', { e164: '+14155550134', country: 'US', type: 'FIXED_LINE_OR_MOBILE' }],
    ['lower-case default region', '415.555.0134', 'us', { e164: '+14155550134', country: 'US', type: 'FIXED_LINE_OR_MOBILE' }],
    ['extension ignored in E.164', '+1 202 555 0199 ext. 12', undefined, { e164: '+12025550199', country: 'US', type: 'FIXED_LINE_OR_MOBILE' }],
    ['UK landline national', '020 7946 0958', 'GB', { e164: '+442079460958', country: 'GB', type: 'FIXED_LINE' }],
    ['UK VoIP range (056)', '+44 56 1234 5678', undefined, { e164: '+445612345678', country: 'GB', type: 'VOIP' }],
    ['Netherlands VoIP (085)', '+31 85 123 4567', undefined, { e164: '+31851234567', country: 'NL', type: 'VOIP' }],
    ['Germany landline', '+49 30 901820', undefined, { e164: '+4930901820', country: 'DE', type: 'FIXED_LINE' }],
    ['France tel: URI with hyphens', 'tel:+33-1-23-45-67-89', undefined, { e164: '+33123456789', country: 'FR', type: 'FIXED_LINE' }],
    ['India mobile', '+91 98765 43210', undefined, { e164: '+919876543210', country: 'IN', type: 'MOBILE' }],
    ['Japan full-width digits', '０９０−１２３４−５６７８', 'JP', { e164: '+819012345678', country: 'JP', type: 'MOBILE' }],
    ['Russia', '+7 (495) 123-45-67', undefined, { e164: '+74951234567', country: 'RU', type: 'FIXED_LINE' }],
    ['international number ignores default region', '+91 98765 43210', 'US', { e164: '+919876543210', country: 'IN', type: 'MOBILE' }],
    ['unknown default region is ignored', '+44 20 7946 0958', 'ZZ', { e164: '+442079460958', country: 'GB', type: 'FIXED_LINE' }],
  ];
  it.each(cases)('%s', (_label, raw, region, expected) => {
    expect(normalisePhone(raw, region)).toEqual({ raw: raw.trim(), ...expected });
  });

  const unparseable: Array<[string, string, string | undefined]> = [
    ['empty', '', 'US'],
    ['words', 'call me maybe', 'US'],
    ['too short', '12', 'US'],
    ['national number without any region', '020 7946 0958', undefined],
    ['unsupported region', '020 7946 0958', 'XX'],
    ['javascript', 'javascript:alert(1)', 'US'],
  ];
  it.each(unparseable)('%s keeps only raw', (_label, raw, region) => {
    expect(normalisePhone(raw, region)).toEqual({ raw: raw.trim() });
  });

  it('never throws on very long input', () => {
    expect(normalisePhone('9'.repeat(5000), 'US')).toEqual({ raw: '9'.repeat(5000) });
  });
});
