import { describe, expect, it } from 'vitest';
import { claimedZones } from '../../../lib/network/claimed-zones';

const NOW = Date.UTC(2026, 10, 24);

describe('claimedZones', () => {
  it.each<[string, Parameters<typeof claimedZones>[0], { zones: string[]; offsets: number[] } | undefined]>([
    ['a city gives its zone with summer and standard time', { raw: 'Portland, OR', city: 'Portland', region: 'OR', country: 'US' }, { zones: ['America/Los_Angeles'], offsets: [-480, -420] }],
    ['a half-hour zone', { raw: 'Pune, India', city: 'Pune', country: 'IN' }, { zones: ['Asia/Kolkata'], offsets: [330] }],
    ['a country alone allows every zone of its cities', { raw: 'Germany', country: 'DE' }, { zones: ['Europe/Berlin'], offsets: [60, 120] }],
    ['an unknown city does not fall back to the country', { raw: 'Nowhereville, US', city: 'Nowhereville', country: 'US' }, undefined],
    ['no location', undefined, undefined],
    ['no city and no country', { raw: 'Remote' }, undefined],
  ])('%s', (_name, location, expected) => {
    const result = claimedZones(location, NOW);
    if (expected === undefined) return expect(result).toBeUndefined();
    expect(result?.zones.map((z) => z.timeZone)).toEqual(expected.zones);
    expect([...new Set(result?.zones.flatMap((z) => z.offsets))].sort((a, b) => a - b)).toEqual(expected.offsets);
  });

  it('the whole United States spans Hawaii to the east coast', () => {
    const offsets = new Set(claimedZones({ raw: 'USA', country: 'US' }, NOW)?.zones.flatMap((z) => z.offsets));
    for (const expected of [-600, -480, -420, -300, -240]) expect(offsets.has(expected)).toBe(true);
    expect(offsets.has(330)).toBe(false);
  });
});
