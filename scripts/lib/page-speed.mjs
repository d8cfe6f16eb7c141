// Time to first useful content of the main views in Chromium (scripts/page-speed.sh runs it; figures in
// docs/benchmarks.md). For each view, RUNS full page loads ("cold": the address opened, as a bookmark, a reload or a
// link in an email, with the browser cache a returning user has) and RUNS in-app navigations ("warm": the router
// asked to go there from another view). Time is measured in the page: from the navigation's start (cold) or from
// the router call (warm) to the first animation frame in which the view's useful content is in the DOM and visible,
// that is, the frame that paints it. Each measurement is one JSON line on stdout, with its breakdown from the
// browser's Navigation and Resource Timing.
//
// Usage: node page-speed.mjs BASE RUNS [NAME-FILTER]
import { launchChromium, signInDemo } from './browser-driver.mjs';

const [base, runsArg, filter] = process.argv.slice(2);
const RUNS = Number(runsArg || 10);

// the demo data's active cohort is 2 (the generator is deterministic); `ready`: every selector must match a
// visible element, and each is something the user came for (a data row, a figure), not a frame or a heading
const VIEWS = [
  { name: 'directory', user: 'hr', path: 'employees', ready: ['upward-table tbody tr[aria-rowindex]'] },
  { name: 'hr-home', user: 'hr', path: '', ready: ['.home-section upward-table tbody tr[aria-rowindex]', '.tile-value'] },
  { name: 'cohort', user: 'hr', path: 'cohorts/2', ready: ['.tiles .tile-value', 'vaadin-tabs vaadin-tab'] },
  { name: 'matching', user: 'hr', path: 'cohorts/2/matching', ready: ['.matching-board upward-table tbody tr', '.tiles .tile-value'] },
  { name: 'mentee-home', user: 'mentee', path: '', ready: ['.next-check-in', '.home-goal'] },
  { name: 'my-checkins', user: 'mentee', path: 'checkins', ready: ['.checkin-line'] },
  { name: 'checkin-form', user: 'mentee', path: '@open-check-in', ready: ['upward-goal-progress input[type=range]', 'vaadin-text-area'] },
  { name: 'my-goals', user: 'mentee', path: 'goals', ready: ['upward-goal .goal-head'] },
  { name: 'exec-home', user: 'exec', path: '', ready: ['.tiles .tile-value', 'upward-chart', '.summary-table td'] },
].filter((v) => !filter || filter.split(',').some((f) => v.name.includes(f)));

// a view's neutral start for in-app navigation: shows none of the views' ready content
const NEUTRAL = 'profile';

function readyAt(selectors) {
  const visible = (s) => [...document.querySelectorAll(s)].some((e) => {
    const r = e.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && getComputedStyle(e).visibility !== 'hidden';
  });
  return selectors.every(visible) ? performance.now() : false;
}

// what the browser did up to `ready` (ms from the navigation's start, or from `from` for an in-app navigation)
function breakdown({ ready, from }) {
  const rel = (t) => Math.round(t - from);
  const resources = performance.getEntriesByType('resource');
  const nav = from === 0 ? performance.getEntriesByType('navigation')[0] : null;
  const scripts = resources.filter((r) => r.initiatorType !== 'fetch' && r.initiatorType !== 'xmlhttprequest'
    && /\.(m?js)(\?|$)/.test(r.name) && r.startTime < ready);
  const serverCalls = resources.filter((r) => /[?&]v-r=/.test(r.name) && r.startTime >= from && r.startTime < ready);
  const fcp = performance.getEntriesByType('paint').find((e) => e.name === 'first-contentful-paint');
  return {
    ms: rel(ready),
    html: nav ? Math.round(nav.responseEnd) : null,
    htmlBytes: nav ? nav.transferSize : null,
    scripts: scripts.length ? rel(Math.max(...scripts.map((r) => r.responseEnd))) : null,
    scriptFiles: scripts.length,
    scriptBytes: scripts.reduce((sum, r) => sum + r.transferSize, 0),
    roundTrips: serverCalls.length,
    calls: serverCalls.map((r) => ({
      kind: (r.name.match(/[?&]v-r=([a-z-]+)/) || [])[1],
      start: rel(r.startTime), end: rel(r.responseEnd), bytes: r.transferSize,
    })),
    firstPaint: nav && fcp ? Math.round(fcp.startTime) : null,
  };
}

async function waitReady(page, selectors) {
  const handle = await page.waitForFunction(readyAt, selectors, { polling: 'raf', timeout: 60_000 });
  return handle.jsonValue();
}

async function signIn(browser, user) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await signInDemo(page, base, user);
  return page;
}

async function resolvePath(page, view) {
  if (view.path !== '@open-check-in') {
    return view.path;
  }
  await page.goto(base + 'checkins');
  const href = await page.locator('.checkin-line a.primary').first().getAttribute('href');
  return href.replace(/^\//, '');
}

async function cold(page, path, ready) {
  await page.goto(base + path, { waitUntil: 'commit' });
  const at = await waitReady(page, ready);
  const result = await page.evaluate(breakdown, { ready: at, from: 0 });
  await page.waitForLoadState('networkidle');
  return result;
}

async function warm(page, path, ready) {
  await page.goto(base + NEUTRAL);
  await page.waitForLoadState('networkidle');
  const marker = await page.evaluate(() => {
    performance.clearResourceTimings();
    window.upwardSamePage = Math.random();
    return window.upwardSamePage;
  });
  const from = await page.evaluate((target) => {
    const link = document.createElement('a');
    link.href = target;
    link.textContent = 'benchmark';
    document.body.appendChild(link);
    const start = performance.now();
    link.click(); // Flow's router takes a click on a link inside the app: no page load
    link.remove();
    return start;
  }, path || '.');
  const at = await waitReady(page, ready);
  const result = await page.evaluate(breakdown, { ready: at, from });
  if (await page.evaluate(() => window.upwardSamePage) !== marker) {
    throw new Error('the in-app navigation to ' + path + ' loaded the page again');
  }
  await page.waitForLoadState('networkidle');
  return result;
}

const browser = await launchChromium();
const pages = {};
for (const view of VIEWS) {
  console.error(`${new Date().toISOString()} ${view.name} (${view.user})`);
  pages[view.user] ??= await signIn(browser, view.user);
  const page = pages[view.user];
  const path = await resolvePath(page, view);
  await cold(page, path, view.ready); // a first load fills the browser cache, as a returning user's is
  for (let run = 1; run <= RUNS; run++) {
    for (const [mode, measure] of [['cold', cold], ['warm', warm]]) {
      const result = await measure(page, path, view.ready);
      console.log(JSON.stringify({ view: view.name, mode, run, ...result }));
    }
  }
}
await browser.close();
