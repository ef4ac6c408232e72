/**
 * The plain-language note at the top of a subject access export: what the file is, what each part
 * holds, how to read the numbers, and what the person sending it must check first. Written for the
 * HR or privacy officer answering the request and for the applicant who receives it.
 */
export function subjectExportNote(input: { candidateId: string; exportedAt: string; counts: Readonly<Record<string, number>> }): string {
  const counted = Object.entries(input.counts)
    .map(([part, n]) => `${part}: ${n}`)
    .join(', ');
  return [
    `This file holds everything the HireProof browser extension stored on this computer about one job applicant (record ${input.candidateId}), exported ${input.exportedAt} to answer a subject access request.`,
    `It contains (${counted}):`,
    '- candidate: the names and identity details (e-mail addresses, phone numbers, profile links) gathered from the pages read, and review flags;',
    '- observations: what each job-site or applicant-tracking page showed when it was read;',
    "- assessment and assessmentHistory: the latest automated check of the details, each signal with its evidence, and how the score changed. A signal is a reason to look closer, never a decision; people made the decisions;",
    '- decisions and notes: what reviewers decided and why, and notes recruiters wrote;',
    '- addedEvidence: IP addresses or time zones a recruiter added, with the text they came from;',
    '- livenessSummaries: derived values from video interviews (never images or face measurements), with the consent notice read out;',
    '- summaryFingerprints and photoHashes: numbers computed from the profile text and photo to find copies; neither the text nor the image can be rebuilt from them;',
    '- identityKeys: where each identity detail was seen, and how many other applicants used the same one;',
    '- audit: the log of what was done with the record, by whom (recruiter, reviewer or the extension itself) and when.',
    'Times are milliseconds since 1970-01-01 00:00 UTC. Other applicants are not identified: where a detail or photo matched another applicant, their name and page address are replaced by "another applicant" and "(withheld)".',
    'Before sending: notes and decision reasons were written by your staff and may mention other people; check them, and apply any exemption your organisation relies on, as for any other record.',
    'The extension sent none of this anywhere; this file exists because someone exported it.',
  ].join('\n');
}
