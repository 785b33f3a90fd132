// The policy module: schema, validation with localized paths, presets, layering, citations.
// See shared/spec/policy.md. Everything here is pure and runs in the extension and in Node
// (generate.ts, which needs ajv's compiler, is Node-only and deliberately not re-exported).
export {
  validatePolicy,
  formatIssue,
  MAX_REPORTED_ISSUES,
  type ValidationIssue,
  type PolicyValidation,
} from './validate';
export { parsePolicyText, lineAndColumn, MAX_POLICY_TEXT, type ParsedPolicyFile } from './parse-text';
export {
  resolvePolicyInForce,
  NO_LAYERS,
  type PolicyInForce,
  type PolicyLayers,
  type LayerCandidate,
  type LayerSource,
  type ValidLayer,
  type RejectedLayer,
} from './layers';
export { PRESETS, DEFAULT_POLICY, CN_PIPL, EU_GDPR, WORKPLACE_PURPOSES, type PresetId } from './presets';
export { DEFAULT_RULE_CONFIG, effectiveRule, purposeById, type EffectiveRule } from './rules';
export { matchesPattern, matchPatternProblem } from './match-pattern';
export { POLICY_SCHEMA, MANAGED_KEYS, buildManagedSchema, SIZE_LIMITS } from './schema';
export { JSON_LIMITS } from './json-guard';
export { didYouMean, editDistance } from './suggest';
export * from './citations';
export * from './checklist';
export { findEmbeddedPolicies, type EmbeddedPolicy } from './managed-file';
