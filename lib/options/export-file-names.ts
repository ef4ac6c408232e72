/**
 * File names for an exported list and its detached signature. List ids are already restricted to
 * lower-case letters, digits, "-" and "." by the list schema; anything else is replaced anyway,
 * because a stored record is data and a file name must never gain a path separator.
 */
export function exportFileNames(listId: string): { list: string; signature: string } {
  const safe = listId.replace(/[^a-z0-9.-]/g, '-').replace(/^\.+/, '') || 'list';
  const list = `${safe}.hireproof-list.json`;
  return { list, signature: `${list}.sig` };
}
