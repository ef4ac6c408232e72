import { summaryFingerprint, type SummaryFingerprint } from '../../lib/similarity/summary-fingerprint';
import { prng } from '../lib/lists/indexes/random';

/**
 * Generated summaries for the benches that store many (similarity, bands upgrade): seeded, so runs
 * differ only by the machine.
 */

// Made-up words and real stock phrases: summaries are mostly their own words plus phrases everyone
// writes, which is what makes unrelated summaries share a 5-word shingle now and then.
const SYLLABLES = ['ka', 'lo', 'mi', 'ne', 'ru', 'sa', 'ti', 'vo', 'ze', 'an', 'el', 'or', 'us', 'bri', 'clo', 'dra', 'fen', 'gor', 'hal', 'jun'];
const STOCK = [
  'with over # years of experience in',
  'passionate about building scalable and reliable systems',
  'open to remote roles across europe and north america',
  'i enjoy mentoring junior developers and sharing knowledge',
  'strong background in cloud infrastructure and devops',
  'i am a results driven professional with a proven track record',
  'looking for my next challenge in a fast paced environment',
  'excellent communication skills and a team player',
];
function word(rand: () => number): string {
  let w = '';
  const n = 2 + Math.floor(rand() * 3);
  for (let i = 0; i < n; i++) w += SYLLABLES[Math.floor(rand() * SYLLABLES.length)];
  return w;
}
export function summaryText(seed: number): string {
  const rand = prng(seed);
  const sentences: string[] = [];
  const target = 60 + Math.floor(rand() * 80);
  let words = 0;
  while (words < target) {
    const sentence = rand() < 0.3 ? STOCK[Math.floor(rand() * STOCK.length)]! : Array.from({ length: 6 + Math.floor(rand() * 10) }, () => word(rand)).join(' ');
    sentences.push(sentence);
    words += sentence.split(' ').length;
  }
  return `${sentences.join('. ')}.`;
}

export function fingerprintOf(text: string, names: string[]): SummaryFingerprint {
  const result = summaryFingerprint(text, names);
  if (!result.ok) throw new Error(`seed text not fingerprinted: ${result.reason}`);
  return result.fingerprint;
}
