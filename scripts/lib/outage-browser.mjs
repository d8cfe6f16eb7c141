// The browser half of scripts/db-outage-test.sh: real Chromium through playwright-core. Reads one command per line
// on stdin and answers each with one JSON line on stdout, so the shell script keeps the order of events (and the
// database switch) in its own hands while pages stay open across the outage. It reports what it saw; the shell
// script judges it.
import { launchChromium, openSignIn, serveCommands, submitSignIn } from './browser-driver.mjs';

const base = process.env.BASE_URL;
const browser = await launchChromium();
const pages = new Map();
const WELCOME = { name: /Welcome/ };

async function newPage(name) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 860 } });
  context.setDefaultTimeout(30_000);
  const page = await context.newPage();
  pages.set(name, page);
  return page;
}

async function submitLogin(page, user, password) {
  await openSignIn(page, base);
  await submitSignIn(page, user, password);
}

/** The home page's welcome heading or one of our error pages, whichever shows first. */
async function settle(page) {
  const welcome = page.getByRole('heading', WELCOME);
  const error = page.locator('.error-page');
  await welcome.or(error).first().waitFor({ state: 'visible' });
  const failed = await error.isVisible();
  return {
    shows: failed ? 'error-page' : 'home',
    title: await page.title(),
    text: (failed ? await error.innerText() : await welcome.innerText()).replace(/\s+/g, ' ').trim(),
    html: failed ? await error.innerHTML() : '',
  };
}

const commands = {
  // signin <page> <user> <password>: a new browser context signs in and waits for the home page
  async signin(name, user, password) {
    const page = await newPage(name);
    await submitLogin(page, user, password);
    return settle(page);
  },
  // open <page> <path>: a navigation in an open, signed-in page (a new request for the page)
  async open(name, path = '') {
    const page = pages.get(name);
    const response = await page.goto(base + path);
    return { status: response.status(), ...(await settle(page)) };
  },
  // nudge <page>: clicks the first Nudge button of HR's home and returns the notification it brings
  async nudge(name) {
    const page = pages.get(name);
    const cards = page.locator('vaadin-notification-card');
    const before = await cards.count();
    await page.getByRole('button', { name: /^Nudge / }).first().click();
    await page.waitForFunction((n) => document.querySelectorAll('vaadin-notification-card').length > n, before);
    const text = await cards.last().innerText();
    await page.evaluate(() => document.querySelectorAll('vaadin-notification-card').forEach((c) => c.remove()));
    return { text: text.replace(/\s+/g, ' ').trim() };
  },
  // login-attempt <user> <password>: a new, signed-out browser submits the sign-in form
  async 'login-attempt'(user, password) {
    const page = await newPage('attempt');
    await submitLogin(page, user, password);
    const error = page.locator('vaadin-login-form-wrapper [part="error-message"]');
    await page.getByRole('heading', WELCOME).or(error).first().waitFor({ state: 'visible' });
    return {
      url: page.url(),
      text: (await error.isVisible()) ? (await error.innerText()).replace(/\s+/g, ' ').trim() : '',
    };
  },
};

await serveCommands(browser, commands);
