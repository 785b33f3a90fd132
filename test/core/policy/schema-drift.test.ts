// The schema has one source (src/core/policy/schema.ts); the files generated from it must be
// current. If this fails: npx tsx scripts/gen-schemas.ts
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { renderGeneratedFiles } from '../../../src/core/policy/generate';
import { PRESETS, POLICY_SCHEMA, buildManagedSchema, MANAGED_KEYS } from '../../../src/core/policy';
import { validate as standalone } from '../../../src/core/policy/generated/validate-structure';

const root = resolve(__dirname, '../../..');

describe('generated schema files', () => {
  it('are identical to what scripts/gen-schemas.ts writes now', () => {
    for (const [path, text] of Object.entries(renderGeneratedFiles())) {
      expect(readFileSync(resolve(root, path), 'utf8'), `${path} drifted: run npx tsx scripts/gen-schemas.ts`).toBe(
        text,
      );
    }
  });

  it('policy.schema.json is a valid draft-07 schema that accepts the presets', () => {
    const ajv = new Ajv({ allErrors: true, strict: true });
    const validate = ajv.compile(JSON.parse(readFileSync(resolve(root, 'public/policy.schema.json'), 'utf8')));
    for (const preset of Object.values(PRESETS)) expect(validate(preset), JSON.stringify(validate.errors)).toBe(true);
  });

  it('the standalone validator agrees with ajv compiling the schema at run time', () => {
    const ajv = new Ajv({ allErrors: true, strict: true });
    const runtime = ajv.compile(POLICY_SCHEMA);
    const samples: unknown[] = [
      PRESETS['cn-pipl'],
      PRESETS['eu-gdpr'],
      {},
      { id: 1 },
      { id: 'x', version: '1', purposes: { A: {} } },
      {
        id: 'x',
        version: '1',
        purposes: { a: { label: {}, allow: ['nope'] } },
        rules: { 'consent-notice': { requireElements: ['x'] } },
      },
    ];
    for (const sample of samples) {
      expect(standalone(sample)).toBe(runtime(sample));
      const errs = (standalone as unknown as { errors?: { instancePath: string; keyword: string }[] }).errors ?? [];
      expect(errs.map((e) => `${e.instancePath} ${e.keyword}`)).toEqual(
        (runtime.errors ?? []).map((e) => `${e.instancePath} ${e.keyword}`),
      );
    }
  });

  it('uses no eval at run time (MV3 content-security policy)', () => {
    const code = readFileSync(resolve(root, 'src/core/policy/generated/validate-structure.ts'), 'utf8');
    expect(code).not.toMatch(/\bnew Function\b|\beval\(|\brequire\(/);
  });
});

describe("managed_schema.json follows Chrome's managed-storage dialect", () => {
  const managed = buildManagedSchema();
  const CHROME_ATTRIBUTES = new Set([
    'type',
    'title',
    'description',
    'properties',
    'additionalProperties',
    'patternProperties',
    'items',
    'enum',
    'minimum',
    'maximum',
    'pattern',
    'id',
    '$ref',
    'required',
    'sensitiveValue',
  ]);
  const TYPES = new Set(['object', 'array', 'string', 'integer', 'number', 'boolean']);

  it('has an object root whose properties are the policy keys, without additionalProperties', () => {
    expect(managed.type).toBe('object');
    expect(managed).not.toHaveProperty('additionalProperties');
    expect(managed).not.toHaveProperty('$schema');
    expect(Object.keys(managed.properties!)).toEqual([MANAGED_KEYS.object, MANAGED_KEYS.string]);
    expect(managed.properties!.policyJson!.type).toBe('string');
  });

  it('every node has exactly one type, only attributes Chrome knows, and schema-valued additionalProperties', () => {
    const stack: unknown[] = [managed];
    let nodes = 0;
    while (stack.length) {
      const node = stack.pop() as Record<string, unknown>;
      nodes++;
      expect(TYPES.has(node.type as string), JSON.stringify(node).slice(0, 80)).toBe(true);
      for (const key of Object.keys(node)) expect(CHROME_ATTRIBUTES.has(key), key).toBe(true);
      if (node.properties) stack.push(...Object.values(node.properties));
      if (node.additionalProperties !== undefined) {
        expect(typeof node.additionalProperties).toBe('object');
        stack.push(node.additionalProperties);
      }
      if (node.items) stack.push(node.items);
    }
    expect(nodes).toBeGreaterThan(20);
  });

  it("keeps the policy's structure so Chrome passes every key through", () => {
    const policy = managed.properties!.policy!;
    expect(Object.keys(policy.properties!)).toEqual(Object.keys(POLICY_SCHEMA.properties!));
    expect(policy.properties!.purposes!.additionalProperties!.properties).toHaveProperty('allow');
    // Values are checked by FormWarden (precise, translated errors), not dropped silently by Chrome.
    expect(JSON.stringify(policy)).not.toMatch(/"enum"|"pattern"|"minimum"|"required"/);
  });
});
