// Open an `athar report` page in headless Chromium with the network cut off, check that it is
// self-contained (no request other than the file itself, no console error) and that its three
// pictures are drawn, then save a full-page screenshot.
// Run through docs/screenshot/report.sh, which sets the environment:
//   REPORT    the HTML file;  PNG  where to write the screenshot ('' for none)
//   CHROMIUM  the Chromium executable (default /usr/bin/chromium)
// Prints what it found and exits 1 when the page fetched anything or lacks a picture.
const { pathToFileURL } = require('node:url');
const { chromium } = require('playwright-core');

const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
               '--disable-component-update', '--disable-sync', '--lang=en-US'];

async function main() {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: FLAGS });
  const problems = [];
  try {
    const url = pathToFileURL(process.env.REPORT).href;
    const page = await browser.newPage({ viewport: { width: 1500, height: 1000 }, deviceScaleFactor: 1 });
    await page.route('**/*', (route) => {
      const requested = route.request().url();
      if (requested === url) return route.continue();
      problems.push(`fetched ${requested}`);
      return route.abort();
    });
    page.on('console', (msg) => { if (msg.type() === 'error') problems.push(`console: ${msg.text()}`); });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    await page.goto(url, { waitUntil: 'load' });
    const found = await page.evaluate(() => ({
      bars: document.querySelectorAll('.timeline .bar').length,
      cells: document.querySelectorAll('table.matrix td[class]').length,
      notInvited: document.querySelectorAll('table.matrix td.c-not_invited').length,
      flows: document.querySelectorAll('.flow svg path[class^="f-"]').length,
      negatedFlows: document.querySelectorAll('.flow svg path.m-neg').length,
      // an Arabic name laid out right to left: its computed direction
      rtlNames: [...document.querySelectorAll('[dir=auto]')].filter((e) => getComputedStyle(e).direction === 'rtl').length,
    }));
    console.log(`drawn: ${JSON.stringify(found)}`);
    for (const what of ['bars', 'cells', 'flows']) if (!found[what]) problems.push(`no ${what} drawn`);
    if (process.env.PNG) {
      await page.screenshot({ path: process.env.PNG, fullPage: true });
      console.log(`screenshot: ${process.env.PNG}`);
    }
  } finally {
    await browser.close();
  }
  console.log(`requests outside the page: ${problems.filter((p) => p.startsWith('fetched')).length}`);
  if (problems.length) {
    for (const p of problems) console.error(`problem: ${p}`);
    process.exit(1);
  }
}

main().catch((error) => { console.error(error); process.exit(1); });
