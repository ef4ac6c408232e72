/**
 * The demo: saved pages (fixtures) opened in this order under their real URLs. The two Greenhouse
 * applicants share one phone number under different names, so the second shows `reused-phone`;
 * the demo flags it for HR review and ends on the review queue and its case page.
 */
export const DEMO_PAGES: ReadonlyArray<{ adapterId: string; caseName: string; title: string; flagReason?: string }> = [
  { adapterId: 'linkedin', caseName: 'real-2022-scrubbed', title: 'LinkedIn profile (real 2022 layout, scrubbed)' },
  { adapterId: 'github', caseName: 'full-recent', title: 'GitHub profile of a recently created account' },
  { adapterId: 'greenhouse', caseName: 'demo-reuse-a', title: 'Greenhouse applicant A' },
  {
    adapterId: 'greenhouse',
    caseName: 'demo-reuse-b',
    title: 'Greenhouse applicant B: same phone as A, another name',
    // The demo then flags B from its panel and shows HR's queue and case page.
    flagReason: 'Same phone number as another applicant under a different name',
  },
  { adapterId: 'greenhouse', caseName: 'voip-disposable', title: 'Greenhouse applicant with a VoIP number and a disposable e-mail' },
];
