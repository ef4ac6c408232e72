import ashby from './ashby';
import calendly from './calendly';
import { NO_SITE_CONFIG, type SiteAdapter, type SiteConfig } from './define-site-adapter';
import github from './github';
import gmailSource from './gmail-source';
import googleCalendar from './google-calendar';
import greenhouse from './greenhouse';
import indeed from './indeed';
import lever from './lever';
import linkedin from './linkedin';
import outlookSource from './outlook-source';
import wellfound from './wellfound';
import workday from './workday';

/** Every site adapter, alphabetical by id. A new adapter is added here and nowhere else. */
export const siteAdapters: SiteAdapter[] = [
  ashby, calendly, github, gmailSource, googleCalendar, greenhouse, indeed, lever, linkedin, outlookSource, wellfound, workday,
];

/** The adapter that reads candidates on this URL, if any (adapters never overlap: see the URL matrix test). */
export function findSiteAdapter(url: URL, adapters: readonly SiteAdapter[] = siteAdapters, config: SiteConfig = NO_SITE_CONFIG): SiteAdapter | undefined {
  return adapters.find((adapter) => {
    try {
      return adapter.detect(url, config);
    } catch {
      return false;
    }
  });
}

/** How a source (adapter id) is named to people: "LinkedIn", not "linkedin". Unknown ids as written. */
export function siteLabel(source: string): string {
  return siteAdapters.find((adapter) => adapter.id === source)?.label ?? source;
}
