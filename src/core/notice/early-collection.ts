// What static markup shows about collection before consent (认定方法 三.1; PIPL Art. 14; GDPR Art. 7(1)):
// inline scripts that read geolocation or the camera as the page loads rather than inside a click /
// consent handler, and hidden location or identity inputs that arrive pre-filled. The extension's
// main-world watch sees the real order of events; this is the CLI's best static reading.
// No script is run; only its text is read, with a small brace scanner (no parser, to stay light).
import type { FieldDescriptor, PageFacts, ReportField } from '../types';
import { hiddenFillsResolved, hiddenNameHints } from './hidden-fills';
import { type Root, tagOf } from './dom';
import { type PageSurvey, surveyPage } from './survey';

type EarlyCollection = PageFacts['staticEarlyCollection'][number];
type Kind = 'geolocation' | 'camera';

const SENSORS: readonly { pattern: RegExp; kind: Kind; api: string }[] = [
  { pattern: /\b(getCurrentPosition|watchPosition)\s*\(/g, kind: 'geolocation', api: 'geolocation' },
  { pattern: /\bwx\s*\.\s*getLocation\s*\(/g, kind: 'geolocation', api: 'wx.getLocation' },
  { pattern: /\bgetUserMedia\s*\(/g, kind: 'camera', api: 'getUserMedia' },
  { pattern: /\bwx\s*\.\s*chooseImage\s*\(\s*\{[^}]*camera/g, kind: 'camera', api: 'wx.chooseImage' },
];
/** Handlers that run because the user acted: a call inside them is not "before consent". */
const USER_EVENT_HEADER =
  /addEventListener\s*\(\s*['"`](click|change|submit|input|tap|touchstart|touchend|pointerdown|mousedown|keydown)['"`]|\.on\s*\(\s*['"`](click|change|submit|tap|touchstart)|\.(click|change|submit|tap)\s*\(\s*(?!\))|\bon(click|change|submit|tap|touchstart)\s*=|\bif\s*\([^)]*(consent|agree|checked|同意)/i;
const FUNCTION_HEADER = [
  /function\s+([\w$]+)\s*\([^)]*\)\s*$/,
  /([\w$]+)\s*[:=]\s*(?:async\s+)?function\s*[\w$]*\s*\([^)]*\)\s*$/,
  /([\w$]+)\s*[:=]\s*(?:async\s*)?\(?[\w$,\s]*\)?\s*=>\s*$/,
  /^\s*(?:async\s+)?([\w$]+)\s*\([^()]*\)\s*$/, // method shorthand in an object literal
];
const RESERVED = new Set(['if', 'for', 'while', 'switch', 'catch', 'function', 'return', 'with']);
/** Names of functions defined elsewhere that, run on load, read location or the camera. */
const SENSOR_FUNCTION_NAME: readonly { pattern: RegExp; kind: Kind }[] = [
  { pattern: /locat|position|geo|gps|dingwei|weizhi/i, kind: 'geolocation' },
  { pattern: /camera|getUserMedia|openVideo|takePhoto|faceCapture/i, kind: 'camera' },
];
const LOAD_BINDING =
  /(?:^|[^\w$.])(?:window\s*\.\s*)?onload\s*=\s*([\w$]+)\s*;?|addEventListener\s*\(\s*['"`](?:load|DOMContentLoaded)['"`]\s*,\s*([\w$]+)\s*\)|\$\(\s*(?:document\s*\)\s*\.ready\s*\(\s*)?([\w$]+)\s*\)/g;
const MAX_DEPTH = 4;
/** Bounds for hostile or minified pages: each call site costs a backward scan of its script. */
const MAX_SCRIPT_CHARS = 400_000;
const MAX_SITES = 40;
const LOAD_HANDLER_NAMES = new Set(['onload', 'onpageshow', 'onreadystatechange', 'ondomcontentloaded']);

/** Blank out comments, and braces inside strings, keeping offsets (so braces can be counted). */
export function maskScript(code: string): string {
  let out = '';
  let i = 0;
  while (i < code.length) {
    const c = code[i]!;
    const next = code[i + 1];
    if (c === '/' && next === '/') {
      const end = code.indexOf('\n', i);
      const stop = end < 0 ? code.length : end;
      out += ' '.repeat(stop - i);
      i = stop;
    } else if (c === '/' && next === '*') {
      const end = code.indexOf('*/', i + 2);
      const stop = end < 0 ? code.length : end + 2;
      out += code.slice(i, stop).replace(/[^\n]/g, ' ');
      i = stop;
    } else if (c === '"' || c === "'" || c === '`') {
      let j = i + 1;
      while (j < code.length && code[j] !== c) j += code[j] === '\\' ? 2 : 1;
      out += code.slice(i, j + 1).replace(/[{}]/g, ' ');
      i = j + 1;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

/** Positions of the unmatched "{" enclosing `index`, innermost first. */
function enclosingBraces(masked: string, index: number): number[] {
  const open: number[] = [];
  let depth = 0;
  for (let i = index - 1; i >= 0; i--) {
    const c = masked[i];
    if (c === '}') depth++;
    else if (c === '{') {
      if (depth === 0) open.push(i);
      else depth--;
    }
  }
  return open;
}

function headerBefore(masked: string, brace: number): string {
  const start = Math.max(0, brace - 240);
  const slice = masked.slice(start, brace);
  const cut = Math.max(slice.lastIndexOf(';'), slice.lastIndexOf('}'), slice.lastIndexOf('{'));
  return slice.slice(cut + 1);
}

interface ScriptText {
  masked: string;
}

/** Does code at `index` of `script` run on load, without the user acting first? */
function runsOnLoad(
  scripts: readonly ScriptText[],
  script: ScriptText,
  index: number,
  handlers: readonly HandlerAttr[],
  depth: number,
): boolean {
  // A function passed as a handler: `$('#agree').on('click', getLocation)`.
  if (USER_EVENT_HEADER.test(headerBefore(script.masked, index))) return false;
  for (const brace of enclosingBraces(script.masked, index)) {
    const header = headerBefore(script.masked, brace);
    if (USER_EVENT_HEADER.test(header)) return false;
    const name = FUNCTION_HEADER.map((re) => re.exec(header)?.[1]).find((n) => n && !RESERVED.has(n));
    if (name && LOAD_HANDLER_NAMES.has(name.toLowerCase())) continue; // window.onload = function () {…}
    if (name) return functionRunsOnLoad(scripts, name, handlers, depth + 1);
    // Anonymous wrappers (IIFE, $(function(){…}), window.onload = function(){…}, setTimeout) run with their parent.
  }
  return true;
}

interface HandlerAttr {
  event: string;
  code: string;
  tag: string;
}

function functionRunsOnLoad(
  scripts: readonly ScriptText[],
  name: string,
  handlers: readonly HandlerAttr[],
  depth: number,
): boolean {
  if (depth > MAX_DEPTH) return false;
  const escaped = name.replace(/\$/g, '\\$');
  const reference = new RegExp(`(^|[^\\w$.])${escaped}(?![\\w$])`, 'g');
  if (
    handlers.some(
      (h) =>
        h.event === 'load' &&
        /^(BODY|FRAMESET)$/.test(h.tag) &&
        new RegExp(`(^|[^\\w$.])${escaped}(?![\\w$])`).test(h.code),
    )
  )
    return true;
  for (const script of scripts) {
    let sites = 0;
    for (const m of script.masked.matchAll(reference)) {
      if (++sites > MAX_SITES) break;
      const at = (m.index ?? 0) + m[1]!.length;
      if (/function\s*$/.test(script.masked.slice(Math.max(0, at - 12), at))) continue; // its declaration
      if (/['"`#]/.test(script.masked[at - 1] ?? '')) continue; // a string such as getElementById('startCamera')
      if (/^\s*[:=](?!=)/.test(script.masked.slice(at + name.length, at + name.length + 20))) continue; // its definition
      if (runsOnLoad(scripts, script, at, handlers, depth)) return true;
    }
  }
  return false;
}

/** Inline on* handlers of <body> / <frameset>: the only ones that run without the user acting. */
function collectHandlers(survey: PageSurvey): HandlerAttr[] {
  const out: HandlerAttr[] = [];
  for (const el of survey.bodies) {
    for (const attr of Array.from(el.attributes)) {
      if (attr.name.startsWith('on'))
        out.push({ event: attr.name.slice(2).toLowerCase(), code: attr.value, tag: tagOf(el) });
    }
  }
  return out;
}

function inlineScripts(survey: PageSurvey): ScriptText[] {
  return survey.scripts
    .filter((s) => !s.hasAttribute('src') && !/json|template|html|text\/x-/i.test(s.getAttribute('type') ?? ''))
    .map((s) => ({ masked: maskScript((s.textContent ?? '').slice(0, MAX_SCRIPT_CHARS)) }));
}

function definedInline(scripts: readonly ScriptText[], name: string): boolean {
  const def = new RegExp(
    `function\\s+${name.replace(/\$/g, '\\$')}\\s*\\(|\\b${name.replace(/\$/g, '\\$')}\\s*[:=]\\s*(async\\s*)?(function|\\()`,
  );
  return scripts.some((s) => def.test(s.masked));
}

/** Inline scripts that read geolocation or the camera outside a user action. */
export function scriptEvidence(survey: PageSurvey): EarlyCollection[] {
  const scripts = inlineScripts(survey);
  const handlers = collectHandlers(survey);
  const found: EarlyCollection[] = [];
  const seen = new Set<string>();
  const add = (item: EarlyCollection): void => {
    if (seen.has(item.kind + item.evidence)) return;
    seen.add(item.kind + item.evidence);
    found.push(item);
  };
  for (const script of scripts) {
    for (const sensor of SENSORS) {
      let sites = 0;
      for (const m of script.masked.matchAll(sensor.pattern)) {
        if (++sites > MAX_SITES) break;
        if (runsOnLoad(scripts, script, m.index ?? 0, handlers, 0)) {
          add({ kind: sensor.kind, evidence: `inline script calls ${sensor.api} when the page loads` });
        }
      }
    }
    // `onload = getLocation;` where getLocation lives in an external file.
    for (const m of script.masked.matchAll(LOAD_BINDING)) {
      const name = m[1] ?? m[2] ?? m[3];
      if (!name || definedInline(scripts, name)) continue;
      const sensor = SENSOR_FUNCTION_NAME.find((s) => s.pattern.test(name));
      if (sensor) add({ kind: sensor.kind, evidence: `page load runs ${name}() from an external script` });
    }
  }
  for (const h of handlers) {
    if (h.event !== 'load' || !/^(BODY|FRAMESET)$/.test(h.tag)) continue;
    for (const call of h.code.matchAll(/([\w$]+)\s*\(/g)) {
      const sensor = SENSOR_FUNCTION_NAME.find((s) => s.pattern.test(call[1]!));
      if (sensor && !definedInline(scripts, call[1]!))
        add({ kind: sensor.kind, evidence: `<body onload> runs ${call[1]}()` });
    }
  }
  return found;
}

/** Hidden inputs that arrive with a value and carry location / identity / face data. The value is never read out. */
function hiddenFills(
  survey: PageSurvey,
  descriptors: readonly FieldDescriptor[],
  fields: readonly ReportField[],
): EarlyCollection[] {
  return hiddenFillsResolved(hiddenNameHints(survey), descriptors, fields);
}

export function findEarlyCollection(
  page: Root | PageSurvey,
  descriptors: readonly FieldDescriptor[],
  fields: readonly ReportField[],
): EarlyCollection[] {
  const survey = 'toggles' in page ? page : surveyPage(page);
  return [...scriptEvidence(survey), ...hiddenFills(survey, descriptors, fields)];
}
