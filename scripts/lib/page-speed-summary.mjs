// The table of scripts/page-speed.sh from page-speed.mjs's JSON lines on stdin: per view and mode, the median and
// p90 of the time to first useful content, and the medians of its parts.
import readline from 'node:readline';

const groups = new Map();
for await (const line of readline.createInterface({ input: process.stdin })) {
  if (!line.startsWith('{')) {
    continue;
  }
  const run = JSON.parse(line);
  const key = run.view + ' ' + run.mode;
  if (!groups.has(key)) {
    groups.set(key, []);
  }
  groups.get(key).push(run);
}

// nearest-rank percentile
const percentile = (values, p) => {
  const sorted = values.filter((v) => v != null).sort((a, b) => a - b);
  return sorted.length ? sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] : null;
};
const median = (runs, pick) => percentile(runs.map(pick), 50);
const show = (v) => (v == null ? '–' : String(v));

console.log('| View | Mode | Runs | Median ms | p90 ms | HTML | Scripts loaded | First paint | Server round trips '
  + 'before content (median) | First server answer | Last server answer | Script bytes over the wire |');
console.log('|---|---|---|---|---|---|---|---|---|---|---|---|');
for (const [key, runs] of groups) {
  const [view, mode] = key.split(' ');
  console.log('| ' + [view, mode, runs.length, median(runs, (r) => r.ms), percentile(runs.map((r) => r.ms), 90),
    median(runs, (r) => r.html), median(runs, (r) => r.scripts), median(runs, (r) => r.firstPaint),
    median(runs, (r) => r.roundTrips), median(runs, (r) => r.calls[0]?.end),
    median(runs, (r) => r.calls.at(-1)?.end), median(runs, (r) => r.scriptBytes)].map(show).join(' | ') + ' |');
}
