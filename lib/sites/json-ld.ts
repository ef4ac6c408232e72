import { z } from 'zod';
import { clampText, MAX_SUMMARY_LENGTH } from '../candidate/observation';
import { isText, queryAll } from './dom';

/**
 * schema.org Person data a page embeds as JSON-LD (`<script type="application/ld+json">`). The
 * script's text is read as data and parsed with JSON.parse and zod; it is never run. A field of the
 * wrong shape is dropped on its own, so one odd value does not cost the rest.
 */

/** A profile's JSON-LD is a few kilobytes; anything much bigger is not worth parsing on the page. */
const MAX_JSON_LD_CHARS = 200_000;
const MAX_NODES = 50;

const oneOrMany = <T extends z.ZodType>(item: T) =>
  z.union([item, z.array(item)]).transform((v): Array<z.output<T>> => (Array.isArray(v) ? v : [v]));

const NamedSchema = z.union([z.string(), z.object({ name: z.string() })]).transform((v) => (typeof v === 'string' ? v : v.name));
const PlaceSchema = z.union([
  z.string(),
  z.object({
    name: z.string().optional(),
    addressLocality: z.string().optional(),
    addressRegion: z.string().optional(),
    addressCountry: NamedSchema.optional(),
    address: z.object({ addressLocality: z.string().optional(), addressRegion: z.string().optional(), addressCountry: NamedSchema.optional() }).optional(),
  }),
]);
const ImageSchema = z.union([z.string(), z.object({ url: z.string() })]).transform((v) => (typeof v === 'string' ? v : v.url));

const PersonSchema = z.object({
  '@type': oneOrMany(z.string()),
  name: z.string().optional().catch(undefined),
  jobTitle: oneOrMany(z.string()).optional().catch(undefined),
  worksFor: oneOrMany(NamedSchema).optional().catch(undefined),
  alumniOf: oneOrMany(NamedSchema).optional().catch(undefined),
  address: PlaceSchema.optional().catch(undefined),
  homeLocation: PlaceSchema.optional().catch(undefined),
  image: ImageSchema.optional().catch(undefined),
  sameAs: oneOrMany(z.string()).optional().catch(undefined),
  url: z.string().optional().catch(undefined),
  description: z.string().optional().catch(undefined),
  email: oneOrMany(z.string()).optional().catch(undefined),
  telephone: oneOrMany(z.string()).optional().catch(undefined),
});

export interface JsonLdPerson {
  name?: string;
  jobTitle?: string;
  worksFor: string[];
  alumniOf: string[];
  /** "City, Region, Country" as the parts were given. */
  location?: string;
  image?: string;
  /** schema.org `description`: the profile's own summary of the person, clamped to MAX_SUMMARY_LENGTH. */
  description?: string;
  /** `sameAs` and `url`: the person's other profiles. */
  links: string[];
  emails: string[];
  telephones: string[];
}

/** Every JSON object in the page's JSON-LD scripts, arrays, `@graph` and `mainEntity` flattened. */
export function jsonLdNodes(document: Document): unknown[] {
  const nodes: unknown[] = [];
  for (const script of queryAll(document, 'script[type="application/ld+json"]')) {
    const text = script.textContent ?? '';
    if (text.length > MAX_JSON_LD_CHARS) continue;
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      continue;
    }
    const queue: unknown[] = [data];
    while (queue.length > 0 && nodes.length < MAX_NODES) {
      const item = queue.shift();
      if (Array.isArray(item)) queue.push(...item);
      else if (item && typeof item === 'object') {
        nodes.push(item);
        // A ProfilePage names its person as mainEntity; @graph holds several nodes side by side.
        const { '@graph': graph, mainEntity } = item as Record<string, unknown>;
        if (Array.isArray(graph)) queue.push(...graph);
        if (mainEntity && typeof mainEntity === 'object') queue.push(mainEntity);
      }
    }
  }
  return nodes;
}

function placeText(place: z.output<typeof PlaceSchema> | undefined): string | undefined {
  if (place === undefined || typeof place === 'string') return clampText(place);
  const parts = place.address ?? place;
  const joined = [parts.addressLocality, parts.addressRegion, parts.addressCountry].map((p) => clampText(p)).filter(isText).join(', ');
  return clampText(joined) ?? clampText(place.name);
}

const texts = (values: readonly string[] | undefined) => (values ?? []).map((v) => clampText(v)).filter(isText);

/** The first schema.org Person in the page's JSON-LD, if any. */
export function jsonLdPerson(document: Document): JsonLdPerson | undefined {
  for (const node of jsonLdNodes(document)) {
    const parsed = PersonSchema.safeParse(node);
    if (!parsed.success || !parsed.data['@type'].includes('Person')) continue;
    const p = parsed.data;
    return {
      name: clampText(p.name),
      jobTitle: texts(p.jobTitle)[0],
      worksFor: texts(p.worksFor),
      alumniOf: texts(p.alumniOf),
      location: placeText(p.homeLocation) ?? placeText(p.address),
      image: clampText(p.image),
      description: clampText(p.description, MAX_SUMMARY_LENGTH),
      links: texts([...(p.sameAs ?? []), ...(p.url ? [p.url] : [])]),
      emails: texts(p.email).map((e) => e.replace(/^mailto:/i, '')),
      telephones: texts(p.telephone),
    };
  }
  return undefined;
}
