/**
 * emotive for Google Docs (Apps Script, V8): a sidebar that shows how the document feels
 * and applies verified rewrites in place. It talks only to the team's emotive proxy
 * (plugins/gdocs/proxy.py), never to Google's or anyone else's servers.
 *
 * Offsets: the service counts Unicode code points, Apps Script strings count UTF-16 units;
 * everything that touches the document goes through toUtf16_().
 */

var MAX_PARAGRAPHS = 400;
var MAX_CHARS = 180000;
var COLORS = { joy: '#fff3b0', surprise: '#f3d1ff', anger: '#ffc9c9', fear: '#c9f2d0',
               sadness: '#cfe0ff' };
var HIGHLIGHTS_KEY = 'emotive.highlights';

function onOpen(e) {
  DocumentApp.getUi().createAddonMenu().addItem('Open emotive', 'showSidebar').addToUi();
}

function onInstall(e) {
  onOpen(e);
}

function showSidebar() {
  var html = HtmlService.createHtmlOutputFromFile('Sidebar').setTitle('emotive');
  DocumentApp.getUi().showSidebar(html);
}

/** Settings live in the user's properties: proxy URL, API key, target tone. */
function getSettings() {
  var p = PropertiesService.getUserProperties();
  return { proxyUrl: p.getProperty('proxyUrl') || '', hasKey: !!p.getProperty('apiKey'),
           target: p.getProperty('target') || 'neutral' };
}

function saveSettings(settings) {
  var url = String(settings.proxyUrl || '').trim().replace(/\/+$/, '');
  if (!/^https:\/\/[^\s/]+/.test(url) && !/^http:\/\/(localhost|127\.0\.0\.1)(:\d+)?/.test(url)) {
    throw new Error('The proxy URL must start with https:// (http:// only for localhost).');
  }
  var values = { proxyUrl: url, target: settings.target || 'neutral' };
  if (settings.apiKey) values.apiKey = String(settings.apiKey).trim();
  PropertiesService.getUserProperties().setProperties(values);
  return getSettings();
}

function toUtf16_(text, codePoints) {
  return Array.from(text).slice(0, codePoints).join('').length;
}

function paragraphs_(selectionOnly) {
  var doc = DocumentApp.getActiveDocument();
  var all = doc.getBody().getParagraphs();
  var chosen = null;
  if (selectionOnly) {
    var sel = doc.getSelection();
    if (!sel) throw new Error('Select some text first, or use Analyze document.');
    chosen = {};
    sel.getRangeElements().forEach(function (re) {
      var el = re.getElement();
      while (el && el.getType() !== DocumentApp.ElementType.PARAGRAPH &&
             el.getType() !== DocumentApp.ElementType.LIST_ITEM) {
        el = el.getParent();
      }
      if (!el) return;
      for (var i = 0; i < all.length; i++) {
        if (!chosen[i] && all[i].getText() === el.getText()) { chosen[i] = true; break; }
      }
    });
  }
  var out = [];
  var chars = 0;
  for (var i = 0; i < all.length; i++) {
    if (chosen && !chosen[i]) continue;
    var text = all[i].getText();
    if (!text.trim()) continue;
    out.push({ index: i, text: text });
    chars += text.length;
  }
  if (!out.length) throw new Error('Nothing to analyse: the ' +
                                   (selectionOnly ? 'selection' : 'document') + ' is empty.');
  if (out.length > MAX_PARAGRAPHS || chars > MAX_CHARS) {
    throw new Error('The document is too large to analyse at once (' + out.length +
                    ' paragraphs, ' + chars + ' characters; the limit is ' + MAX_PARAGRAPHS +
                    ' and ' + MAX_CHARS + '). Select a part and use Analyze selection.');
  }
  return out;
}

function callProxy_(path, payload) {
  var props = PropertiesService.getUserProperties();
  var url = props.getProperty('proxyUrl');
  var key = props.getProperty('apiKey');
  if (!url || !key) throw new Error('Set the proxy URL and API key in Settings first.');
  var resp;
  try {
    resp = UrlFetchApp.fetch(url + path, {
      method: 'post', contentType: 'application/json', payload: JSON.stringify(payload),
      headers: { Authorization: 'Bearer ' + key }, muteHttpExceptions: true });
  } catch (e) {
    throw new Error('Cannot reach the emotive proxy at ' + url + ' (' + e.message + ').');
  }
  var code = resp.getResponseCode();
  var body = {};
  try { body = JSON.parse(resp.getContentText()); } catch (e) { body = {}; }
  var why = body.error ? ' ' + body.error : '';
  if (code === 401 || code === 403) {
    throw new Error('The proxy refused the API key (' + code + '). Check it in Settings.');
  }
  if (code === 413) throw new Error('Too large for the proxy.' + why + ' Analyse a selection.');
  if (code === 429) {
    var wait = resp.getHeaders()['Retry-After'] || resp.getHeaders()['retry-after'] || 'a few';
    throw new Error('Rate limit reached: try again in ' + wait + ' seconds.');
  }
  if (code >= 500) throw new Error('The emotive service is unavailable (' + code + ').' + why);
  if (code !== 200) throw new Error('The proxy answered ' + code + '.' + why);
  return body;
}

function analyzeDocument() { return analyze_(false); }

function analyzeSelection() { return analyze_(true); }

function analyze_(selectionOnly) {
  var paras = paragraphs_(selectionOnly);
  var target = getSettings().target;
  var res = callProxy_('/v1/analyze', { paragraphs: paras, explain: true, suggest: true,
                                        target: target });
  return summarize_(res.results, paras, target);
}

/** Everything the sidebar shows, with offsets already in the document's UTF-16 units. */
function summarize_(results, paras, target) {
  var textOf = {};
  paras.forEach(function (p) { textOf[p.index] = p.text; });
  var emotions = {};
  var valence = 0;
  var total = 0;
  var arc = [];
  var drivers = [];
  var suggestions = [];
  var misses = {};  // why sentences that could move have no verified rewrite: count by reason
  results.forEach(function (r) {
    var text = textOf[r.index];
    var w = Array.from(text).length;
    total += w;
    Object.keys(r.emotions).forEach(function (e) {
      emotions[e] = (emotions[e] || 0) + r.emotions[e] * w;
    });
    valence += r.valence * w;
    arc.push({ index: r.index, dominant: r.dominant, valence: r.valence, emotions: r.emotions });
    (r.sentences || []).forEach(function (s) {
      Object.keys(s.drivers || {}).forEach(function (e) {
        if (s.labels.indexOf(e) < 0) return;
        s.drivers[e].forEach(function (d) {
          if (d.contribution <= 0) return;
          drivers.push({ index: r.index, emotion: e, text: d.text,
                         contribution: d.contribution,
                         start: toUtf16_(text, d.start), end: toUtf16_(text, d.end) });
        });
      });
      (s.suggestions || []).forEach(function (g) {
        suggestions.push({ index: r.index, original: g.original, replacement: g.replacement,
                           target: g.target, measure: g.measure, before: g.before,
                           after: g.after, similarity: g.similarity,
                           start: toUtf16_(text, g.start), end: toUtf16_(text, g.end) });
      });
      if (s.no_suggestion) {
        var why = s.no_suggestion.explanation;
        misses[why] = (misses[why] || 0) + 1;
      }
    });
  });
  Object.keys(emotions).forEach(function (e) { emotions[e] = emotions[e] / (total || 1); });
  drivers.sort(function (a, b) { return b.contribution - a.contribution; });
  return { emotions: emotions, valence: valence / (total || 1), arc: arc,
           drivers: drivers.slice(0, 50), suggestions: suggestions, misses: misses,
           target: target };
}

function paragraphAt_(index) {
  var all = DocumentApp.getActiveDocument().getBody().getParagraphs();
  if (index < 0 || index >= all.length) {
    throw new Error('That paragraph is gone; analyse again.');
  }
  return all[index];
}

/** Select a driving phrase in the document (clicked in the sidebar). */
function selectRange(index, start, end) {
  var doc = DocumentApp.getActiveDocument();
  var text = paragraphAt_(index).editAsText();
  doc.setSelection(doc.newRange().addElement(text, start, end - 1).build());
}

/**
 * Replace exactly the suggestion's range, after checking the text there is still the
 * text that was analysed, then re-analyse that paragraph.
 */
function applySuggestion(s) {
  var para = paragraphAt_(s.index);
  var current = para.getText();
  if (current.substring(s.start, s.end) !== s.original) {
    throw new Error('The text changed since the analysis ("' + s.original +
                    '" is no longer there); nothing was replaced. Analyse again.');
  }
  var text = para.editAsText();
  if (s.end > s.start) text.deleteText(s.start, s.end - 1);
  if (s.replacement) text.insertText(s.start, s.replacement);
  var paras = [{ index: s.index, text: para.getText() }];
  var target = getSettings().target;
  var res = callProxy_('/v1/analyze', { paragraphs: paras, explain: true, suggest: true,
                                        target: target });
  return summarize_(res.results, paras, target);
}

/** Colour the drivers by emotion, remembering each range's colour to undo it exactly. */
function setHighlights(on, drivers) {
  var props = PropertiesService.getDocumentProperties();
  var saved = JSON.parse(props.getProperty(HIGHLIGHTS_KEY) || '[]');
  saved.reverse().forEach(function (h) {  // undo in reverse order of application
    try {
      paragraphAt_(h.index).editAsText().setBackgroundColor(h.start, h.end - 1, h.previous);
    } catch (e) { /* the paragraph went away: nothing to restore */ }
  });
  props.deleteProperty(HIGHLIGHTS_KEY);
  if (!on) return 0;
  var applied = [];
  (drivers || []).forEach(function (d) {
    var text = paragraphAt_(d.index).editAsText();
    applied.push({ index: d.index, start: d.start, end: d.end,
                   previous: text.getBackgroundColor(d.start) || null });
    text.setBackgroundColor(d.start, d.end - 1, COLORS[d.emotion] || '#eeeeee');
  });
  props.setProperty(HIGHLIGHTS_KEY, JSON.stringify(applied));
  return applied.length;
}

if (typeof module !== 'undefined') {  // Node tests load this file as a module
  module.exports = { onOpen: onOpen, showSidebar: showSidebar, getSettings: getSettings,
                     saveSettings: saveSettings, analyzeDocument: analyzeDocument,
                     analyzeSelection: analyzeSelection, selectRange: selectRange,
                     applySuggestion: applySuggestion, setHighlights: setHighlights,
                     toUtf16_: toUtf16_ };
}
