#!/usr/bin/env node
// Runs the published page's own script (the inline <script> of index.html, as a browser would get
// it) outside a browser, so PageScriptTest can compare what the page says "now" with
// `reachable status --at`:
//
//   TZ=Europe/London node page-now.mjs index.html INSTANT [INSTANT]...
//
// The visitor's clock is the process's: set TZ. For every instant (ISO, e.g. 2026-10-23T16:30:00Z)
// and every language section of the page, prints one JSON object per line:
//   {"at":"…","lang":"nl","zone":"Europe/London","channels":[{"id":"phone","reachable":true,"next":"…Z","line":"Nu bereikbaar, tot 17.00 uur."}]}
// next is null when nothing changes within the page's horizon; channels is empty when the instant
// lies outside it. With --clock LANG it prints instead, per minute of the day 0..1439, the time as
// the script writes it (one per line), and with --dates LANG FROM DAYS the dates it writes.
// Nothing here decides what the page says: the script's own functions do (globalThis.reachablePage).
import { readFileSync } from 'node:fs';
import vm from 'node:vm';

function fail(message) {
  process.stderr.write(`${message}\n`);
  process.exit(2);
}

const args = process.argv.slice(2);
if (args.length < 2) {
  fail('usage: node page-now.mjs index.html INSTANT... | --clock LANG | --dates LANG FROM DAYS');
}
const html = readFileSync(args[0], 'utf8');
const dataMatch = html.match(/<script type="application\/json" id="reachable-data">([\s\S]*?)<\/script>/);
const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)];
if (!dataMatch || scripts.length !== 1) {
  fail('the page has no data or not exactly one script');
}
const data = JSON.parse(dataMatch[1]);
vm.runInThisContext(scripts[0][1], { filename: 'index.html#script' });
const page = globalThis.reachablePage;
if (!page) {
  fail('the page script did not offer its functions outside a browser');
}
const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;

if (args[1] === '--clock') {
  const w = data.langs[args[2]];
  const day = new Date(2026, 0, 5, 0, 0, 0); // local midnight: minutes of the visitor's own day
  for (let m = 0; m < 1440; m++) {
    process.stdout.write(`${page.clock(w.clock, new Date(day.getTime() + m * 60000))}\n`);
  }
  process.exit(0);
}
if (args[1] === '--dates') {
  const w = data.langs[args[2]];
  const [y, mo, d] = args[3].split('-').map(Number);
  for (let i = 0; i < Number(args[4]); i++) {
    const date = new Date(y, mo - 1, d + i, 12, 0, 0);
    process.stdout.write(`${page.dateText(w, date, false)}|${page.dateText(w, date, true)}\n`);
  }
  process.exit(0);
}

for (const text of args.slice(1)) {
  const ms = Date.parse(text);
  if (Number.isNaN(ms)) {
    fail(`not an instant: ${text}`);
  }
  const second = Math.floor(ms / 1000);
  for (const lang of Object.keys(data.langs)) {
    const w = data.langs[lang];
    const channels = [];
    for (const channel of data.channels) {
      const status = page.statusAt(data, channel, second);
      if (status) {
        channels.push({
          id: channel.id,
          reachable: status.reachable,
          next: status.next === null ? null : new Date(status.next * 1000).toISOString(),
          line: page.line(w, status, new Date(ms)),
        });
      }
    }
    process.stdout.write(`${JSON.stringify({ at: new Date(ms).toISOString(), lang, zone, channels })}\n`);
  }
}
