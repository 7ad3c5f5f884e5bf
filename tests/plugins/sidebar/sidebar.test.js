// The add-on's sidebar in headless Chromium (Debian's /usr/bin/chromium) driven by
// playwright-core, with a stand-in for google.script.run that answers like Code.js and
// records every call. Saves a screenshot for the docs (argv[2], optional).
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { chromium } = require('playwright-core');

const SIDEBAR = path.join(__dirname, '../../../plugins/gdocs/addon/Sidebar.html');
const SHOT = process.env.SIDEBAR_SCREENSHOT || '';

const SUMMARY = {
  emotions: { joy: 0.12, surprise: 0.05, anger: 0.58, fear: 0.21, sadness: 0.18 },
  valence: -0.42, target: 'less:anger',
  arc: [{ index: 0, dominant: 'joy', valence: 0.6 }, { index: 2, dominant: 'anger', valence: -0.8 },
        { index: 3, dominant: 'fear', valence: -0.5 }, { index: 5, dominant: null, valence: 0.1 }],
  drivers: [{ index: 2, emotion: 'anger', text: 'furious', contribution: 0.61, start: 8, end: 15 },
            { index: 3, emotion: 'fear', text: 'terrifying', contribution: 0.44, start: 12, end: 22 }],
  suggestions: [{ index: 2, original: 'furious', replacement: 'upset', target: 'less:anger',
                  measure: 'anger probability', before: 0.9, after: 0.2, similarity: 0.88,
                  start: 8, end: 15 },
                { index: 3, original: 'terrifying', replacement: 'worrying', target: 'positive',
                  measure: 'valence', before: -0.89, after: -0.2, similarity: 0.91,
                  start: 12, end: 22 }],
  misses: { 'no rewrite moves the target by the margin': 2 },
};

// google.script.run stand-in: chainable handlers, calls recorded in window.__calls
function standIn(summary) {
  window.__calls = [];
  const api = {
    getSettings: () => ({ proxyUrl: 'https://proxy.test', hasKey: true, target: 'less:anger' }),
    analyzeDocument: () => summary, analyzeSelection: () => summary,
    selectRange: () => null, applySuggestion: () => summary, setHighlights: () => 1,
    saveSettings: (s) => ({ proxyUrl: s.proxyUrl, hasKey: true, target: s.target }),
  };
  function runner(ok, fail) {
    const r = {
      withSuccessHandler: (f) => runner(f, fail),
      withFailureHandler: (f) => runner(ok, f),
    };
    Object.keys(api).forEach((name) => {
      r[name] = (...args) => {
        window.__calls.push([name, ...args]);
        setTimeout(() => { try { if (ok) ok(api[name](...args)); } catch (e) { if (fail) fail(e); } }, 10);
      };
    });
    return r;
  }
  window.google = { script: { get run() { return runner(null, null); } } };
}

test('sidebar: analyze, bars and arc, select a driver, apply a suggestion', async () => {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium', headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
           '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 300, height: 760 } });
    await page.addInitScript(standIn, SUMMARY);
    await page.goto('file://' + SIDEBAR);
    await page.click('#analyze-doc');
    await page.waitForSelector('#results:not(.hidden)');
    const bars = await page.$$eval('.bar', (rows) => rows.map((r) => [r.dataset.emotion,
      r.querySelector('.fill').style.width, r.querySelector('.value').textContent]));
    assert.deepEqual(bars, [['joy', '12%', '0.12'], ['surprise', '5%', '0.05'],
                            ['anger', '58%', '0.58'], ['fear', '21%', '0.21'],
                            ['sadness', '18%', '0.18']]);
    assert.equal(await page.$$eval('.arc-point', (p) => p.length), 4);
    assert.match(await page.textContent('#valence'), /-0\.42/);
    // what the numbers are: an emotion target names its emotion, a sentiment says valence
    const said = await page.$$eval('.suggestion', (s) => s.map((b) => b.textContent));
    assert.match(said[0], /less:anger: 0\.90 → 0\.20/);
    assert.match(said[1], /positive \(valence\): -0\.89 → -0\.20/);
    // and the sentences left without one, with why
    assert.equal(await page.textContent('.misses'), '2 sentences without a verified ' +
                 'rewrite: no rewrite moves the target by the margin (2).');
    await page.click('.driver >> nth=0');
    await page.click('.apply');
    await page.waitForFunction(() => window.__calls.some((c) => c[0] === 'applySuggestion'));
    const calls = await page.evaluate(() => window.__calls);
    assert.deepEqual(calls.find((c) => c[0] === 'selectRange'), ['selectRange', 2, 8, 15]);
    const applied = calls.find((c) => c[0] === 'applySuggestion')[1];
    assert.equal(applied.original, 'furious');
    assert.equal(applied.replacement, 'upset');
    assert.deepEqual([applied.index, applied.start, applied.end], [2, 8, 15]);
    await page.check('#highlight');
    await page.waitForFunction(() => window.__calls.some((c) => c[0] === 'setHighlights'));
    if (SHOT) {
      await page.waitForTimeout(100);
      fs.mkdirSync(path.dirname(SHOT), { recursive: true });
      await page.screenshot({ path: SHOT, fullPage: true });
    }
  } finally {
    await browser.close();
  }
});

test('sidebar: proxy errors are shown, not swallowed', async () => {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium', headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  try {
    const page = await browser.newPage();
    await page.addInitScript(standIn, SUMMARY);
    await page.goto('file://' + SIDEBAR);
    await page.evaluate(() => {
      const real = window.google.script;
      window.google = { script: { get run() {
        const r = real.run;
        let fail = null;
        const wrapped = {
          withSuccessHandler: () => wrapped,
          withFailureHandler: (f) => { fail = f; return wrapped; },
          analyzeDocument: () => setTimeout(() => fail(new Error(
            'The proxy refused the API key (403). Check it in Settings.')), 5),
        };
        return Object.assign({}, r, wrapped);
      } } };
    });
    await page.click('#analyze-doc');
    await page.waitForFunction(() => document.getElementById('error').textContent.length > 0);
    assert.match(await page.textContent('#error'), /refused the API key \(403\)/);
  } finally {
    await browser.close();
  }
});
