import type { ListRecord } from '../db/records';

/** How a stored list arrived, in words for the lists table and the import preview. */
export function describeOrigin(origin: ListRecord['origin']): string {
  switch (origin.kind) {
    case 'file':
      return 'Imported from a file';
    case 'paste':
      return 'Pasted';
    case 'bundled':
      return 'Shipped with HireProof';
    case 'url':
      return `Downloaded once from ${origin.url}`;
    case 'subscription':
      return `Subscription: ${origin.url}`;
  }
}
