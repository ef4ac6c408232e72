import { describe, expect, it } from 'vitest';
import { checkWorkdayClass } from '../../../lib/options/workday-class-input';

const address = (classId: string) => `https://wd5.myworkday.com/northwind/d/inst/1$0/${classId}$48213.htmld`;
const twenty = Array.from({ length: 20 }, (_, i) => String(9000 + i));

describe('checkWorkdayClass', () => {
  it.each([
    { name: 'a first class', pasted: address('3104'), saved: [], classId: '3104' },
    { name: 'a second class', pasted: address('3104'), saved: ['871'], classId: '3104' },
  ])('accepts $name', ({ pasted, saved, classId }) => {
    expect(checkWorkdayClass(pasted, saved)).toEqual({ ok: true, classId });
  });

  it.each([
    { name: 'a class already saved', pasted: address('3104'), saved: ['3104'], message: 'Class 3104 is already saved' },
    { name: 'a 21st class', pasted: address('3104'), saved: twenty, message: 'At most 20 classes' },
    { name: 'a worker profile, before anything else', pasted: address('247'), saved: twenty, message: 'Class 247 is a worker profile' },
    { name: 'an address that is not a profile', pasted: 'https://wd5.myworkday.com/northwind/d/home.htmld', saved: [], message: 'home page' },
  ])('refuses $name', ({ pasted, saved, message }) => {
    const check = checkWorkdayClass(pasted, saved);
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.message).toContain(message);
  });
});
