// Shared by the browser halves of the drills (outage-browser.mjs, scale-browser.mjs): Debian's Chromium through
// playwright-core, and the loop that reads one command per line on stdin and answers each with one JSON line.
import { chromium } from 'playwright-core';
import readline from 'node:readline';

export function launchChromium() {
  return chromium.launch({
    executablePath: process.env.UPWARD_CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-background-networking', '--disable-gpu', '--disable-component-update',
      '--no-first-run'],
  });
}

/**
 * Opens the sign-in page and waits until it has settled, so that a drill's timings never include a half-loaded
 * page (typing straight away is EarlyInputIT's test).
 */
export async function openSignIn(page, base) {
  await page.goto(base + 'login');
  await page.locator('#outlet vaadin-login-form').waitFor();
  await page.waitForLoadState('networkidle');
}

/** Fills and sends the sign-in form shown now; says nothing about the outcome. */
export async function submitSignIn(page, user, password) {
  await page.getByLabel('Username').fill(user);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/**
 * Signs a demo account in (password `upward`) on a new page and waits for its home page; if that does not come,
 * keeps a screenshot in /tmp and says where the page was.
 */
export async function signInDemo(page, base, user) {
  await openSignIn(page, base);
  await submitSignIn(page, user, 'upward');
  try {
    await page.getByRole('heading', { name: 'Welcome' }).waitFor();
  } catch (e) {
    const shot = `/tmp/sign-in-failed-${user}-${Date.now()}.png`;
    await page.screenshot({ path: shot });
    throw new Error(`${user} not signed in, at ${page.url()} (${shot}): ${e.message.split('\n')[0]}`);
  }
}

/**
 * Runs `commands[name](...args)` for each line until `quit` or the end of stdin, then closes the browser and exits.
 * `failureDetails(args)` may add fields to a failed command's answer.
 */
export async function serveCommands(browser, commands, failureDetails = async () => ({})) {
  const lines = readline.createInterface({ input: process.stdin });
  for await (const line of lines) {
    const [command, ...args] = line.trim().split(/\s+/);
    if (command === 'quit') {
      break;
    }
    const started = Date.now();
    try {
      const result = await commands[command](...args);
      console.log(JSON.stringify({ ok: true, ms: Date.now() - started, ...result }));
    } catch (e) {
      const extra = await failureDetails(args).catch(() => ({}));
      console.log(JSON.stringify({ ok: false, ms: Date.now() - started, error: String(e.message).split('\n')[0],
        ...extra }));
    }
  }
  await browser.close();
  process.exit(0); // stdin may keep the event loop alive
}
