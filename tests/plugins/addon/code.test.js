// The add-on's Apps Script code under Node, with stubs of DocumentApp, UrlFetchApp,
// PropertiesService and HtmlService that keep a real in-memory document: the tests assert
// the requests it sends and the exact edits it makes.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');

const CODE = fs.readFileSync(path.join(__dirname, '../../../plugins/gdocs/addon/Code.js'), 'utf8');

function properties(initial) {
  const store = Object.assign({}, initial);
  return {
    store,
    getProperty: (k) => (k in store ? store[k] : null),
    setProperty: (k, v) => { store[k] = String(v); },
    setProperties: (o) => { Object.keys(o).forEach((k) => { store[k] = String(o[k]); }); },
    deleteProperty: (k) => { delete store[k]; },
  };
}

function world(texts, opts = {}) {
  const paras = texts.map((t) => ({ text: t, bg: Array.from({ length: t.length }, () => null) }));
  const requests = [];
  const edits = [];
  let selection = null;
  let responder = opts.responder || (() => ({ code: 200, body: { results: [] } }));
  const ElementType = { PARAGRAPH: 'PARAGRAPH', LIST_ITEM: 'LIST_ITEM', TEXT: 'TEXT' };
  function textOf(p) {
    return {
      getType: () => ElementType.TEXT,
      deleteText: (s, e) => { edits.push(['delete', paras.indexOf(p), s, e]);
        p.text = p.text.slice(0, s) + p.text.slice(e + 1); p.bg.splice(s, e - s + 1); },
      insertText: (s, t) => { edits.push(['insert', paras.indexOf(p), s, t]);
        p.text = p.text.slice(0, s) + t + p.text.slice(s);
        p.bg.splice(s, 0, ...Array.from({ length: t.length }, () => null)); },
      setBackgroundColor: (s, e, c) => { edits.push(['background', paras.indexOf(p), s, e, c]);
        for (let i = s; i <= e; i++) p.bg[i] = c; },
      getBackgroundColor: (s) => p.bg[s],
    };
  }
  function para(p) {
    return { getText: () => p.text, editAsText: () => textOf(p),
             getType: () => ElementType.PARAGRAPH, getParent: () => null };
  }
  const doc = {
    getBody: () => ({ getParagraphs: () => paras.map(para) }),
    getSelection: () => (opts.selected ? { getRangeElements: () => opts.selected.map((i) => (
      { getElement: () => textElementIn(paras[i]) })) } : null),
    newRange: () => { const r = []; const b = { addElement: (el, s, e) => { r.push([s, e]); return b; },
                                                 build: () => r }; return b; },
    setSelection: (r) => { selection = r; },
  };
  function textElementIn(p) {  // a TEXT element whose parent is the paragraph
    return { getType: () => ElementType.TEXT, getText: () => p.text, getParent: () => para(p) };
  }
  const user = properties(opts.settings === undefined
    ? { proxyUrl: 'https://proxy.test', apiKey: 'emk_secret', target: 'less:anger' } : opts.settings);
  const docProps = properties({});
  const ui = { menus: [], sidebars: [] };
  const context = {
    console,
    DocumentApp: { ElementType, getActiveDocument: () => doc,
      getUi: () => ({ createAddonMenu: () => { const m = { items: [], addItem(n, f) { this.items.push([n, f]); return this; },
                                                          addToUi() { ui.menus.push(this.items); } }; return m; },
                      showSidebar: (h) => ui.sidebars.push(h) }) },
    HtmlService: { createHtmlOutputFromFile: (n) => ({ name: n, setTitle(t) { this.title = t; return this; } }) },
    PropertiesService: { getUserProperties: () => user, getDocumentProperties: () => docProps },
    UrlFetchApp: { fetch: (url, params) => {
      requests.push({ url, params, payload: JSON.parse(params.payload) });
      const r = responder(url, JSON.parse(params.payload), requests.length);
      if (r instanceof Error) throw r;
      return { getResponseCode: () => r.code, getContentText: () => JSON.stringify(r.body),
               getHeaders: () => r.headers || {} };
    } },
    module: { exports: {} },
  };
  vm.createContext(context);
  vm.runInContext(CODE, context);
  return { api: context.module.exports, paras, requests, edits, ui, user, docProps,
           selection: () => selection, setResponder: (f) => { responder = f; } };
}

// what the service would answer for "I am 😡 furious today." (offsets in code points)
function angry(index, text) {
  const cp = Array.from(text);
  const start = cp.indexOf('f');
  return { index, emotions: { joy: 0.02, surprise: 0.03, anger: 0.9, fear: 0.02, sadness: 0.1 },
           labels: ['anger'], dominant: 'anger', valence: -0.8,
           sentences: [{ start: 0, end: cp.length, text, labels: ['anger'],
             emotions: { anger: 0.9 },
             drivers: { anger: [{ start, end: start + 7, text: 'furious', contribution: 0.6 }],
                        joy: [{ start: 0, end: 1, text: 'I', contribution: -0.01 }] },
             suggestions: [{ start, end: start + 7, original: 'furious', replacement: 'upset',
                             target: 'less:anger', before: 0.9, after: 0.2, similarity: 0.88 }] }] };
}
function calm(index) {
  return { index, emotions: { joy: 0.1, surprise: 0.02, anger: 0.02, fear: 0.02, sadness: 0.02 },
           labels: [], dominant: null, valence: 0.1, sentences: [] };
}
// a sentence that could move toward the target but got no verified rewrite
function stuck(index, text) {
  const doc = angry(index, text);
  doc.sentences[0].suggestions = [];
  doc.sentences[0].no_suggestion = { reason: 'no-move', target: 'less:anger',
    explanation: 'no rewrite moves the target by the margin', margin: 0.1, before: 0.9,
    closest: null };
  return doc;
}
const TEXTS = ['Status report', '', 'I am 😡 furious today.'];
function proxyAnswer(url, payload) {
  return { code: 200, body: { results: payload.paragraphs.map((p) => (
    p.text.includes('furious') ? angry(p.index, p.text) : calm(p.index))) } };
}

test('menu and sidebar', () => {
  const w = world(TEXTS);
  w.api.onOpen();
  w.api.showSidebar();
  assert.deepEqual(w.ui.menus, [[['Open emotive', 'showSidebar']]]);
  assert.equal(w.ui.sidebars[0].name, 'Sidebar');
});

test('analyze document: one request with paragraph texts and indexes', () => {
  const w = world(TEXTS, { responder: proxyAnswer });
  const s = w.api.analyzeDocument();
  assert.equal(w.requests.length, 1);
  const r = w.requests[0];
  assert.equal(r.url, 'https://proxy.test/v1/analyze');
  assert.equal(r.params.method, 'post');
  assert.equal(r.params.headers.Authorization, 'Bearer emk_secret');
  assert.equal(r.params.muteHttpExceptions, true);
  assert.deepEqual(r.payload, { paragraphs: [{ index: 0, text: 'Status report' },
                                             { index: 2, text: 'I am 😡 furious today.' }],
                                explain: true, suggest: true, target: 'less:anger' });
  // drivers and suggestions come back in the document's UTF-16 offsets (the emoji is 2 units)
  const d = s.drivers[0];
  assert.equal(TEXTS[2].substring(d.start, d.end), 'furious');
  assert.equal(s.drivers.length, 1);  // negative contributions are not drivers
  assert.equal(TEXTS[2].substring(s.suggestions[0].start, s.suggestions[0].end), 'furious');
  assert.ok(s.emotions.anger > 0.5 && s.arc.length === 2);
});

test('sentences without a verified rewrite are counted by reason', () => {
  const w = world(TEXTS, { responder: (url, payload) => ({ code: 200, body: { results:
    payload.paragraphs.map((p) => (p.text.includes('furious') ? stuck(p.index, p.text)
                                                                : calm(p.index))) } }) });
  const s = w.api.analyzeDocument();
  assert.equal(s.suggestions.length, 0);
  // (objects of the script's own context: compared as JSON)
  assert.equal(JSON.stringify(s.misses), '{"no rewrite moves the target by the margin":1}');
  // a result without the field (a service before schema 1.3) counts nothing
  assert.equal(JSON.stringify(world(TEXTS, { responder: proxyAnswer }).api
    .analyzeDocument().misses), '{}');
});

test('analyze selection sends only the selected paragraphs', () => {
  const w = world(TEXTS, { responder: proxyAnswer, selected: [2] });
  w.api.analyzeSelection();
  assert.deepEqual(w.requests[0].payload.paragraphs.map((p) => p.index), [2]);
  const none = world(TEXTS, { responder: proxyAnswer });
  assert.throws(() => none.api.analyzeSelection(), /Select some text first/);
});

test('clear messages when the proxy fails', () => {
  const cases = [
    [new Error('DNS error'), /Cannot reach the emotive proxy at https:\/\/proxy.test/],
    [{ code: 401, body: { error: 'missing API key' } }, /refused the API key \(401\)/],
    [{ code: 403, body: { error: 'API key not recognised' } }, /refused the API key \(403\)/],
    [{ code: 413, body: { error: 'too many characters' } }, /Too large for the proxy/],
    [{ code: 429, body: {}, headers: { 'Retry-After': '12' } }, /try again in 12 seconds/],
    [{ code: 503, body: { error: 'cannot reach the emotive service' } }, /unavailable \(503\)/],
  ];
  for (const [answer, message] of cases) {
    const w = world(TEXTS, { responder: () => answer });
    assert.throws(() => w.api.analyzeDocument(), message);
  }
  const unset = world(TEXTS, { settings: {} });
  assert.throws(() => unset.api.analyzeDocument(), /Set the proxy URL and API key/);
  assert.equal(unset.requests.length, 0);
});

test('a document too large is refused before any request', () => {
  const w = world(Array.from({ length: 401 }, (_, i) => 'Paragraph ' + i));
  assert.throws(() => w.api.analyzeDocument(), /too large to analyse at once/);
  assert.equal(w.requests.length, 0);
});

test('apply replaces exactly the range, then re-analyses the paragraph', () => {
  const w = world(TEXTS, { responder: proxyAnswer });
  const s = w.api.analyzeDocument();
  const sug = s.suggestions[0];
  w.api.applySuggestion(sug);
  assert.equal(w.paras[2].text, 'I am 😡 upset today.');
  assert.deepEqual(w.edits, [['delete', 2, sug.start, sug.end - 1],
                             ['insert', 2, sug.start, 'upset']]);
  assert.deepEqual(w.requests[1].payload.paragraphs, [{ index: 2, text: 'I am 😡 upset today.' }]);
});

test('apply refuses to overwrite text the user changed', () => {
  const w = world(TEXTS, { responder: proxyAnswer });
  const sug = w.api.analyzeDocument().suggestions[0];
  w.paras[2].text = 'I am 😡 really furious today.';  // the user edited meanwhile
  assert.throws(() => w.api.applySuggestion(sug), /text changed since the analysis/);
  assert.equal(w.paras[2].text, 'I am 😡 really furious today.');
  assert.deepEqual(w.edits, []);
});

test('highlight colours drivers and undoes exactly', () => {
  const w = world(TEXTS, { responder: proxyAnswer });
  const s = w.api.analyzeDocument();
  w.paras[2].bg[s.drivers[0].start] = '#00ff00';  // a colour the user had
  assert.equal(w.api.setHighlights(true, s.drivers), 1);
  const d = s.drivers[0];
  assert.equal(w.paras[2].bg[d.start + 1], '#ffc9c9');
  assert.ok(w.docProps.getProperty('emotive.highlights'));
  w.api.setHighlights(false, []);
  assert.equal(w.paras[2].bg[d.start + 1], '#00ff00');  // restored from the saved colour
  assert.equal(w.docProps.getProperty('emotive.highlights'), null);
});

test('settings: https only, the key never read back', () => {
  const w = world(TEXTS, { settings: {} });
  assert.throws(() => w.api.saveSettings({ proxyUrl: 'http://proxy.example.com' }), /https/);
  const s = w.api.saveSettings({ proxyUrl: 'https://p.example.com/', apiKey: ' k1 ', target: 'neutral' });
  assert.deepEqual(JSON.parse(JSON.stringify(s)),  // an object from the script's realm
                   { proxyUrl: 'https://p.example.com', hasKey: true, target: 'neutral' });
  assert.equal(w.user.store.apiKey, 'k1');
  assert.ok(!('apiKey' in s));
});

test('clicking a driver selects it', () => {
  const w = world(TEXTS, { responder: proxyAnswer });
  const d = w.api.analyzeDocument().drivers[0];
  w.api.selectRange(d.index, d.start, d.end);
  assert.deepEqual(w.selection(), [[d.start, d.end - 1]]);
});
