import { openBrowser } from '../browser/chromium';
import { startApp } from '../browser/app-server';
import { GENERATED_SLUG } from './generated-document';
const dist = process.argv[2] ?? '.next-bench';
const app = await startApp('texts', dist);
const browser = await openBrowser({ width: 1280, height: 900 });
function top(profile: any, n = 25) {
  const self = new Map<string, number>();
  const dt = new Map<number, number>();
  profile.samples.forEach((id: number, i: number) => dt.set(id, (dt.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  for (const node of profile.nodes) {
    const key = `${node.callFrame.functionName || '(anon)'} ${node.callFrame.url.split('/').pop()}:${node.callFrame.lineNumber}:${node.callFrame.columnNumber}`;
    self.set(key, (self.get(key) ?? 0) + (dt.get(node.id) ?? 0) / 1000);
  }
  for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, n)) console.log(v.toFixed(0).padStart(6), k);
}
try {
  const page = await browser.context.newPage();
  const cdp = await browser.context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
  await cdp.send('Profiler.start');
  await page.goto(`${app.baseUrl}/documents/${GENERATED_SLUG}`, { waitUntil: 'load' });
  await page.waitForSelector('.reader-toolbar');
  await page.waitForTimeout(1500);
  console.log('== load'); top((await cdp.send('Profiler.stop') as any).profile);
  if (process.argv[3]) await page.addStyleTag({ content: process.argv[3] });
  await page.waitForTimeout(500);
  await cdp.send('Profiler.start');
  const r = await page.evaluate(`new Promise((resolve) => { const ru = document.querySelector('[data-column="ru"]'); let n = 0; const t0 = performance.now(); function tick() { ru.scrollTop += 60; if (++n < 300) requestAnimationFrame(tick); else resolve((performance.now() - t0) / 300); } requestAnimationFrame(tick); })`);
  console.log('== scroll ms/frame', r); top((await cdp.send('Profiler.stop') as any).profile);
} finally {
  await browser.close();
  try { process.kill(-app.process.pid!, 'SIGTERM'); } catch {}
}
