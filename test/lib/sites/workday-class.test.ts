import { describe, expect, it } from 'vitest';
import { readWorkdayClass } from '../../../lib/sites/workday-class';

describe('readWorkdayClass', () => {
  it.each([
    { name: 'a profile address', text: 'https://wd5.myworkday.com/northwind/d/inst/1$0/3104$48213.htmld', classId: '3104' },
    { name: 'with a tab in the fragment', text: 'https://www.myworkday.com/northwind/d/inst/1$0/3104$48213.htmld#TABTASKID=2998%2431336', classId: '3104' },
    { name: 'an implementation tenant', text: 'https://impl.wd12.myworkday.com/northwind_impl1/d/inst/1$0/871$51077.htmld', classId: '871' },
    { name: 'surrounding spaces and a new line', text: '  https://wd5.myworkday.com/northwind/d/inst/1$0/3104$48213.htmld\n', classId: '3104' },
    { name: 'without the scheme', text: 'wd5.myworkday.com/northwind/d/inst/1$0/3104$48213.htmld', classId: '3104' },
    { name: '"$" copied as %24', text: 'https://wd5.myworkday.com/northwind/d/inst/1%240/3104%2448213.htmld', classId: '3104' },
    { name: 'the host in capitals', text: 'https://WD5.MyWorkday.com/northwind/d/inst/1$0/3104$48213.htmld', classId: '3104' },
  ])('finds the class in $name', ({ text, classId }) => {
    expect(readWorkdayClass(text)).toEqual({ ok: true, classId });
  });

  it.each([
    { name: 'nothing pasted', text: '  ', message: 'Paste the address' },
    { name: 'text that is no address', text: 'candidate 48213', message: 'Not a web address' },
    { name: 'another site', text: 'https://app.greenhouse.io/people/48213', message: 'Not a Workday address' },
    { name: 'a look-alike host', text: 'https://wd5.myworkday.com.evil.example/northwind/d/inst/1$0/3104$48213.htmld', message: 'Not a Workday address' },
    { name: 'the bare domain', text: 'https://myworkday.com/northwind/d/inst/1$0/3104$48213.htmld', message: 'Not a Workday address' },
    { name: 'a careers site', text: 'https://northwind.wd5.myworkdayjobs.com/en-US/External/job/Denver-CO/Backend-Engineer_R0042', message: 'careers site' },
    { name: 'plain http', text: 'http://wd5.myworkday.com/northwind/d/inst/1$0/3104$48213.htmld', message: 'served over https' },
    { name: 'the sign-in page', text: 'https://wd5.myworkday.com/wday/authgwy/northwind/login.htmld', message: 'sign-in page' },
    { name: 'the home page', text: 'https://wd5.myworkday.com/northwind/d/home.htmld', message: 'home page' },
    { name: 'a task page', text: 'https://wd5.myworkday.com/northwind/d/task/1422$3915.htmld', message: 'task or report page' },
    { name: 'an action on a profile', text: 'https://wd5.myworkday.com/northwind/d/inst/0$48213/rel-task/2998$10955.htmld', message: 'action on a profile' },
    { name: 'an instance path without /d/', text: 'https://wd5.myworkday.com/northwind/inst/1$0/3104$48213.htmld', message: 'Not the address of a Workday profile' },
    { name: 'a class id over 10 digits', text: 'https://wd5.myworkday.com/northwind/d/inst/1$0/12345678901$48213.htmld', message: 'Not the address of a Workday profile' },
    { name: 'a worker profile (class 247)', text: 'https://wd5.myworkday.com/northwind/d/inst/1$37/247$14923.htmld', message: 'Class 247 is a worker profile' },
  ])('refuses $name, saying why', ({ text, message }) => {
    const reading = readWorkdayClass(text);
    expect(reading.ok).toBe(false);
    if (!reading.ok) expect(reading.message).toContain(message);
  });
});
