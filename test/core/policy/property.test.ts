import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PRESETS, validatePolicy } from '../../../src/core/policy';

const preset = () => JSON.parse(JSON.stringify(PRESETS['cn-pipl'])) as Record<string, unknown>;
const protoKeys = fc.constantFrom(
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'purposes',
  'allow',
  'rules',
  'sites',
);

describe('validatePolicy never throws (fast-check)', () => {
  it('on arbitrary JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const r = validatePolicy(value);
        expect(typeof r.ok).toBe('boolean');
        expect(JSON.parse(JSON.stringify(r))).toBeTruthy();
      }),
      { numRuns: 500 },
    );
  });

  it('on arbitrary JSON parsed from text (own __proto__ keys included)', () => {
    const withProtoKeys = fc.dictionary(fc.oneof(fc.string(), protoKeys), fc.jsonValue({ maxDepth: 3 }));
    fc.assert(
      fc.property(withProtoKeys, (dict) => {
        const parsed = JSON.parse(JSON.stringify(dict).replace(/"constructor"/g, '"__proto__"'));
        validatePolicy(parsed);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        expect(Object.keys(Object.prototype)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('on a valid preset with any one value replaced by arbitrary JSON; the result is deterministic', () => {
    const paths = [
      ['id'],
      ['version'],
      ['jurisdiction'],
      ['purposes'],
      ['purposes', 'attendance'],
      ['purposes', 'attendance', 'allow'],
      ['purposes', 'attendance', 'label'],
      ['purposes', 'attendance', 'maxGranularity'],
      ['sites'],
      ['recipients'],
      ['rules'],
      ['rules', 'consent-notice'],
      ['rules', 'consent-notice', 'requireElements'],
      ['onSubmit'],
    ];
    fc.assert(
      fc.property(fc.constantFrom(...paths), fc.jsonValue({ maxDepth: 4 }), (path, value) => {
        const p = preset();
        let node = p;
        for (const key of path.slice(0, -1)) node = node[key] as Record<string, unknown>;
        node[path.at(-1)!] = value;
        const a = validatePolicy(p);
        const b = validatePolicy(JSON.parse(JSON.stringify(p)));
        expect(JSON.stringify(a)).toBe(JSON.stringify(b));
      }),
      { numRuns: 400 },
    );
  });

  it('on arbitrary values of any JS type', () => {
    fc.assert(
      fc.property(
        fc.anything({
          withBigInt: true,
          withDate: true,
          withMap: true,
          withSet: true,
          withTypedArray: true,
          withNullPrototype: true,
          withObjectString: true,
          withSparseArray: true,
        }),
        (value) => {
          expect(() => validatePolicy(value)).not.toThrow();
        },
      ),
      { numRuns: 500 },
    );
  });
});
