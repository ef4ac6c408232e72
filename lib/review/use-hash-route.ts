import { useCallback, useEffect, useMemo, useState } from 'react';
import { parseReviewHash, type ReviewRoute } from './hash-route';

/** The route in `location.hash`, following back/forward and links; `navigate` sets a new hash. */
export function useHashRoute(): { route: ReviewRoute; navigate: (hash: string) => void } {
  const [hash, setHash] = useState(() => window.location.hash);
  useEffect(() => {
    const onChange = () => setHash(window.location.hash);
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  const navigate = useCallback((next: string) => {
    window.location.hash = next;
  }, []);
  return { route: useMemo(() => parseReviewHash(hash), [hash]), navigate };
}
