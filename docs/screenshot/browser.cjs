// Drive Neo4j Browser in headless Chromium: connect, apply the athar style, open the guide, run every
// slide of it as an analyst would (its :params block, then its query, both by clicking them) and
// check that each gives a result frame without an error; then save the README's screenshots.
// Run through docs/screenshot/run.sh, which sets the environment:
//   BROWSER_URL     the Browser URL `athar neo4j status` prints
//   PASSWORD_FILE   file holding the password of user neo4j (or NEO4J_PASSWORD)
//   STYLE_URL       the style `athar browser` serves;  GUIDE_URL  its guide
//   QUERY_NAMES     the stored queries, space-separated, in the guide's order
//   EVIDENCE_PARAMS the :params map for the evidence screenshot (a fact of the graph)
//   SEARCH_TEXT     what the search screenshot looks for
//   OUT_DIR         where to write the screenshots; SCREENSHOTS=0 only checks the slides
//   CHROMIUM        the Chromium executable (default /usr/bin/chromium)
//   BROWSER_WAIT_MS how long to wait for Browser to load and for each answer (default 120000)
// Prints one line per slide and exits 1 when a slide fails.
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
const screenshots = env('SCREENSHOTS', '1') !== '0';
// How long to wait for Browser to load, connect and answer: a busy 2-core machine needs more than
// playwright's 30 s to load Browser's bundle (page.goto timed out there).
const WAIT_MS = Number(env('BROWSER_WAIT_MS', '120000'));
// Chromium's own connections are refused on a closed network: leave them out (and the sandbox, as root).
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
               '--disable-component-update', '--disable-sync', '--lang=en-US'];

async function main() {
  const browser = await chromium.launch({ executablePath: env('CHROMIUM', '/usr/bin/chromium'), args: FLAGS });
  const failures = [];
  try {
    const page = await browser.newPage({ viewport: { width: 1600, height: 1000 }, deviceScaleFactor: 1 });
    await page.goto(env('BROWSER_URL'), { timeout: WAIT_MS });
    await page.getByTestId('username').fill('neo4j');
    await page.getByTestId('password').fill(password);
    await page.getByTestId('connect').click();
    await page.getByText('You are connected as user').first().waitFor({ timeout: WAIT_MS });

    const editor = page.locator('#monaco-main-editor, [data-testid="activeEditor"]').first();
    const newest = page.locator('[data-testid="frame"]').first();

    // Wait until the newest frame has finished: a status bar (records, no records, a graph), a
    // parameters confirmation or an error. Returns [ok, text].
    async function outcome() {
      for (let i = 0; i < WAIT_MS / 250; i++) {
        if (await newest.count()) {
          const text = await newest.innerText();
          if (await newest.getByTestId('cypherFrameErrorMessage').count() || /^ERROR/m.test(text)) return [false, text];
          if (/Started streaming|completed after|no changes, no records|Displaying \d+ node|Successfully set your parameters/.test(text)) {
            return [true, text];
          }
        }
        await page.waitForTimeout(250);
      }
      return [false, `no result frame within ${WAIT_MS / 1000} s`];
    }
    // Run what the editor holds, in an empty stream, and wait for its frame.
    async function runEditor() {
      await page.getByTestId('editor-Run').click();
      return outcome();
    }
    async function type(text) {
      await editor.click();
      await page.keyboard.press('Control+A');
      await page.keyboard.insertText(text);
    }
    async function clear() {
      await type(':clear');
      await page.getByTestId('editor-Run').click();
      await page.waitForTimeout(300);
    }
    async function run(text) {
      await clear();
      await type(text);
      return runEditor();
    }

    await run(`:style ${env('STYLE_URL')}`);
    await page.getByText('node.State', { exact: false }).first().waitFor({ timeout: WAIT_MS });

    // The guide opens in the sidebar: one slide per stored query.
    await clear();
    await type(`:guide ${env('GUIDE_URL')}`);
    await page.getByTestId('editor-Run').click();
    await page.getByText('Apply the athar style first').waitFor({ timeout: WAIT_MS });
    if (screenshots) await page.screenshot({ path: join(outDir, 'browser-guide.png') });

    async function slideOf(name) {
      const heading = page.locator('h3', { hasText: new RegExp(`^${name}$`) });
      for (const step of ['guideNextSlide', 'guidePreviousSlide']) {     // forward, then back
        for (let i = 0; i < 30 && !(await heading.isVisible()); i++) {
          const button = page.getByTestId(step);
          if (!(await button.isEnabled().catch(() => false))) break;
          await button.click();
          await page.waitForTimeout(200);
        }
      }
      if (!(await heading.isVisible())) throw new Error(`no guide slide for ${name}`);
      return page.locator('slide, .slide', { has: heading }).first();
    }
    // Run a slide as it stands: its :params block (if any), then its query, each by a click.
    async function runSlide(name) {
      const slide = await slideOf(name);
      const blocks = slide.locator('pre.runnable');
      const params = blocks.filter({ hasText: /^:params/ });
      if (await params.count()) {
        await clear();
        await params.first().click();
        const [ok, text] = await runEditor();
        if (!ok) return [false, `:params: ${text}`];
      }
      await clear();
      await blocks.last().click();
      return runEditor();
    }

    for (const name of env('QUERY_NAMES').split(/\s+/).filter(Boolean)) {
      const started = Date.now();
      const [ok, text] = await runSlide(name);
      const status = text.split('\n').filter((l) => l.trim()).slice(-1)[0];
      console.log(`${ok ? 'ok  ' : 'FAIL'} ${name} (${Date.now() - started} ms): ${ok ? status : text.slice(0, 400)}`);
      if (!ok) failures.push(name);
    }
    if (!screenshots) return;

    // Screenshots: a graph query from its slide, evidence of a fact and a search with other parameters.
    // The result frame alone, full screen (the guide is in the sidebar, which the frame covers).
    async function frameShot(file) {
      // Browser's usage-data banner comes up a while after connecting and shifts the frames down: a
      // click aimed at the frame's Fullscreen button then missed and the screenshot showed a frame
      // without its graph. Close the banner first and click until the frame fills the window.
      const banner = page.getByText('To help make Neo4j Browser better');
      if (await banner.count()) {
        await banner.first().locator('xpath=ancestor::*[.//button][1]').locator('button').last().click().catch(() => {});
        await page.waitForTimeout(500);
      }
      for (let i = 0; i < 3; i++) {
        await newest.locator('[title="Fullscreen"]').first().click().catch(() => {});
        await page.waitForTimeout(1500);
        if (((await newest.boundingBox()) ?? { height: 0 }).height > 0.8 * page.viewportSize().height) break;
      }
      await newest.locator('button[aria-label="zoom-to-fit"]').click().catch(() => {});
      await page.waitForTimeout(1500);
      await page.screenshot({ path: join(outDir, file) });
      await newest.locator('[title="Close fullscreen"], [title="Fullscreen"]').first().click().catch(() => {});
      await page.waitForTimeout(500);
    }
    async function graphShot(name, file) {
      const [ok, text] = await runSlide(name);
      if (!ok) throw new Error(`${name}: ${text}`);
      await newest.locator('svg .node').first().waitFor({ timeout: WAIT_MS });
      await newest.locator('button[aria-label="Collapse the node properties display"]').click().catch(() => {});
      await page.waitForTimeout(5000);                 // let the force layout settle
      await frameShot(file);
    }
    async function tableShot(params, name, file) {
      const [set, message] = await run(`:params ${params}`);
      if (!set) throw new Error(`:params ${params}: ${message}`);
      const slide = await slideOf(name);
      await clear();
      await slide.locator('pre.runnable').last().click();
      const [ok, text] = await runEditor();
      if (!ok) throw new Error(`${name}: ${text}`);
      await frameShot(file);
    }
    await graphShot('attendance_graph', 'browser-attendance.png');
    await graphShot('event_graph', 'browser-event-graph.png');
    await tableShot(env('EVIDENCE_PARAMS'), 'evidence', 'browser-evidence.png');
    await tableShot(`{q: ${JSON.stringify(env('SEARCH_TEXT'))}, limit: 25}`, 'search', 'browser-search.png');
    console.log(`screenshots in ${outDir}`);
  } finally {
    await browser.close();
  }
  if (failures.length) {
    console.error(`${failures.length} slide(s) failed: ${failures.join(', ')}`);
    process.exit(1);
  }
}

main().catch((error) => { console.error(error); process.exit(1); });
