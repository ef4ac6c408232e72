import { DEFAULT_REFRESH_HOURS, type Subscription } from '../settings/settings-schema';

/**
 * What follows a stored import: the background reloads its lists, and "keep refreshed" becomes a
 * subscription. Both are attempted even when the first fails; the error names each that failed.
 */
export async function finishImport(
  subscribe: string | undefined,
  deps: {
    listsChanged: () => Promise<void>;
    subscriptions: readonly Subscription[];
    saveSubscriptions: (subscriptions: Subscription[]) => Promise<void>;
  },
): Promise<void> {
  const failures: string[] = [];
  try {
    await deps.listsChanged();
  } catch (error) {
    failures.push(error instanceof Error ? error.message : String(error));
  }
  if (subscribe !== undefined && !deps.subscriptions.some((s) => s.url === subscribe)) {
    try {
      await deps.saveSubscriptions([...deps.subscriptions, { url: subscribe, refreshHours: DEFAULT_REFRESH_HOURS }]);
    } catch (error) {
      failures.push(`the subscription was not added (${error instanceof Error ? error.message : String(error)})`);
    }
  }
  if (failures.length > 0) throw new Error(failures.join('; '));
}
