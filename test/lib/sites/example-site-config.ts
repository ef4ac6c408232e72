import type { SiteConfig } from '../../../lib/sites/define-site-adapter';

/**
 * What the examples and fixtures assume an organisation configured: Workday's class "0" stands for
 * the class a real organisation names as its candidate profile (no public source names one).
 */
export const EXAMPLE_SITE_CONFIG: SiteConfig = { workdayCandidateClasses: ['0'] };
