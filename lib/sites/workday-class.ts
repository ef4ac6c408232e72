/**
 * Which Workday class a pasted address shows. Workday addresses every object alike,
 * /<tenant>/d/inst/<ref>/<class>$<instance>.htmld, so only the class id says whether a page is a
 * candidate, a worker or an expense report. No public source names the candidate's class, so the
 * organisation tells HireProof by pasting one candidate's address on the options page (setting
 * `workdayCandidateClasses`). Pure: text in, a class id or a reason a person can act on out.
 */

/** An object's own page; group 1 is the tenant, 2 the class id, 3 the instance id. */
export const WORKDAY_INSTANCE_PATH = /^\/([\w-]{1,64})\/d\/inst\/\d{1,10}\$\d{1,15}\/(\d{1,10})\$(\d{1,15})\.htmld$/;

/** Workers (employees): public code links them as …/d/inst/1$37/247$14923.htmld. Never a candidate. */
export const WORKDAY_WORKER_CLASS = '247';
export const WORKDAY_WORKER_CLASS_MESSAGE =
  'Class 247 is a worker profile (an employee), not a candidate: open a candidate’s profile and copy its address.';

const HOST_SUFFIX = '.myworkday.com';

export type WorkdayClassReading = { ok: true; classId: string } | { ok: false; message: string };

const refuse = (message: string): WorkdayClassReading => ({ ok: false, message });

/** The address as a URL; an address copied without its scheme is read as https. */
function parseAddress(text: string): URL | undefined {
  if (URL.canParse(text)) return new URL(text);
  return !text.includes('://') && URL.canParse(`https://${text}`) ? new URL(`https://${text}`) : undefined;
}

/** Why a Workday page that is not an object's own page cannot name a class. */
function notAnObjectPage(path: string): string {
  if (/^\/wday\/authgwy\//.test(path)) return 'This is the Workday sign-in page: sign in, open a candidate’s profile, and copy its address.';
  if (/^\/[\w-]+\/d\/home\.htmld$/.test(path)) return 'This is the Workday home page, not a profile: open a candidate’s profile and copy its address.';
  if (/\/rel-task\//.test(path)) return 'This is an action on a profile, not the profile itself: close it and copy the address of the candidate’s profile.';
  if (/^\/[\w-]+\/d\/task\//.test(path)) return 'This is a task or report page, not a profile: open a candidate’s profile and copy its address.';
  return 'Not the address of a Workday profile: a profile’s address ends in …/d/inst/…/<class>$<number>.htmld.';
}

export function readWorkdayClass(pasted: string): WorkdayClassReading {
  const text = pasted.trim();
  if (text === '') return refuse('Paste the address of a candidate’s profile from your Workday.');
  const url = parseAddress(text);
  if (!url) return refuse('Not a web address: copy it from the browser’s address bar while a candidate’s profile is open.');
  const host = url.hostname.toLowerCase();
  if (host.endsWith('.myworkdayjobs.com') || host === 'myworkdayjobs.com') {
    return refuse('This is a Workday careers site, where applicants apply: paste a profile from your organisation’s Workday (…myworkday.com).');
  }
  if (!host.endsWith(HOST_SUFFIX)) return refuse('Not a Workday address: expected an address on your organisation’s …myworkday.com.');
  if (url.protocol !== 'https:') return refuse('Workday pages are served over https: copy the address as the browser shows it.');
  // Some tools copy "$" as "%24"; the address bar shows it as "$", which is what pages are matched on.
  const path = url.pathname.replace(/%24/gi, '$');
  const match = WORKDAY_INSTANCE_PATH.exec(path);
  const classId = match?.[2];
  if (classId === undefined) return refuse(notAnObjectPage(path));
  if (classId === WORKDAY_WORKER_CLASS) return refuse(WORKDAY_WORKER_CLASS_MESSAGE);
  return { ok: true, classId };
}
