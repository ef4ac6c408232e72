/** Summaries written for the similarity tests, shaped like real "About" sections (no real person's text). */

export const ORIGINAL =
  "I'm Jordan Ellis, a backend engineer with 8+ years of experience building payment platforms and high-volume APIs. " +
  'At Northwind I led the migration of a monolith to event-driven services in Go and Kafka, cutting settlement latency by 40%. ' +
  'I care about observability, clean interfaces and mentoring junior developers. Outside work I contribute to open-source ' +
  'tooling for PostgreSQL and enjoy long-distance cycling. Open to remote roles across North America and Europe.';
export const RENAMED = ORIGINAL.replace('Jordan Ellis', 'Sam Okafor').replace('8+', '6+').replace('40%', '35%');
// Two words edited, as someone tidying a copied text would (true Jaccard 0.75: 10 of 70 shingles broken).
export const EDITED = RENAMED.replace('payment platforms', 'fintech platforms').replace('clean interfaces', 'clear interfaces');
// Edited throughout: a word in every sentence or so (true Jaccard 0.28), no longer a near-duplicate.
export const REWORKED = EDITED.replace('high-volume', 'large-scale').replace('led the migration', 'drove the move').replace('junior developers', 'new hires')
  .replace('contribute to', 'maintain').replace('long-distance cycling', 'trail running').replace('Open to remote', 'Looking for remote');
export const UNRELATED =
  'Product designer focused on accessible, inclusive interfaces for healthcare. Over the past decade I have run research programmes, ' +
  'built design systems from scratch and shipped mobile apps used by clinicians in three countries. I believe good design is invisible: ' +
  'it gets out of the way so people can do their jobs. Currently exploring how voice interfaces can help patients with limited vision. ' +
  'Happy to chat about design leadership, research operations or hiring.';
// Same field and stock phrases as ORIGINAL, written independently.
export const SAME_FIELD =
  'Backend engineer with 8+ years of experience building distributed systems and APIs for e-commerce. I have designed order pipelines ' +
  'in Java and Kafka, introduced tracing and SLOs across forty services, and mentored developers new to the platform team. ' +
  'I enjoy untangling legacy code, writing clear documentation and working closely with product managers. Open to remote roles ' +
  'in Europe; based in Lisbon and happy to travel for team gatherings.';

