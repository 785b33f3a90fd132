// The consent-ledger browser tests' pages (served from memory): forms of one origin that ask the
// same data for different purposes, and the privacy notice they link to.
import type { IncomingMessage, ServerResponse } from 'node:http';

const PRIVACY = '<a href="/privacy.html">《个人信息保护政策》</a>';
const HEALTH_FORM = (
  title: string,
) => `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${title}</title></head><body>
<h1>${title}</h1>
<p>为做好疫情防控工作，请每日如实填写健康上报。${PRIVACY}</p>
<form action="/submit" method="post">
  <label for="name">姓名</label><input id="name" name="name">
  <label for="phone">手机号码</label><input id="phone" name="phone" type="tel">
  <label for="temp">今日体温</label><input id="temp" name="temp">
  <label for="travel">近14天行程轨迹</label><input id="travel" name="travel">
  <button type="submit">提交</button>
</form></body></html>`;
const ATTENDANCE_FORM = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>考勤打卡登记</title></head><body>
<h1>考勤打卡登记</h1>
<p>请完成今日考勤签到。${PRIVACY}</p>
<form action="/submit" method="post">
  <label for="name">姓名</label><input id="name" name="name">
  <label for="temp">今日体温</label><input id="temp" name="temp">
  <button type="submit">提交</button>
</form></body></html>`;
const VISITOR_FORM = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>访客登记</title></head><body>
<h1>访客登记</h1>
<p>为办理来访登记，请填写以下信息。${PRIVACY}</p>
<form action="/submit" method="post">
  <label for="name">姓名</label><input id="name" name="name">
  <label for="phone">手机号码</label><input id="phone" name="phone" type="tel">
  <label for="idno">身份证号码</label><input id="idno" name="idno">
  <label><input type="checkbox" name="agree"> 我已阅读并同意《个人信息保护政策》</label>
  <button type="submit">提交</button>
</form></body></html>`;
const LEDGER_PAGES: Record<string, string> = {
  '/visitor.html': VISITOR_FORM,
  '/health.html': HEALTH_FORM('员工健康上报（疫情防控）'),
  '/health-again.html': HEALTH_FORM('疫情防控 每日健康打卡'),
  '/attendance.html': ATTENDANCE_FORM,
  '/privacy.html': '<!doctype html><meta charset="utf-8"><title>隐私政策</title><p>联系我们：dpo@example.cn</p>',
};

export function serveLedgerPages(req: IncomingMessage, res: ServerResponse): boolean {
  const path = new URL(req.url ?? '/', 'http://x').pathname;
  const html = LEDGER_PAGES[path];
  if (!html) return false;
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
  res.end(html);
  return true;
}
