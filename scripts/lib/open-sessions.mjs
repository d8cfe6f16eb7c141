// Opens COUNT signed-in sessions of USER on PATH in Chromium (one browser context each) and keeps them open until
// stdin closes; prints "OPEN <count>" when they are all loaded. PATH @open-check-in: the check-in the user's
// "My check-ins" page offers first to fill in. Used by scripts/session-heap.sh and scripts/memory-per-user.sh.
import { launchChromium, signInDemo } from './browser-driver.mjs';

const [base, user, path, count] = process.argv.slice(2);
const browser = await launchChromium();
for (let i = 0; i < Number(count); i++) {
  const page = await (await browser.newContext()).newPage();
  await signInDemo(page, base, user);
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
