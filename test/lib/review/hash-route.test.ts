import { describe, expect, it } from 'vitest';
import { auditHash, caseHash, parseReviewHash, queueHash } from '../../../lib/review/hash-route';

describe('review routes', () => {
  it.each([
    ['', { page: 'queue' }],
    ['#', { page: 'queue' }],
    ['#/', { page: 'queue' }],
    ['#/case/abc-123', { page: 'case', candidateId: 'abc-123' }],
    ['#/case/a%2Fb%20c', { page: 'case', candidateId: 'a/b c' }],
    ['#/case/', { page: 'not-found', hash: '/case/' }],
    ['#/case/a/b', { page: 'not-found', hash: '/case/a/b' }],
    ['#/case/%E0%A4%A', { page: 'not-found', hash: '/case/%E0%A4%A' }],
    ['#/settings', { page: 'not-found', hash: '/settings' }],
    ['#/audit', { page: 'audit' }],
    ['#/audit/', { page: 'not-found', hash: '/audit/' }],
  ])('%j', (hash, route) => {
    expect(parseReviewHash(hash)).toEqual(route);
  });

  it.each(['c1', 'a/b c', '9d1f…', '#?&'])('a case link for %j reads back as the same id', (id) => {
    expect(parseReviewHash(caseHash(id))).toEqual({ page: 'case', candidateId: id });
  });

  it('the queue and audit log links read back as their pages', () => {
    expect(parseReviewHash(queueHash())).toEqual({ page: 'queue' });
    expect(parseReviewHash(auditHash())).toEqual({ page: 'audit' });
  });
});
