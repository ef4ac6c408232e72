import type { Plugin } from 'vite';

/**
 * Chrome refuses to load a content script that is not valid UTF-8 and a service worker with raw
 * non-ASCII can fail to start silently; bundlers copy characters like Dexie's "\uffff" and
 * libphonenumber's symbols through raw. Escaping every non-ASCII UTF-16 unit as `\uXXXX` is valid
 * in JavaScript strings, regular expressions, template literals, comments and identifiers alike.
 */
export function escapeNonAscii(code: string): string {
  return code.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export function asciiOnly(): Plugin {
  return {
    name: 'hireproof:ascii-only',
    enforce: 'post',
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type === 'chunk') chunk.code = escapeNonAscii(chunk.code);
      }
    },
  };
}
