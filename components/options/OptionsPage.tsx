import type { ListRecord } from '@/lib/db/records';
import { FaceModelSection } from './FaceModelSection';
import { ImportSection, type ImportSectionProps } from './ImportSection';
import { ListsSection, type ListsSectionProps } from './ListsSection';
import { SettingsSection, type SettingsSectionProps } from './SettingsSection';

export interface OptionsPageProps {
  lists: ListRecord[] | undefined;
  hits: ListsSectionProps['hits'];
  /** Lists may be imported, switched and deleted here (organisation policy). Undefined while unknown. */
  editable: boolean | undefined;
  listActions: ListsSectionProps['actions'];
  importer: Omit<ImportSectionProps, 'now' | 'today'>;
  settings: SettingsSectionProps;
  now: () => number;
  today: () => string;
}

/** The options page: the stored lists, importing more, and the settings, in that order. */
export function OptionsPage({ lists, hits, editable, listActions, importer, settings, now, today }: OptionsPageProps) {
  return (
    <div className="hp-panel hp-options">
      <header className="hp-options__header">
        <h1>HireProof settings and signal lists</h1>
        <nav aria-label="Sections">
          <ul>
            <li>
              <a href="#lists-heading">Signal lists</a>
            </li>
            {editable ? (
              <li>
                <a href="#import-heading">Import</a>
              </li>
            ) : null}
            <li>
              <a href="#settings-heading">Settings</a>
            </li>
            <li><a href="/review.html#/">HR review queue</a></li>
          </ul>
        </nav>
      </header>
      <main>
        {/* Read-only until the policy is known: nothing is offered that may turn out not to be allowed. */}
        <ListsSection lists={lists} hits={hits} editable={editable} actions={listActions} now={now()} />
        {editable ? <ImportSection {...importer} now={now} today={today} /> : null}
        <SettingsSection {...settings} />
        <FaceModelSection settings={settings.current} />
      </main>
    </div>
  );
}
