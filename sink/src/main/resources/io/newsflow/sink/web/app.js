// newsflow web page: plain JS over the sink's JSON API (/api/...). All text goes in through textContent,
// never innerHTML, so stored text cannot inject markup.
'use strict';

const $ = (id) => document.getElementById(id);

function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined) continue;
    if (k === 'class') e.className = v;
    else if (k === 'text') e.textContent = v;
    else if (k.startsWith('data-')) e.setAttribute(k, v);
    else e[k] = v;
  }
  for (const c of children) {
    if (c !== null && c !== undefined) e.append(c);
  }
  return e;
}

async function api(path, params) {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params || {})) {
    if (v) query.set(k, v);
  }
  const url = path + (query.toString() ? '?' + query : '');
  const response = await fetch(url, { headers: { Accept: 'application/json' } });
  const body = await response.json();
  if (!response.ok) {
    const where = body.parameter ? ' (' + body.parameter + ')' : '';
    throw new Error(body.message + where);
  }
  return body;
}

function status(text, isError) {
  const s = $('status');
  s.textContent = text;
  s.classList.toggle('error', !!isError);
}

const day = (iso) => (iso ? iso.slice(0, 10) : '');
const articleHref = (q) => '/article.html?' + new URLSearchParams({ id: q.articleId, quote: q.id });
const speakerHref = (id) => '/speaker.html?' + new URLSearchParams({ id });

function quoteItem(q) {
  const speaker = q.speakerId
    ? el('a', { class: 'speaker', href: speakerHref(q.speakerId), text: q.speaker || q.speakerMention || q.speakerId })
    : el('span', { class: 'speaker', text: q.speaker || q.speakerMention || 'unknown speaker' });
  return el('li', { class: 'quote-hit', 'data-quote-id': q.id },
    el('blockquote', {}, el('a', { class: 'quote-link', href: articleHref(q), text: q.text })),
    el('p', { class: 'cite' }, speaker,
      q.speakerRole ? el('span', { class: 'role', text: ', ' + q.speakerRole }) : null,
      ' · ', el('a', { class: 'article-link', href: articleHref(q), text: q.articleTitle || q.articleUrl }),
      ' · ', el('time', { datetime: q.quoteTime, text: day(q.quoteTime) })));
}

/** Shows a page of quotes and wires the "more" button to fetch the next one with the same filters. */
function showQuotes(page, params, append) {
  const list = $('results');
  if (!append) list.replaceChildren();
  for (const q of page.quotes) list.append(quoteItem(q));
  const shown = list.children.length;
  status(shown === 0 ? 'No quotes found.' : shown + (page.next ? '+' : '') + ' quote' + (shown === 1 ? '' : 's') + ' shown.');
  const more = $('more');
  more.hidden = !page.next;
  more.onclick = async () => {
    try {
      showQuotes(await api('/api/quotes', { ...params, cursor: page.next }), params, true);
    } catch (e) { status(e.message, true); }
  };
}

function countList(list, items, label, href) {
  list.replaceChildren(...items.map((t) =>
    el('li', {}, el('a', { href: href(t), text: label(t) }), ' ', el('span', { class: 'count', text: String(t.articles ?? t.quoteCount) }))));
}

// ---- search page
const FIELDS = ['q', 'speaker', 'entity', 'topic', 'from', 'to'];

async function searchPage() {
  const form = $('search');
  const url = new URLSearchParams(location.search);
  for (const f of FIELDS) form.elements[f].value = url.get(f) || '';
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const params = {};
    for (const f of FIELDS) if (form.elements[f].value.trim()) params[f] = form.elements[f].value.trim();
    history.pushState(null, '', '/?' + new URLSearchParams(params));
    runSearch(params);
  });
  let typed;
  $('speaker').addEventListener('input', () => {
    clearTimeout(typed);
    typed = setTimeout(async () => {
      const prefix = $('speaker').value.trim();
      if (!prefix) return;
      try {
        const found = await api('/api/speakers', { q: prefix, limit: 10 });
        $('speaker-names').replaceChildren(...found.speakers.filter((s) => s.name).map((s) => el('option', { value: s.name })));
      } catch (e) { /* suggestions are optional */ }
    }, 200);
  });
  window.addEventListener('popstate', () => location.reload());
  const params = Object.fromEntries(FIELDS.filter((f) => url.get(f)).map((f) => [f, url.get(f)]));
  runSearch(params);
  try {
    const [speakers, topics] = await Promise.all([api('/api/speakers', { limit: 10 }), api('/api/topics', { limit: 10 })]);
    countList($('top-speakers'), speakers.speakers, (s) => s.name || s.id, (s) => speakerHref(s.id));
    countList($('top-topics'), topics.keyphrases, (t) => t.phrase, (t) => '/?' + new URLSearchParams({ topic: t.phrase }));
    countList($('top-entities'), topics.entities, (t) => t.name, (t) => '/?' + new URLSearchParams({ entity: t.name }));
  } catch (e) { status(e.message, true); }
}

async function runSearch(params) {
  status('Searching…');
  try {
    showQuotes(await api('/api/quotes', { ...params, limit: 20 }), { ...params, limit: 20 }, false);
  } catch (e) {
    $('results').replaceChildren();
    $('more').hidden = true;
    status(e.message, true);
  }
}

// ---- speaker page
async function speakerPage() {
  const id = new URLSearchParams(location.search).get('id');
  if (!id) { status('No speaker given.', true); return; }
  let s;
  try {
    s = await api('/api/speakers/' + encodeURIComponent(id), { limit: 20 });
  } catch (e) { $('speaker-name').textContent = 'Speaker not found'; status(e.message, true); return; }
  document.title = 'newsflow · ' + (s.name || s.id);
  $('speaker-name').textContent = s.name || s.id;
  $('speaker-meta').textContent = s.quoteCount + ' quote' + (s.quoteCount === 1 ? '' : 's')
    + (s.aliases.length > 1 ? ' · also named ' + s.aliases.filter((a) => a !== s.name).join(', ') : '');
  const max = Math.max(1, ...s.timeline.map((m) => m.quotes));
  $('timeline').replaceChildren(...s.timeline.map((m) => {
    const bar = el('div', { class: 'bar', title: m.month + ': ' + m.quotes + ' quotes' });
    bar.style.height = Math.max(4, Math.round((100 * m.quotes) / max)) + 'px';
    return el('div', { class: 'month' }, el('span', { class: 'count', text: String(m.quotes) }), bar, el('span', { class: 'label', text: m.month }));
  }));
  countList($('top-topics'), s.topTopics, (t) => t.phrase, (t) => '/?' + new URLSearchParams({ speaker: s.id, topic: t.phrase }));
  showQuotes({ quotes: s.quotes, next: s.next }, { speaker: s.id, limit: 20 }, false);
}

// ---- article page

/** Blocks of the article text (title, then paragraphs) with their offsets in the text quotes index. */
function blocks(a) {
  const out = [];
  let offset = 0;
  a.text.split('\n').forEach((line, i) => {
    out.push({ isTitle: a.title !== null && i === 0, text: line, start: offset, end: offset + line.length });
    offset += line.length + 1;
  });
  return out;
}

/** Appends a block's text to {@code node}, wrapping the parts inside quotes in <mark data-quote-id>. */
function renderBlock(node, block, quotes) {
  const cuts = new Set([block.start, block.end]);
  for (const q of quotes) {
    if (q.s > block.start && q.s < block.end) cuts.add(q.s);
    if (q.e > block.start && q.e < block.end) cuts.add(q.e);
  }
  const points = [...cuts].sort((x, y) => x - y);
  for (let i = 0; i + 1 < points.length; i++) {
    const [from, to] = [points[i], points[i + 1]];
    const piece = block.text.slice(from - block.start, to - block.start);
    const covering = quotes.filter((q) => q.s <= from && q.e >= to);
    if (covering.length === 0) {
      node.append(piece);
    } else {
      const q = covering[0];
      node.append(el('mark', { class: 'quote', 'data-quote-id': q.id, title: q.speaker ? q.speaker + ' ' + (q.cue || 'said') : '', text: piece }));
    }
  }
}

function select(quoteId) {
  document.querySelectorAll('.current').forEach((n) => n.classList.remove('current'));
  const marks = document.querySelectorAll('mark.quote[data-quote-id="' + CSS.escape(quoteId) + '"]');
  marks.forEach((m) => m.classList.add('current'));
  const item = document.querySelector('#article-quotes li[data-quote-id="' + CSS.escape(quoteId) + '"]');
  if (item) item.classList.add('current');
  if (marks.length) marks[0].scrollIntoView({ block: 'center' });
}

async function articlePage() {
  const url = new URLSearchParams(location.search);
  const id = url.get('id');
  if (!id) { status('No article given.', true); return; }
  let a;
  try {
    a = await api('/api/articles/' + encodeURIComponent(id));
  } catch (e) { $('article-title').textContent = 'Article not found'; status(e.message, true); return; }
  document.title = 'newsflow · ' + (a.title || a.id);
  // offsets outside the text are clamped; empty ranges are not highlighted
  const quotes = a.quotes.map((q) => ({ ...q, s: Math.max(0, Math.min(q.start, a.text.length)), e: Math.max(0, Math.min(q.end, a.text.length)) }))
    .filter((q) => q.e > q.s);
  const body = $('article-body');
  body.replaceChildren();
  const title = $('article-title');
  title.replaceChildren();
  for (const b of blocks(a)) {
    if (b.isTitle) { renderBlock(title, b, quotes); continue; }
    if (b.text.trim() === '') continue;
    const p = el('p');
    renderBlock(p, b, quotes);
    body.append(p);
  }
  if (a.title === null) title.textContent = a.url;
  $('article-meta').replaceChildren(
    a.byline ? a.byline + ' · ' : '', el('time', { datetime: a.publishedAt, text: day(a.publishedAt || a.fetchedAt) }),
    ' · ', el('a', { href: a.url, rel: 'noopener noreferrer', text: a.source || a.url }));
  $('article-category').textContent = a.category ? a.category.label + ' (' + a.category.code + ')' : 'none';
  $('article-keyphrases').replaceChildren(...a.keyphrases.map((k) => el('li', {}, el('a', { href: '/?' + new URLSearchParams({ topic: k.phrase }), text: k.phrase }))));
  $('article-entities').replaceChildren(...a.entities.map((e) => el('li', {}, el('a', { href: '/?' + new URLSearchParams({ entity: e.name }), text: e.name }), el('span', { class: 'type', text: ' ' + e.type }))));
  $('article-quotes').replaceChildren(...a.quotes.map((q) => {
    const item = el('li', { 'data-quote-id': q.id },
      el('a', { href: '#', class: 'jump', text: '“' + q.text + '”' }),
      el('p', { class: 'cite' }, q.speakerId ? el('a', { href: speakerHref(q.speakerId), text: q.speaker || q.speakerId }) : (q.speaker || 'unknown speaker')));
    item.querySelector('.jump').addEventListener('click', (event) => { event.preventDefault(); select(q.id); });
    return item;
  }));
  status(a.quotes.length + ' quote' + (a.quotes.length === 1 ? '' : 's') + ' highlighted.');
  if (url.get('quote')) select(url.get('quote'));
}

const PAGES = { search: searchPage, speaker: speakerPage, article: articlePage };
document.addEventListener('DOMContentLoaded', () => PAGES[document.body.dataset.page]());
