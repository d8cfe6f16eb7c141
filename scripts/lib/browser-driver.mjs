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
