/** The word a reviewer types to confirm a deletion, when typing the name is awkward (another script, a long name). */
export const DELETE_WORD = 'DELETE';

const fold = (text: string) => text.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase();

/**
 * Whether what the reviewer typed confirms deleting this candidate: the word DELETE exactly (capitals
 * make it deliberate), or the candidate's name, ignoring case and extra spaces. An empty name can
 * only be confirmed with the word.
 */
export function confirmsDeletion(typed: string, candidateName: string): boolean {
  if (typed.trim() === DELETE_WORD) return true;
  const name = fold(candidateName);
  return name !== '' && fold(typed) === name;
}
