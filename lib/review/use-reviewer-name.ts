import { useCallback, useState } from 'react';

const KEY = 'hireproof-reviewer-name';
export const MAX_REVIEWER_NAME = 200;

/**
 * The name a reviewer gives to appear on reports and in their exports' audit entries. The extension
 * has no accounts, so it is the reviewer's word, kept in this browser's review page (localStorage of
 * the extension's origin) so it need not be typed again.
 */
export function useReviewerName(): [string, (name: string) => void] {
  const [name, setName] = useState(() => {
    try {
      return (localStorage.getItem(KEY) ?? '').slice(0, MAX_REVIEWER_NAME);
    } catch {
      return '';
    }
  });
  const update = useCallback((next: string) => {
    const value = next.slice(0, MAX_REVIEWER_NAME);
    setName(value);
    try {
      localStorage.setItem(KEY, value);
    } catch {
      // Storage refused (quota, policy): the name still applies until the page closes.
    }
  }, []);
  return [name, update];
}
