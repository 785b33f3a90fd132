// Merges every UI module's strings.ts (src/ui/**/strings.ts and src/content/strings.ts) into
// public/_locales/{en,zh_CN,zh_TW}/messages.json for chrome.i18n. Message names are prefixed with
// the module's folder (popup_…, admin_…) because modules choose their keys independently.
// Run before every build: `tsx scripts/gen-locales.ts && vite build`.
import { mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Locale } from '../src/core/types';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const LOCALES: Record<Locale, string> = { en: 'en', 'zh-CN': 'zh_CN', 'zh-TW': 'zh_TW' };

/** The extension's own name and description, used by manifest.json (__MSG_extName__ …). */
export const EXTENSION_MESSAGES: Record<Locale, { extName: string; extDescription: string }> = {
  en: {
    extName: 'FormWarden',
    extDescription:
      'Shows where a workplace form asks for more personal data than its purpose needs (PIPL, GB/T 35273, GDPR).',
  },
  'zh-CN': {
    extName: 'FormWarden 表单守望',
    extDescription:
      '提示工作中填写的表单在哪些地方收集了超出其目的所需的个人信息（依据《个人信息保护法》、GB/T 35273、GDPR）。',
  },
  'zh-TW': {
    extName: 'FormWarden 表單守望',
    extDescription:
      '提示工作中填寫的表單在哪些地方蒐集了超出其目的所需的個人資料（依據中國《個人信息保護法》、GB/T 35273、GDPR）。',
  },
};

export type StringTable = Record<Locale, Record<string, string>>;
export interface StringModule {
  file: string;
  prefix: string;
  exportName: string;
  table: StringTable;
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

export function stringFiles(): string[] {
  const ui = walk(join(ROOT, 'src/ui')).filter((p) => p.endsWith('/strings.ts'));
  return [...ui, join(ROOT, 'src/content/strings.ts')].sort();
}

const isTable = (v: unknown): v is StringTable =>
  typeof v === 'object' &&
  v !== null &&
  (Object.keys(LOCALES) as Locale[]).every((l) => typeof (v as Record<string, unknown>)[l] === 'object');

export async function collectStringModules(): Promise<StringModule[]> {
  const modules: StringModule[] = [];
  for (const file of stringFiles()) {
    const mod = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
    const rel = relative(join(ROOT, 'src'), dirname(file));
    const prefix = rel.replace(/^ui\//, '').replace(/[^A-Za-z0-9]+/g, '_');
    for (const [exportName, value] of Object.entries(mod))
      if (isTable(value)) modules.push({ file: relative(ROOT, file), prefix, exportName, table: value });
  }
  return modules;
}

/** chrome.i18n names allow [A-Za-z0-9_]; "$" starts a placeholder, so literal "$" is doubled. */
export function messageName(prefix: string, key: string): string {
  return `${prefix}_${key}`.replace(/[^A-Za-z0-9_]/g, '_');
}

export async function buildMessages(): Promise<Record<Locale, Record<string, { message: string }>>> {
  const out = {} as Record<Locale, Record<string, { message: string }>>;
  const modules = await collectStringModules();
  for (const locale of Object.keys(LOCALES) as Locale[]) {
    const messages: Record<string, { message: string }> = {};
    for (const [k, v] of Object.entries(EXTENSION_MESSAGES[locale])) messages[k] = { message: v };
    for (const m of modules) {
      for (const [key, text] of Object.entries(m.table[locale])) {
        messages[messageName(m.prefix, key)] = { message: String(text || m.table.en[key]).replace(/\$/g, '$$$$') };
      }
    }
    out[locale] = messages;
  }
  return out;
}

async function main(): Promise<void> {
  const all = await buildMessages();
  for (const [locale, dir] of Object.entries(LOCALES) as [Locale, string][]) {
    const target = join(ROOT, 'public/_locales', dir, 'messages.json');
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, `${JSON.stringify(all[locale], null, 2)}\n`);
  }
  console.log(`gen-locales: ${Object.keys(all.en).length} messages × ${Object.keys(LOCALES).length} languages`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
