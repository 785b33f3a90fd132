// URL patterns of `sites[].match`: the extension match-pattern syntax (scheme://host/path with
// "*"), so admins can reuse what they know from Chrome's policies. Checked here with a reason an
// admin can act on; matched by the evaluator through matchesPattern.
import type { Localized } from '../types';

const SCHEMES = ['*', 'http', 'https', 'file', 'ftp', 'ws', 'wss'];

export type PatternProblem = Localized | null;

const r = (en: string, zhCN: string, zhTW: string): Localized => ({ en, 'zh-CN': zhCN, 'zh-TW': zhTW });

export function matchPatternProblem(pattern: string): PatternProblem {
  if (pattern === '<all_urls>') return null;
  const sep = pattern.indexOf('://');
  if (sep < 0) return r('it needs a scheme such as https://', '缺少协议，例如 https://', '缺少通訊協定，例如 https://');
  const scheme = pattern.slice(0, sep);
  if (!SCHEMES.includes(scheme))
    return r(
      `the scheme must be one of ${SCHEMES.join(', ')}`,
      `协议必须是 ${SCHEMES.join('、')} 之一`,
      `通訊協定必須是 ${SCHEMES.join('、')} 之一`,
    );
  const rest = pattern.slice(sep + 3);
  const slash = rest.indexOf('/');
  if (slash < 0)
    return r(
      'it needs a path; add /* to match every page',
      '缺少路径；在末尾加上 /* 可匹配所有页面',
      '缺少路徑；在結尾加上 /* 可符合所有頁面',
    );
  const hostAndPort = rest.slice(0, slash);
  if (scheme === 'file')
    return hostAndPort === ''
      ? null
      : r(
          'file patterns have no host: file:///path',
          'file 模式没有主机名：file:///路径',
          'file 模式沒有主機名稱：file:///路徑',
        );
  if (hostAndPort === '') return r('the host is missing', '缺少主机名', '缺少主機名稱');
  const portMatch = /:(\d{1,5}|\*)$/.exec(hostAndPort);
  const host = portMatch ? hostAndPort.slice(0, portMatch.index) : hostAndPort;
  if (host === '*') return null;
  const bare = host.startsWith('*.') ? host.slice(2) : host;
  if (bare.includes('*'))
    return r(
      '"*" is allowed in the host only as the whole host or as a leading "*."',
      '主机名中的“*”只能单独出现或作为开头的“*.”',
      '主機名稱中的「*」只能單獨出現或作為開頭的「*.」',
    );
  if (!/^[^\s/:?#@]+$/u.test(bare) || bare.startsWith('.') || bare.endsWith('.') || bare.includes('..')) {
    return r('the host is not a valid host name', '主机名无效', '主機名稱無效');
  }
  return null;
}

function globToRegExp(glob: string): string {
  return glob
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
}

/** Whether a URL matches a valid pattern (invalid patterns never match). */
export function matchesPattern(pattern: string, url: string): boolean {
  if (matchPatternProblem(pattern)) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (pattern === '<all_urls>') return true;
  const sep = pattern.indexOf('://');
  const scheme = pattern.slice(0, sep);
  const urlScheme = parsed.protocol.slice(0, -1);
  if (scheme === '*' ? !['http', 'https'].includes(urlScheme) : scheme !== urlScheme) return false;
  const rest = pattern.slice(sep + 3);
  const slash = rest.indexOf('/');
  const hostAndPort = rest.slice(0, slash);
  const path = rest.slice(slash);
  if (scheme !== 'file') {
    const portMatch = /:(\d{1,5}|\*)$/.exec(hostAndPort);
    const host = (portMatch ? hostAndPort.slice(0, portMatch.index) : hostAndPort).toLowerCase();
    if (portMatch && portMatch[1] !== '*' && portMatch[1] !== parsed.port) return false;
    const urlHost = parsed.hostname.toLowerCase();
    if (host !== '*') {
      if (host.startsWith('*.')) {
        const base = host.slice(2);
        if (urlHost !== base && !urlHost.endsWith(`.${base}`)) return false;
      } else if (host !== urlHost) return false;
    }
  }
  return new RegExp(`^${globToRegExp(path)}$`, 's').test(parsed.pathname + parsed.search);
}
