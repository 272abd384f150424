// Drive Neo4j Browser in headless Chromium: connect, apply the athar style, run a stored query
// and save screenshots. Run through docs/screenshot/run.sh, which sets the environment:
//   BROWSER_URL     the Browser URL `athar neo4j status` prints
//   PASSWORD_FILE   file holding the password of user neo4j (or NEO4J_PASSWORD)
//   STYLE_URL       the style `athar browser` serves;  GUIDE_URL  its guide
//   QUERY_NAME      the stored query to draw, run from its guide slide (attendance_graph)
//   OUT_DIR         where to write browser-attendance.png and browser-guide.png
//   CHROMIUM        the Chromium executable (default /usr/bin/chromium)
// CommonJS, so that NODE_PATH finds playwright-core installed outside the repository.
const { readFileSync } = require('node:fs');
const { join } = require('node:path');
const { chromium } = require('playwright-core');

const env = (name, fallback) => {
  const value = process.env[name] ?? fallback;
  if (value === undefined) throw new Error(`${name} is not set`);
  return value;
};
const password = process.env.NEO4J_PASSWORD ?? readFileSync(env('PASSWORD_FILE'), 'utf8').trim();
const outDir = env('OUT_DIR');

async function main() {
  const browser = await chromium.launch({ executablePath: env('CHROMIUM', '/usr/bin/chromium'),
                                          args: ['--no-sandbox', '--lang=en-US'] });
  try {
    const page = await browser.newPage({ viewport: { width: 1600, height: 1000 }, deviceScaleFactor: 1 });
    await page.goto(env('BROWSER_URL'));

    await page.getByTestId('password').fill(password);
    await page.getByTestId('connect').click();
    await page.getByText('You are connected as user').first().waitFor({ timeout: 30_000 });

    // Run a command or query in the main editor; the newest result frame comes first.
    async function run(text) {
      const editor = page.locator('#monaco-main-editor, [data-testid="activeEditor"]').first();
      await editor.click();
      await page.keyboard.insertText(text);
      await page.getByTestId('editor-Run').click();
      await page.waitForTimeout(1500);
    }

    await run(`:style ${env('STYLE_URL')}`);
    await page.getByText('node.State', { exact: false }).first().waitFor({ timeout: 15_000 });

    // The guide opens in the sidebar: one slide per stored query. Go to the query's slide and run
    // its :params block and its query by clicking them, as an analyst would.
    await run(`:guide ${env('GUIDE_URL')}`);
    await page.getByText('Apply the athar style first').waitFor({ timeout: 15_000 });
    await page.screenshot({ path: join(outDir, 'browser-guide.png') });
    const name = env('QUERY_NAME');
    const heading = page.locator('h3', { hasText: new RegExp(`^${name}$`) });
    for (let i = 0; i < 40 && !(await heading.isVisible()); i++) {
      await page.getByTestId('guideNextSlide').click();
      await page.waitForTimeout(300);
    }
    const slide = page.locator('slide, .slide', { has: heading }).first();
    const runnable = slide.locator('pre.runnable, pre');
    await runnable.filter({ hasText: ':params' }).first().click();
    await page.getByTestId('editor-Run').click();
    await page.waitForTimeout(1000);
    await run(':clear');                              // the parameters stay set
    await runnable.filter({ hasText: 'MATCH' }).first().click();
    await page.getByTestId('editor-Run').click();
    await page.locator('svg .node').first().waitFor({ timeout: 30_000 });
    // Hide the result overview so the graph has the whole frame, then let the force layout settle.
    await page.locator('button[aria-label="Collapse the node properties display"]').click();
    await page.waitForTimeout(5000);
    await page.locator('button[aria-label="zoom-to-fit"]').click();
    await page.waitForTimeout(1500);
    await page.screenshot({ path: join(outDir, 'browser-attendance.png') });
    console.log(`wrote ${join(outDir, 'browser-attendance.png')} and ${join(outDir, 'browser-guide.png')}`);
  } finally {
    await browser.close();
  }
}

main().catch((error) => { console.error(error); process.exit(1); });
