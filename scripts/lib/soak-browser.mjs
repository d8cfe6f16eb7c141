// The browser half of scripts/embedded-soak.sh: real Chromium through playwright-core, one signed-in page per demo
// user, each command one audited write made through the UI as a person would. Reads one command per line on stdin and
// answers each with one JSON line on stdout; a write counts as done only when the app said so (its notification, the
// one-time password, the check-in's heading, the CSV file). It reports what it saw; the shell script judges it.
import { readFile } from 'node:fs/promises';
import { launchChromium, openSignIn, serveCommands, submitSignIn } from './browser-driver.mjs';

const base = process.env.BASE_URL;
const browser = await launchChromium();
const pages = new Map();
const remembered = new Map(); // page name -> the check-in it writes or reads
const text = (s) => s.replace(/\s+/g, ' ').trim();

function page(name) {
  const p = pages.get(name);
  if (!p) throw new Error(`no page ${name}`);
  return p;
}

/** Opens a path and waits for `ready` (a locator of the page) or the app's error page, which fails the command. */
async function open(p, path, ready) {
  await p.goto(base + path);
  const error = p.locator('.error-page');
  await ready.or(error).first().waitFor({ state: 'visible' });
  if (await error.isVisible()) throw new Error(`${path}: ${text(await error.innerText())}`);
}

/** Runs `action` and waits for the app's notification; fails unless it contains `success`. */
async function notified(p, success, action) {
  await p.evaluate(() => document.querySelectorAll('vaadin-notification-card').forEach((c) => c.remove()));
  await action();
  const card = p.locator('vaadin-notification-card').first();
  await card.waitFor({ state: 'visible' });
  const said = text(await card.innerText());
  if (!said.includes(success)) throw new Error(said);
  return said;
}

/** The audit log export as the admin downloads it: rows per "actor action entity". */
async function exportCounts(p) {
  await open(p, 'audit', p.locator('.result-count'));
  const [download] = await Promise.all([p.waitForEvent('download'),
    p.getByRole('link', { name: 'Export the filtered audit log as CSV' }).click()]);
  const failure = await download.failure();
  if (failure) throw new Error(`export: ${failure}`);
  const rows = parseCsv((await readFile(await download.path(), 'utf8')).replace(/^\uFEFF/, ''));
  if (rows[0]?.join() !== 'Time (UTC),Actor,Action,Entity,Id,Details') throw new Error(`export: ${rows[0]}`);
  const counts = {};
  for (const [, actor, action, entity] of rows.slice(1)) {
    const key = `${actor} ${action} ${entity}`;
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return { rows: rows.length - 1, counts };
}

/** RFC 4180: quoted fields may hold commas, doubled quotes and line breaks. */
function parseCsv(csv) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const c = csv[i];
    if (quoted) {
      if (c === '"' && csv[i + 1] === '"') { field += '"'; i++; } else if (c === '"') quoted = false; else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\n') { row.push(field.replace(/\r$/, '')); rows.push(row); row = []; field = ''; }
    else field += c;
  }
  if (field || row.length) rows.push([...row, field]);
  return rows;
}

const commands = {
  // signin <page> <user> <password>: a browser context of its own, signed in, on the home page
  async signin(name, user, password) {
    const context = await browser.newContext({ viewport: { width: 1366, height: 860 }, acceptDownloads: true });
    context.setDefaultTimeout(30_000);
    const p = await context.newPage();
    pages.set(name, p);
    await openSignIn(p, base);
    await submitSignIn(p, user, password);
    await p.getByRole('heading', { name: /Welcome/ }).waitFor();
    return {};
  },
  // draft <page> <text>: the mentee's open check-in (a draft, else one due) gets new wins and is saved as a draft
  async draft(name, ...words) {
    const p = page(name);
    if (!remembered.has(name)) {
      await open(p, 'checkins', p.locator('a[href*="checkins/"]').first());
      const link = p.getByRole('link', { name: /^(Continue|Start check-in): period/ }).first();
      remembered.set(name, await link.getAttribute('href'));
    }
    const path = remembered.get(name);
    await open(p, path, p.getByLabel('Wins', { exact: true }));
    await p.getByLabel('Wins', { exact: true }).fill(words.join(' '));
    return { said: await notified(p, 'Draft saved.', () => p.getByRole('button', { name: 'Save draft' }).click()),
      checkIn: path };
  },
  // milestone <page>: ticks the first milestone of the mentee's goals off, or back on
  async milestone(name) {
    const p = page(name);
    const step = p.locator('vaadin-checkbox[data-step]').first();
    await open(p, 'goals', step);
    return { said: await notified(p, 'Milestone', () => step.click()) };
  },
  // comment <page> <text>: a comment on the mentee's first goal
  async comment(name, ...words) {
    const p = page(name);
    const goal = p.locator('.goal-card').first();
    await open(p, 'goals', goal);
    await goal.locator('[data-action=comments]').click();
    const field = p.getByLabel(/^Comment on /).first();
    await field.fill(words.join(' '));
    return { said: await notified(p, 'Comment added.', () => p.getByRole('button', { name: 'Comment', exact: true })
      .first().click()) };
  },
  // read <page>: the mentor opens a mentee's submitted check-in (each opening is logged as READ)
  async read(name) {
    const p = page(name);
    const heading = p.getByRole('heading', { name: / · period \d+$/ });
    if (remembered.has(name)) {
      await open(p, remembered.get(name), heading);
    } else { // the first time from the list of mentees, as the mentor finds it
      const button = p.getByRole('button', { name: /^Read period / }).first();
      await open(p, 'mentees', button);
      await button.click();
      await p.waitForURL(/mentees\/checkins\/\d+$/);
      await heading.or(p.locator('.error-page')).first().waitFor({ state: 'visible' });
      remembered.set(name, new URL(p.url()).pathname.slice(1));
    }
    if (!(await heading.isVisible())) throw new Error(text(await p.locator('.error-page').innerText()));
    return { read: text(await heading.innerText()), checkIn: remembered.get(name) };
  },
  // account <page>: the administrator creates an account for the first employee who has none
  async account(name) {
    const p = page(name);
    const create = p.getByRole('button', { name: 'Create account' });
    await open(p, 'users', create);
    await create.click();
    await p.getByRole('combobox', { name: 'Employee' }).click();
    const option = p.getByRole('option').first();
    await option.waitFor({ state: 'visible', timeout: 10_000 });
    const employee = text(await option.innerText());
    await option.click();
    await p.getByRole('dialog').getByRole('button', { name: 'Create account' }).click();
    const issued = p.getByLabel('One-time password', { exact: true });
    const card = p.locator('vaadin-notification-card');
    await issued.or(card).first().waitFor({ state: 'visible' });
    if (!(await issued.isVisible())) throw new Error(text(await card.first().innerText()));
    await p.getByRole('dialog').getByRole('button', { name: 'Done' }).click();
    return { employee };
  },
  // export <page>: the administrator downloads the audit log as CSV; answers its rows per actor, action and entity
  async export(name) {
    return exportCounts(page(name));
  },
};

await serveCommands(browser, commands, async () => ({}));
