import { toMatch, type IndexEntry, type IndexMatch } from './types';

/**
 * Digit trie over E.164 prefixes ('+4420', '+1900'): a lookup walks at most 15 digits whatever the
 * list size. Children live in one growable Int32Array (10 slots a node) rather than a Map or object
 * per node, which keeps a trie of a few hundred thousand prefixes compact and cache friendly.
 */

export interface PhonePrefixTrie {
  /** Every 'phone-prefix' entry that is a prefix of `e164` (including equal), longest first. */
  lookup(e164: string): IndexMatch[];
  readonly size: number;
}

const E164 = /^\+\d{1,15}$/;
const DIGIT_0 = 48;

export function buildPhonePrefixTrie(entries: Iterable<IndexEntry>): PhonePrefixTrie {
  // Slot 0 means "no child": the root is node 0 and is never anyone's child.
  let children = new Int32Array(10 * 1024);
  let nodes = 1;
  const atNode = new Map<number, IndexEntry[]>();
  let size = 0;

  for (const entry of entries) {
    if (entry.kind !== 'phone-prefix' || !E164.test(entry.value)) continue;
    let node = 0;
    for (let i = 1; i < entry.value.length; i++) {
      const slot = node * 10 + entry.value.charCodeAt(i) - DIGIT_0;
      let child = children[slot]!;
      if (child === 0) {
        if ((nodes + 1) * 10 > children.length) {
          const grown = new Int32Array(children.length * 2);
          grown.set(children);
          children = grown;
        }
        child = nodes++;
        children[slot] = child;
      }
      node = child;
    }
    const here = atNode.get(node);
    if (here) here.push(entry);
    else atNode.set(node, [entry]);
    size++;
  }

  return {
    lookup(e164) {
      if (!E164.test(e164)) return [];
      const found: IndexEntry[][] = [];
      let node = 0;
      for (let i = 1; i < e164.length; i++) {
        node = children[node * 10 + e164.charCodeAt(i) - DIGIT_0]!;
        if (node === 0) break;
        const here = atNode.get(node);
        if (here) found.push(here);
      }
      return found.reverse().flatMap((group) => group.map((e) => toMatch(e, e164)));
    },
    size,
  };
}
