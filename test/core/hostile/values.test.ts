// The product must never store or send a field's value. Pre-filled values that look like ID
// numbers, phones and e-mails are put in every place a value can hide; the serialized report
// (in-process JSON, and the CLI's json, md and sarif output) must not contain any of them.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as g from './generators';
import { expectReportShape, runCli, runPipeline } from './helpers';

const VALUES = [
  { kind: 'PRC resident ID (valid checksum)', value: '11010519491231002X' },
  { kind: 'HKID', value: 'A123456(3)' },
  { kind: 'Taiwan ID (valid checksum)', value: 'A123456789' },
  { kind: 'mainland mobile', value: '13812345678' },
  { kind: 'e-mail', value: 'secret.person@example.org' },
  { kind: 'passport-like', value: 'E98765432' },
];

describe('pre-filled values never reach the report', () => {
  it.each(VALUES)('$kind "$value": absent from the JSON report, and the ID is still recognised', ({ value }) => {
    const run = runPipeline(g.prefilled(value));
    expectReportShape(run.report);
    expect(run.json).not.toContain(value);
    // Descriptors are internal data, but they must not carry the value either.
    expect(JSON.stringify(run.scan.descriptors)).not.toContain(value);
    expect(JSON.stringify(run.scan.page)).not.toContain(value);
    const idField = run.report.fields.find((f) => f.name === 'sfzh');
    expect(idField?.category).toBe('identity.id_number');
  });

  it('a valid PRC ID pre-filled in an unlabelled input is classified by the validator, value not kept', () => {
    const value = '11010519491231002X';
    const run = runPipeline(`<form><input name="f1" value="${value}"></form>`);
    expect(run.json).not.toContain(value);
    expect(run.json).not.toContain(value.slice(0, 14));
    console.log(
      `[hostile] unlabelled pre-filled PRC ID → ${run.report.fields[0]?.category} (${run.report.fields[0]?.evidence.join(', ')})`,
    );
  });

  const dir = mkdtempSync(join(tmpdir(), 'fw-hostile-values-'));
  it.each(
    VALUES.flatMap(({ kind, value }, i) =>
      (['json', 'md', 'sarif'] as const).map((format) => ({ kind, value, format, i })),
    ),
  )(
    'CLI --format $format, $kind: the value is not in the output',
    ({ value, format, i }) => {
      // The file name must not contain the value: the report names its source.
      const file = join(dir, `prefilled-${i}.html`);
      writeFileSync(file, g.prefilled(value));
      const cli = runCli([file, '--format', format, '--fail-on', 'none']);
      expect(cli.stderr).toBe('');
      expect(cli.status).toBe(0);
      expect(cli.stdout.length).toBeGreaterThan(0);
      expect(cli.stdout).not.toContain(value);
    },
    60_000,
  );
});
