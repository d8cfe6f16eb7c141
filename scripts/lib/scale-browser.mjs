// The browser half of scripts/scale-out-test.sh: real Chromium through playwright-core, one browser context per
// session. Reads one command per line on stdin and answers each with one JSON line on stdout, so that the shell
// script keeps the order of events (and the kill) in its own hands while the sessions stay open. Every answer says
// which nodes answered the session's requests meanwhile (nginx's X-Upstream header) and the session's cookies; it
// reports what it saw, the shell script judges it.
import { launchChromium, openSignIn, serveCommands, submitSignIn } from './browser-driver.mjs';

const base = process.env.BASE_URL;
const browser = await launchChromium();
const sessions = new Map();

function session(name) {
  const s = sessions.get(name);
  if (!s) throw new Error(`no session ${name}`);
  return s;
}

/** Opens a context whose every response's X-Upstream is recorded (the nodes that served it since the last command). */
async function newSession(name) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 860 } });
  context.setDefaultTimeout(30_000);
  const page = await context.newPage();
  const s = { context, page, upstreams: new Set(), failed: 0 };
  page.on('response', (response) => {
    const upstream = response.headers()['x-upstream'];
    if (upstream) s.upstreams.add(upstream);
    if (response.status() >= 500) s.failed++;
  });
  sessions.set(name, s);
  return s;
}

async function cookies(s) {
  const all = await s.context.cookies(base);
  const get = (n) => all.find((c) => c.name === n)?.value ?? '';
  return { session: get('JSESSIONID'), route: get('upward_route') };
}

/** What the session saw since the last command, and its cookies now; resets the record. */
async function report(s, extra = {}) {
  const result = { ...extra, upstreams: [...s.upstreams], serverErrors: s.failed, ...(await cookies(s)),
    url: s.page.url() };
  s.upstreams.clear();
  s.failed = 0;
  return result;
}

/** The sign-in form or the app's menu, whichever shows first, and the page's title. */
async function shows(page) {
  const login = page.getByRole('button', { name: 'Sign in', exact: true });
  const menu = page.locator('vaadin-side-nav');
  await login.or(menu).first().waitFor({ state: 'visible' });
  const signIn = await login.isVisible();
  const heading = page.locator('h2').first();
  return {
    shows: signIn ? 'login' : 'view',
    title: await page.title(),
    heading: (await heading.count()) ? (await heading.innerText()).replace(/\s+/g, ' ').trim() : '',
  };
}

async function signIn(page, user, password) {
  await submitSignIn(page, user, password);
  await page.waitForURL((url) => url.pathname !== '/login');
}

async function toast(page, text) {
  await page.locator('vaadin-notification-card').filter({ hasText: text }).first().waitFor({ state: 'visible' });
  await page.evaluate(() => document.querySelectorAll('vaadin-notification-card').forEach((c) => c.remove()));
}

const commands = {
  // open <session>: a new browser (context) opens the sign-in page; nginx gives it its routing cookie
  async open(name) {
    const s = await newSession(name);
    await openSignIn(s.page, base);
    await s.page.getByLabel('Username').waitFor({ state: 'visible' });
    return report(s);
  },
  // signin <session> <user> <password>: fills the form on the page shown now and waits for the page it leads to
  // (home, or the page the user was on); reports the session id before and after
  async signin(name, user, password) {
    const s = session(name);
    const before = (await cookies(s)).session;
    await signIn(s.page, user, password);
    return report(s, { sessionBefore: before, ...(await shows(s.page)) });
  },
  // goto <session> <path>: a full page load (a new HTTP request for the page, then Vaadin's own requests)
  async goto(name, path = '') {
    const s = session(name);
    const response = await s.page.goto(base + path);
    return report(s, { status: response.status(), ...(await shows(s.page)) });
  },
  // menu <session> <link text...>: a click in the open page's menu: no page load, one Vaadin request (UIDL)
  // on the session's node. If the page shows the sign-in page instead (a request of its own, such as a
  // notification closing, found the session gone first), it reports that without a click (clicked: false).
  async menu(name, ...words) {
    const s = session(name);
    const before = s.page.url();
    const item = s.page.locator('vaadin-side-nav-item').filter({ hasText: words.join(' ') }).first();
    const signIn = s.page.getByRole('button', { name: 'Sign in', exact: true });
    await item.or(signIn).first().waitFor({ state: 'visible' });
    if (await signIn.isVisible()) return report(s, { clicked: false, ...(await shows(s.page)) });
    await item.click();
    await s.page.waitForURL((url) => url.toString() !== before);
    await s.page.waitForFunction((title) => document.title === title || location.pathname.endsWith('/login'),
      words.join(' '), { timeout: 10_000 }).catch(() => {});
    return report(s, { clicked: true, ...(await shows(s.page)) });
  },
  // save-draft <session> <check-in id> <text...>: opens the mentee's check-in, writes the text into "Wins" and
  // saves the draft
  async 'save-draft'(name, id, ...words) {
    const s = session(name);
    await s.page.goto(base + 'checkins/' + id);
    const wins = s.page.getByLabel('Wins', { exact: true });
    await wins.fill(words.join(' '));
    await wins.press('Tab');
    await s.page.getByRole('button', { name: 'Save draft' }).click();
    await toast(s.page, 'Draft saved.');
    return report(s, { saved: true });
  },
  // read-draft <session> <check-in id>: the text in "Wins" as the form shows it
  async 'read-draft'(name, id) {
    const s = session(name);
    await s.page.goto(base + 'checkins/' + id);
    const state = await shows(s.page);
    const wins = state.shows === 'view' ? await s.page.getByLabel('Wins', { exact: true }).inputValue() : '';
    return report(s, { ...state, wins });
  },
  // feedback <session> <check-in id> <text...>: the mentor's feedback on a submitted check-in
  async feedback(name, id, ...words) {
    const s = session(name);
    await s.page.goto(base + 'mentees/checkins/' + id);
    await s.page.getByLabel('Your feedback').fill(words.join(' '));
    await s.page.getByRole('button', { name: /^(Send|Update) feedback$/ }).click();
    await toast(s.page, 'Feedback sent.');
    return report(s, { saved: true });
  },
  // read-feedback <session> <check-in id>: the mentor's feedback as the mentor's form shows it
  async 'read-feedback'(name, id) {
    const s = session(name);
    await s.page.goto(base + 'mentees/checkins/' + id);
    const state = await shows(s.page);
    const feedback = state.shows === 'view' ? await s.page.getByLabel('Your feedback').inputValue() : '';
    return report(s, { ...state, feedback });
  },
  // watch <session> <ms>: what the open page shows after waiting (no input)
  async watch(name, ms) {
    const s = session(name);
    await s.page.waitForTimeout(Number(ms));
    return report(s, await shows(s.page));
  },
  // forget: drops what every session has seen so far (before the kill: late answers would count as after it)
  async forget() {
    for (const s of sessions.values()) {
      s.upstreams.clear();
      s.failed = 0;
    }
    return {};
  },
  // close <session>
  async close(name) {
    await session(name).context.close();
    sessions.delete(name);
    return {};
  },
};

await serveCommands(browser, commands, async ([name]) => {
  const s = sessions.get(name);
  return s ? report(s) : {};
});
