// The first thing validation does with untrusted input: copy it into plain JSON, with limits.
// Managed storage, a local file or a message may hand us anything — 10,000-level nesting, a
// million-element list, a 10 MB string, getters that throw, cycles, functions, class instances.
// The copy is iterative (no recursion, so no stack overflow), bounded in depth, node count and
// string length, and never invokes a getter. Keys such as "__proto__" become ordinary own
// properties (defineProperty), so nothing is ever written to a prototype.
import { message, type MessageArgs } from './messages';
import type { PathSegment } from './paths';

export const JSON_LIMITS = {
  /** A policy is at most 5 levels deep (purposes.x.label.en); 32 leaves room for mistakes. */
  maxDepth: 32,
  /** Total values (objects, lists, scalars). The largest realistic policy has a few thousand. */
  maxNodes: 100_000,
  /** Per string, before the schema's own tighter per-field limits. */
  maxStringLength: 10_000,
  /** Checking stops after this many structural errors; the admin has enough to fix by then. */
  maxIssues: 50,
} as const;

export interface GuardIssue {
  path: PathSegment[];
  id: Parameters<typeof message>[0];
  args?: MessageArgs;
}

export interface GuardResult {
  /** A plain-JSON copy; values that could not be copied are left out (and reported). */
  value: unknown;
  issues: GuardIssue[];
}

type Container = Record<string, unknown> | unknown[];
/** Paths are built only when an issue is reported: a linked list costs nothing per value. */
interface PathLink {
  parent: PathLink | null;
  key: PathSegment;
}
interface Task {
  source: unknown;
  link: PathLink | null;
  target: Container | null;
  key: PathSegment;
  depth: number;
}

function pathOf(link: PathLink | null): PathSegment[] {
  const out: PathSegment[] = [];
  for (let l = link; l; l = l.parent) out.push(l.key);
  return out.reverse();
}

function describe(value: unknown): string {
  if (typeof value === 'function') return 'a function';
  if (typeof value === 'symbol') return 'a symbol';
  if (typeof value === 'bigint') return 'a BigInt';
  if (typeof value === 'undefined') return 'undefined';
  if (typeof value === 'number') return String(value);
  try {
    const tag = Object.prototype.toString.call(value).slice(8, -1);
    return `a ${tag} object`;
  } catch {
    return 'an unreadable object';
  }
}

/** A plain object of any realm: its prototype is null or a root prototype (Object.prototype). */
function isPlainObject(value: object): boolean {
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === null || Object.getPrototypeOf(proto) === null;
}

function setOwn(target: Container, key: string | number, value: unknown): void {
  // Array slots are plain assignments (defineProperty would turn the array into a slow dictionary);
  // object keys are defined, so "__proto__" becomes an ordinary own property.
  if (Array.isArray(target)) target[key as number] = value;
  else Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

export function guardJson(input: unknown, limits: typeof JSON_LIMITS = JSON_LIMITS): GuardResult {
  const issues: GuardIssue[] = [];
  let nodes = 0;
  let stopped = false;
  const root: Record<string, unknown> = {};
  const stack: Task[] = [{ source: input, link: null, target: root, key: 'value', depth: 0 }];
  const report = (issue: GuardIssue) => {
    if (issues.length < limits.maxIssues) issues.push(issue);
  };

  while (stack.length > 0 && !stopped) {
    const task = stack.pop()!;
    const assign = (v: unknown) => setOwn(task.target!, task.key, v);
    const taskPath = {
      get path() {
        return pathOf(task.link);
      },
    };
    nodes++;
    if (nodes > limits.maxNodes) {
      report({ path: taskPath.path, id: 'tooManyValues', args: { limit: limits.maxNodes } });
      stopped = true;
      break;
    }
    try {
      const v = task.source;
      if (v === null || typeof v === 'boolean') {
        assign(v);
      } else if (typeof v === 'string') {
        if (v.length > limits.maxStringLength) {
          report({
            path: taskPath.path,
            id: 'stringTooLong',
            args: { length: v.length, limit: limits.maxStringLength },
          });
        } else assign(v);
      } else if (typeof v === 'number') {
        if (Number.isFinite(v)) assign(v);
        else report({ path: taskPath.path, id: 'notJsonValue', args: { what: describe(v) } });
      } else if (typeof v !== 'object') {
        report({ path: taskPath.path, id: 'notJsonValue', args: { what: describe(v) } });
      } else if (task.depth >= limits.maxDepth) {
        report({ path: taskPath.path, id: 'tooDeep', args: { limit: limits.maxDepth } });
      } else if (Array.isArray(v)) {
        const length = v.length;
        if (length > limits.maxNodes - nodes) {
          report({ path: taskPath.path, id: 'tooManyValues', args: { limit: limits.maxNodes } });
          stopped = true;
          break;
        }
        const copy: unknown[] = new Array(length);
        assign(copy);
        // Pushed in reverse so the stack visits items (and reports issues) in document order.
        for (let i = length - 1; i >= 0; i--) {
          const d = Object.getOwnPropertyDescriptor(v, i);
          const link: PathLink = { parent: task.link, key: i };
          if (!d) {
            report({ path: pathOf(link), id: 'notJsonValue', args: { what: 'an empty slot' } });
            continue;
          }
          if (!('value' in d)) {
            report({ path: pathOf(link), id: 'notJsonValue', args: { what: 'a getter' } });
            continue;
          }
          stack.push({ source: d.value, link, target: copy, key: i, depth: task.depth + 1 });
        }
      } else if (isPlainObject(v)) {
        const keys = Object.keys(v);
        if (keys.length > limits.maxNodes - nodes) {
          report({ path: taskPath.path, id: 'tooManyValues', args: { limit: limits.maxNodes } });
          stopped = true;
          break;
        }
        const copy: Record<string, unknown> = {};
        assign(copy);
        for (let k = keys.length - 1; k >= 0; k--) {
          const key = keys[k]!;
          const link: PathLink = { parent: task.link, key };
          if (key.length > limits.maxStringLength) {
            report({
              path: taskPath.path,
              id: 'stringTooLong',
              args: { length: key.length, limit: limits.maxStringLength },
            });
            continue;
          }
          const d = Object.getOwnPropertyDescriptor(v, key);
          if (!d) continue;
          if (!('value' in d)) {
            report({ path: pathOf(link), id: 'notJsonValue', args: { what: 'a getter' } });
            continue;
          }
          if (d.value === undefined) continue; // JSON.stringify drops undefined members too
          stack.push({ source: d.value, link, target: copy, key, depth: task.depth + 1 });
        }
      } else {
        report({ path: taskPath.path, id: 'notJsonValue', args: { what: describe(v) } });
      }
    } catch {
      // Revoked proxies, traps that throw, exotic hosts: report and move on.
      report({ path: taskPath.path, id: 'unreadable' });
    }
  }
  return { value: root.value, issues };
}
