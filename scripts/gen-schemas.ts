// Writes the generated artefacts of the policy schema (src/core/policy/schema.ts):
//   public/policy.schema.json, public/managed_schema.json,
//   src/core/policy/generated/validate-structure.ts (ajv standalone validator),
//   docs/examples/*.json (example policies derived from the presets).
// Run: npx tsx scripts/gen-schemas.ts        (test/core/policy/schema-drift.test.ts checks they are current)
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderGeneratedFiles } from '../src/core/policy/generate';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
for (const [path, text] of Object.entries(renderGeneratedFiles())) {
  const target = resolve(root, path);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, text);
  console.log(`wrote ${path}`);
}
