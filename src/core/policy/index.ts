// The policy module: schema, validation with localized paths, presets, layering, citations.
// See shared/spec/policy.md. Everything here is pure and runs in the extension and in Node
// (generate.ts, which needs ajv's compiler, is Node-only and deliberately not re-exported).
export { validatePolicy, type ValidationIssue, type PolicyValidation } from './validate';
export { parsePolicyText, lineAndColumn, MAX_POLICY_TEXT } from './parse-text';
export { resolvePolicyInForce, NO_LAYERS, type PolicyInForce } from './layers';
export { PRESETS, DEFAULT_POLICY, WORKPLACE_PURPOSES } from './presets';
export { effectiveRule, purposeById } from './rules';
export { matchesPattern, matchPatternProblem } from './match-pattern';
export { POLICY_SCHEMA, MANAGED_KEYS, buildManagedSchema } from './schema';
export { JSON_LIMITS } from './json-guard';
export { didYouMean, editDistance } from './suggest';
export * from './citations';
export * from './checklist';
