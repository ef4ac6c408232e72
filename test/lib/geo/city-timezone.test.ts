import { describe, expect, it } from 'vitest';
import { foldPlaceName, timeZoneForPlace, utcOffsetsMinutes, type Place } from '../../../lib/geo/city-timezone';

describe('timeZoneForPlace', () => {
  it.each<[Place, string, string]>([
    // Same name in one country: the region decides, as a code or written out.
    [{ city: 'Portland', region: 'OR', country: 'US' }, 'America/Los_Angeles', 'Portland, Oregon, US'],
    [{ city: 'Portland', region: 'Oregon', country: 'US' }, 'America/Los_Angeles', 'Portland, Oregon, US'],
    [{ city: 'Portland', region: 'ME', country: 'US' }, 'America/New_York', 'Portland, Maine, US'],
    [{ city: 'Portland', region: 'maine', country: 'us' }, 'America/New_York', 'Portland, Maine, US'],
    // No region, or one the data does not know: the most populous wins.
    [{ city: 'Portland', country: 'US' }, 'America/Los_Angeles', 'Portland, Oregon, US'],
    [{ city: 'Portland', region: 'Cascadia', country: 'US' }, 'America/Los_Angeles', 'Portland, Oregon, US'],
    [{ city: 'Portland', country: 'AU' }, 'Australia/Melbourne', 'Portland, Victoria, AU'],
    [{ city: 'London', country: 'GB' }, 'Europe/London', 'London, Westminster, GB'],
    [{ city: 'London', country: 'CA' }, 'America/Toronto', 'London, Ontario, CA'],
    [{ city: 'London' }, 'Europe/London', 'London, Westminster, GB'],
    [{ city: 'Manchester', country: 'GB' }, 'Europe/London', 'Manchester, GB'],
    [{ city: 'Manchester', region: 'England', country: 'GB' }, 'Europe/London', 'Manchester, GB'],
    [{ city: 'Manchester', region: 'NH', country: 'US' }, 'America/New_York', 'Manchester, New Hampshire, US'],
    [{ city: 'Sydney', country: 'AU' }, 'Australia/Sydney', 'Sydney, New South Wales, AU'],
    [{ city: 'Sydney', country: 'CA' }, 'America/Glace_Bay', 'Sydney, Nova Scotia, CA'],
    // Accents, case and punctuation do not matter.
    [{ city: 'São Paulo', country: 'BR' }, 'America/Sao_Paulo', 'Sao Paulo, São Paulo, BR'],
    [{ city: 'sao paulo' }, 'America/Sao_Paulo', 'Sao Paulo, São Paulo, BR'],
    [{ city: 'SAO-PAULO' }, 'America/Sao_Paulo', 'Sao Paulo, São Paulo, BR'],
    [{ city: 'Zurich' }, 'Europe/Zurich', 'Zürich, CH'],
    [{ city: 'Saint Petersburg', country: 'RU' }, 'Europe/Moscow', 'St. Petersburg, City of St. Petersburg, RU'],
    // Other spellings of the same city.
    [{ city: 'Kyiv' }, 'Europe/Kyiv', 'Kyiv, UA'],
    [{ city: 'Kiev', country: 'UA' }, 'Europe/Kyiv', 'Kyiv, UA'],
    [{ city: 'Bombay' }, 'Asia/Kolkata', 'Mumbai, Maharashtra, IN'],
    [{ city: 'Washington DC' }, 'America/New_York', 'Washington, D.C., District of Columbia, US'],
  ])('%j -> %s', (place, timeZone, matchedCity) => {
    expect(timeZoneForPlace(place)).toEqual({ timeZone, matchedCity });
  });

  it.each<[string, Place]>([
    ['unknown city', { city: 'Atlantis' }],
    ['known city, not in that country', { city: 'Portland', country: 'FR' }],
    ['no city', { region: 'Oregon', country: 'US' }],
    ['empty city', { city: '  ' }],
    ['script the data does not carry', { city: 'Київ' }],
  ])('%s -> undefined', (_, place) => {
    expect(timeZoneForPlace(place)).toBeUndefined();
  });

  it.each([
    ['São Paulo', 'sao paulo'],
    ['  Saint-Étienne ', 'st etienne'],
    ["Val-d'Or", 'val d or'],
    ['Washington, D.C.', 'washington d c'],
  ])('folds %j to %j', (text, folded) => {
    expect(foldPlaceName(text)).toBe(folded);
  });
});

describe('utcOffsetsMinutes', () => {
  const JUNE_2026 = Date.UTC(2026, 5, 15);
  const JAN_2026 = Date.UTC(2026, 0, 15);
  it.each<[string, number, number[]]>([
    ['Europe/London', JUNE_2026, [0, 60]],
    ['Europe/London', JAN_2026, [0, 60]],
    ['Asia/Kolkata', JUNE_2026, [330]],
    ['America/New_York', JUNE_2026, [-300, -240]],
    ['America/Los_Angeles', JAN_2026, [-480, -420]],
    ['Australia/Sydney', JUNE_2026, [600, 660]],
    ['Australia/Lord_Howe', JUNE_2026, [630, 660]],
    ['Asia/Kathmandu', JUNE_2026, [345]],
    ['America/St_Johns', JUNE_2026, [-210, -150]],
    ['America/Sao_Paulo', JUNE_2026, [-180]],
    ['Europe/Kyiv', JUNE_2026, [120, 180]],
    ['UTC', JUNE_2026, [0]],
  ])('%s around %d -> %j', (zone, at, offsets) => {
    expect(utcOffsetsMinutes(zone, at)).toEqual(offsets);
  });

  it('throws for a zone Intl does not know', () => {
    expect(() => utcOffsetsMinutes('Mars/Olympus_Mons', JUNE_2026)).toThrow(RangeError);
  });
});
