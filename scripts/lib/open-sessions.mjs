// Opens COUNT signed-in sessions of USER on PATH in Chromium (one browser context each) and keeps them open until
// stdin closes; prints "OPEN <count>" when they are all loaded. PATH @open-check-in: the check-in the user's
// "My check-ins" page offers first to fill in. Used by scripts/session-heap.sh and scripts/memory-per-user.sh.
import { launchChromium } from './browser-driver.mjs';

const [base, user, path, count] = process.argv.slice(2);
const browser = await launchChromium();
for (let i = 0; i < Number(count); i++) {
  const page = await (await browser.newContext()).newPage();
  await page.goto(base + 'login');
  // settled: the router moves the form into its outlet, and a password typed before the first round trip
  // was seen to be lost
  await page.locator('#outlet vaadin-login-form').waitFor();
  await page.waitForLoadState('networkidle');
  await page.getByLabel('Username').fill(user);
  await page.getByLabel('Password', { exact: true }).fill('upward');
  await page.getByRole('button', { name: 'Sign in' }).click();
  try {
    await page.getByRole('heading', { name: 'Welcome' }).waitFor();
  } catch (e) {
    await page.screenshot({ path: `/tmp/open-sessions-failed-${user}-${i}.png` });
    throw new Error(`session ${i} of ${user} not signed in, at ${page.url()}: ${e.message.split('\n')[0]}`);
  }
  if (path === '@open-check-in') {
    await page.goto(base + 'checkins');
    await page.locator('.checkin-line a.primary').first().click();
    await page.locator('vaadin-text-area').first().waitFor();
  } else {
    await page.goto(base + path);
  }
  await page.waitForLoadState('networkidle');
}
console.log('OPEN ' + count);
process.stdin.resume();
process.stdin.on('end', async () => {
  await browser.close();
  process.exit(0);
});
