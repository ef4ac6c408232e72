import { loadSettings } from '../settings/settings-store';
import { NO_SITE_CONFIG, type SiteConfig } from '../sites/define-site-adapter';

/**
 * What the site adapters need from the settings in force. When they cannot be read, nothing is
 * configured: a Workday page then goes unread, which is safer than reading employees as candidates.
 */
export async function loadSiteConfig(): Promise<SiteConfig> {
  try {
    const { settings } = await loadSettings();
    return { workdayCandidateClasses: settings.workdayCandidateClasses };
  } catch {
    return NO_SITE_CONFIG;
  }
}
