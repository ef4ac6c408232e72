import { describe, expect, it } from 'vitest';
import type { ClaimedLocation } from '../../../lib/candidate/observation';
import { parseLocation } from '../../../lib/sites/location';

describe('parseLocation', () => {
  const cases: Array<[string | undefined, ClaimedLocation | undefined]> = [
    [undefined, undefined],
    ['   ', undefined],
    ['Portland, Oregon, United States', { raw: 'Portland, Oregon, United States', city: 'Portland', region: 'Oregon', country: 'US' }],
    ['Halifax, NS, Canada', { raw: 'Halifax, NS, Canada', city: 'Halifax', region: 'NS', country: 'CA' }],
    ['Ontario, Canada', { raw: 'Ontario, Canada', region: 'Ontario', country: 'CA' }],
    ['Berlin, Germany', { raw: 'Berlin, Germany', city: 'Berlin', country: 'DE' }],
    ['Denver, CO', { raw: 'Denver, CO', city: 'Denver', region: 'CO', country: 'US' }],
    ['Texas', { raw: 'Texas', region: 'Texas', country: 'US' }],
    ['United Kingdom', { raw: 'United Kingdom', country: 'GB' }],
    ['Manchester, England, United Kingdom', { raw: 'Manchester, England, United Kingdom', city: 'Manchester', region: 'England', country: 'GB' }],
    // Not confidently splittable: kept raw only.
    ['Greater Seattle Area', { raw: 'Greater Seattle Area' }],
    ['Tbilisi, Georgia', { raw: 'Tbilisi, Georgia' }],
    ['Remote', { raw: 'Remote' }],
    ['Earth / Mars', { raw: 'Earth / Mars' }],
    ['Springfield, Narnia', { raw: 'Springfield, Narnia' }],
    ['a, b, c, United States', { raw: 'a, b, c, United States' }],
  ];
  it.each(cases)('%j', (input, expected) => {
    expect(parseLocation(input)).toEqual(expected);
  });
});
