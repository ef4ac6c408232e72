import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { PolicySchema } from '../../../lib/settings/settings-schema';

/**
 * public/managed_schema.json is what Chrome validates policy against; PolicySchema is what the
 * extension validates it against. They must describe the same keys, types and bounds, and the
 * JSON file must stay within the schema dialect Chrome accepts (an invalid schema stops the
 * extension from loading at all).
 */

type Json = Record<string, unknown>;
const managed = JSON.parse(readFileSync('public/managed_schema.json', 'utf8')) as Json;
const policyDoc = readFileSync('lib/policy/POLICY.md', 'utf8');

/**
 * What of a JSON Schema Chrome can express: types, integer bounds, string patterns, items,
 * properties, required, and records as patternProperties. Chrome has no length or item-count limits
 * and no bounds on non-integer numbers (components/policy/core/common/schema.cc), so those stay
 * with the extension's own checks.
 */
function chromeSubset(schema: Json): Json {
  const out: Json = { type: schema.type };
  if (schema.type === 'integer') {
    if (schema.minimum !== undefined) out.minimum = schema.minimum;
    if (schema.maximum !== undefined) out.maximum = schema.maximum;
  }
  if (schema.type === 'string' && schema.pattern !== undefined) out.pattern = schema.pattern;
  if (schema.type === 'array') out.items = chromeSubset(schema.items as Json);
  if (schema.type === 'object') {
    if (schema.properties) out.properties = Object.fromEntries(Object.entries(schema.properties as Record<string, Json>).map(([k, v]) => [k, chromeSubset(v)]));
    if (Array.isArray(schema.required) && schema.required.length > 0) out.required = schema.required;
    const names = schema.propertyNames as Json | undefined;
    if (names?.pattern !== undefined && typeof schema.additionalProperties === 'object') {
      out.patternProperties = { [names.pattern as string]: chromeSubset(schema.additionalProperties as Json) };
    }
  }
  return out;
}

/** The schema without the documentation Chrome shows at chrome://policy. */
function withoutDocs(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(withoutDocs);
  if (typeof schema !== 'object' || schema === null) return schema;
  return Object.fromEntries(
    Object.entries(schema)
      .filter(([k]) => k !== 'title' && k !== 'description')
      .map(([k, v]) => [k, k === 'required' || k === 'enum' ? v : withoutDocs(v)]),
  );
}

// Attributes Chrome accepts per type (kAttributesAndTypesFor* in Chromium's schema.cc); anything
// else is ignored by Chrome, so using it would only look like a check that is not made.
const DOCS = ['description', 'id', 'sensitiveValue', 'title', 'type'];
const CHROME_ATTRIBUTES: Record<string, string[]> = {
  array: [...DOCS, 'items'],
  boolean: DOCS,
  integer: [...DOCS, 'enum', 'maximum', 'minimum'],
  number: DOCS,
  object: [...DOCS, 'additionalProperties', 'patternProperties', 'properties', 'required'],
  string: [...DOCS, 'enum', 'pattern'],
};

/** Every place `schema` leaves Chrome's dialect, as "path: problem". */
function chromeDialectProblems(schema: Json, path: string): string[] {
  const type = schema.type as string;
  const allowed = CHROME_ATTRIBUTES[type];
  if (!allowed) return [`${path}: every schema needs one type Chrome knows, got ${JSON.stringify(type)}`];
  const problems = Object.keys(schema).filter((k) => !allowed.includes(k)).map((k) => `${path}: "${k}" is not supported for ${type}`);
  if (type === 'array') problems.push(...chromeDialectProblems(schema.items as Json, `${path}.items`));
  for (const group of ['properties', 'patternProperties'] as const) {
    for (const [key, sub] of Object.entries((schema[group] ?? {}) as Record<string, Json>)) problems.push(...chromeDialectProblems(sub, `${path}.${key}`));
  }
  return problems;
}

describe('public/managed_schema.json', () => {
  it('describes exactly what PolicySchema accepts: keys, types, bounds, patterns, required fields', () => {
    const { $schema: _dialect, ...fromZod } = z.toJSONSchema(PolicySchema, { io: 'input' }) as Json;
    expect(withoutDocs(managed)).toEqual(chromeSubset(fromZod));
  });

  it('stays within the schema dialect Chrome accepts', () => {
    expect(managed.type).toBe('object');
    // Chrome refuses these at the top level: the declared properties are the policies.
    expect(managed).not.toHaveProperty('additionalProperties');
    expect(managed).not.toHaveProperty('patternProperties');
    expect(chromeDialectProblems(managed, 'managed_schema')).toEqual([]);
  });

  const keys = Object.keys(PolicySchema.shape);
  it.each(keys)('policy key %s has a title and description for chrome://policy and a section in POLICY.md', (key) => {
    const property = (managed.properties as Record<string, Json>)[key];
    expect(property?.title).toEqual(expect.any(String));
    expect(property?.description).toEqual(expect.any(String));
    expect(policyDoc).toContain(`### \`${key}\``);
  });

  it('the policy examples in POLICY.md are valid policies', () => {
    const examples = [...policyDoc.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => JSON.parse(m[1] ?? '') as Json);
    const policies = examples.map((doc) => {
      // Chrome's file wraps the policy in 3rdparty.extensions.<id>; Firefox's in policies.3rdparty.Extensions.<id>.
      const byId = ((doc['3rdparty'] as Json | undefined)?.extensions ?? ((doc.policies as Json | undefined)?.['3rdparty'] as Json | undefined)?.Extensions) as Json;
      return Object.values(byId)[0];
    });
    expect(policies).toHaveLength(2);
    for (const policy of policies) expect(PolicySchema.strict().safeParse(policy).error).toBeUndefined();
  });
});
