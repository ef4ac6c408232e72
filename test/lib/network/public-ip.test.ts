import { describe, expect, it } from 'vitest';
import { isPublicIp } from '../../../lib/network/public-ip';

describe('isPublicIp', () => {
  it.each<[string, boolean]>([
    ['175.193.42.17', true],
    ['203.0.113.7', true], // documentation ranges stand in for real addresses in tests
    ['2001:db8::1', true],
    ['10.1.2.3', false],
    ['172.16.0.1', false],
    ['172.32.0.1', true],
    ['192.168.0.10', false],
    ['100.64.0.1', false], // CGNAT
    ['100.128.0.1', true],
    ['127.0.0.1', false],
    ['169.254.1.1', false],
    ['0.0.0.0', false],
    ['::1', false],
    ['::', false],
    ['fe80::1', false],
    ['fd12:3456::1', false],
    ['::ffff:10.0.0.1', false], // IPv4-mapped: judged as its IPv4
    ['::ffff:203.0.113.9', true],
    ['not an address', false],
  ])('%s: %s', (ip, expected) => expect(isPublicIp(ip)).toBe(expected));
});
