// The flashpoint dashboard: reads the JSON API of the same server, draws with SVG and
// canvas, and builds every element with textContent (no HTML from data).
"use strict";

const TYPES = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
  "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE",
  "ASSAULT"];
const COLOURS = ["#c0392b", "#2563a8", "#2d9d5b", "#8e44ad", "#d35400", "#16a085", "#7f8c8d",
  "#b7950b"];
const SVG = "http://www.w3.org/2000/svg";
const PAGE = 25;
const DEFAULT_THRESHOLDS = { zscore: 3, cusum: 5 };
const state = { offset: 0, total: 0, chosen: new Set(), outlines: null };

const $ = (id) => document.getElementById(id);

function el(tag, text, attrs) {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) node.textContent = String(text);
  for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, v);
  return node;
}

function svg(tag, attrs) {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, String(v));
  return node;
}

async function api(path, params) {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params || {})) {
    if (v !== "" && v !== null && v !== undefined) query.set(k, v);
  }
  const response = await fetch(path + (query.size ? "?" + query : ""));
  const body = await response.json();
  if (!response.ok) throw new Error(body.detail ? JSON.stringify(body.detail) : response.statusText);
  return body;
}

function showError(error) {
  $("error").hidden = false;
  $("error").textContent = "Error: " + error.message;
}

function policy() {
  return { window: $("window").value, min_history: $("min-history").value,
    threshold: $("threshold").value, method: $("method").value };
}

function actorsText(actors) {
  return actors.map((a) => a.name || a.text).join(", ");
}

// --- escalation ---------------------------------------------------------------------

async function loadDyads() {
  const dyads = await api("/api/dyads", { limit: 12 });
  const box = $("dyads");
  box.replaceChildren();
  dyads.slice(0, 3).forEach((d) => state.chosen.add(d.key));
  for (const d of dyads) {
    const input = el("input", null, { type: "checkbox", value: d.key });
    input.checked = state.chosen.has(d.key);
    input.addEventListener("change", () => {
      if (input.checked) state.chosen.add(d.key); else state.chosen.delete(d.key);
      drawTimeline().catch(showError);
    });
    const label = el("label");
    label.append(input, ` ${d.key} (${d.happenings})`);
    box.append(label);
  }
  if (!dyads.length) box.append(el("span", "No dyads with both countries known yet.", { class: "note" }));
}

async function drawTimeline() {
  const chart = $("timeline");
  chart.replaceChildren();
  const keys = [...state.chosen];
  const all = await Promise.all(keys.map((dyad) => api("/api/series", { dyad, ...policy() })));
  const width = chart.clientWidth || 800, height = 260, pad = { l: 40, r: 10, t: 10, b: 28 };
  chart.setAttribute("viewBox", `0 0 ${width} ${height}`);
  const days = all.length ? all[0].days.map((d) => d.day) : [];
  const values = all.flatMap((s) => s.days.map((d) => d.index)).filter((v) => v !== null);
  const threshold = Number($("threshold").value);
  const top = Math.max(threshold + 1, ...values), bottom = Math.min(-1, ...values);
  const x = (i) => pad.l + (days.length > 1 ? (i * (width - pad.l - pad.r)) / (days.length - 1) : 0);
  const y = (v) => pad.t + ((top - v) * (height - pad.t - pad.b)) / (top - bottom);
  chart.append(svg("line", { class: "axis", x1: pad.l, x2: width - pad.r, y1: y(0), y2: y(0) }));
  chart.append(svg("line", { class: "axis", x1: pad.l, x2: pad.l, y1: pad.t, y2: height - pad.b }));
  chart.append(svg("line", { class: "threshold", x1: pad.l, x2: width - pad.r, y1: y(threshold),
    y2: y(threshold) }));
  for (const v of [bottom, 0, threshold, top]) {
    const label = svg("text", { x: 4, y: y(v) + 3 });
    label.textContent = v.toFixed(1);
    chart.append(label);
  }
  const step = Math.max(1, Math.ceil(days.length / 8));
  days.forEach((day, i) => {
    if (i % step) return;
    const label = svg("text", { x: x(i) - 18, y: height - 8 });
    label.textContent = day.slice(5);
    chart.append(label);
  });
  all.forEach((series, n) => {
    const colour = COLOURS[n % COLOURS.length];
    let path = "";
    series.days.forEach((d, i) => {
      if (d.index === null) return;
      path += (path && series.days[i - 1]?.index !== null ? "L" : "M") + `${x(i)},${y(d.index)}`;
    });
    if (path) chart.append(svg("path", { d: path, fill: "none", stroke: colour, "stroke-width": 2 }));
    series.days.forEach((d, i) => {
      if (!series.alerts.includes(d.day)) return;
      const ring = svg("circle", { class: "alert", cx: x(i), cy: y(d.index), r: 6 });
      const title = svg("title");
      title.textContent = `${series.key} ${d.day}: index ${d.index}, ${d.happenings} happening(s)`;
      ring.append(title);
      chart.append(ring);
    });
    const key = svg("text", { x: width - pad.r - 90, y: pad.t + 12 + 12 * n, fill: colour });
    key.textContent = series.key;
    chart.append(key);
  });
}

async function loadAlerts() {
  const alerts = await api("/api/alerts", policy());
  const body = $("alerts-table").tBodies[0];
  body.replaceChildren();
  for (const a of alerts.slice(0, 100)) {
    const row = el("tr");
    for (const v of [a.day, a.dyad, a.index.toFixed(1), a.happenings, a.conflict.toFixed(1),
      a.baseline.toFixed(2)]) row.append(el("td", v));
    row.addEventListener("click", () => {
      $("filter-dyad").value = a.dyad;
      $("filter-start").value = a.day;
      $("filter-end").value = a.day;
      state.offset = 0;
      loadEvents().catch(showError);
    });
    body.append(row);
  }
  $("alerts-empty").hidden = alerts.length > 0;
}

// --- map ----------------------------------------------------------------------------

// Country outlines (GeoJSON, degrees), loaded once and drawn in the points' projection.
function drawOutlines(ctx, project) {
  ctx.fillStyle = "#fbfaf5";
  ctx.strokeStyle = "#98a6b3";
  ctx.lineWidth = 0.6;
  for (const feature of state.outlines.features) {
    const { type, coordinates } = feature.geometry;
    const polygons = type === "Polygon" ? [coordinates] : coordinates;
    ctx.beginPath();
    for (const rings of polygons) {
      for (const ring of rings) {
        ring.forEach(([lon, lat], i) => {
          const [px, py] = project(lat, lon);
          if (i) ctx.lineTo(px, py); else ctx.moveTo(px, py);
        });
        ctx.closePath();
      }
    }
    ctx.fill("evenodd");
    ctx.stroke();
  }
}

async function drawMap() {
  const [points, outlines] = await Promise.all([api("/api/map", filters()),
    state.outlines || api("/api/outlines")]);
  state.outlines = outlines;
  const canvas = $("map"), ctx = canvas.getContext("2d");
  const w = canvas.width, h = canvas.height;
  const project = (lat, lon) => [((lon + 180) / 360) * w, ((90 - lat) / 180) * h];
  ctx.clearRect(0, 0, w, h);
  drawOutlines(ctx, project);
  canvas.dataset.countries = String(outlines.features.length);
  ctx.strokeStyle = "#c5d1dc";
  ctx.lineWidth = 1;
  for (let lon = -180; lon <= 180; lon += 30) {
    const [px] = project(0, lon);
    ctx.beginPath(); ctx.moveTo(px, 0); ctx.lineTo(px, h); ctx.stroke();
  }
  for (let lat = -90; lat <= 90; lat += 30) {
    const [, py] = project(lat, 0);
    ctx.beginPath(); ctx.moveTo(0, py); ctx.lineTo(w, py); ctx.stroke();
  }
  for (const p of points) {
    const [px, py] = project(p.lat, p.lon);
    ctx.beginPath();
    ctx.arc(px, py, 2 + 2 * Math.sqrt(p.happenings), 0, 2 * Math.PI);
    ctx.fillStyle = (p.goldstein_mean ?? 0) < 0 ? "rgba(192,57,43,0.6)" : "rgba(37,99,168,0.6)";
    ctx.fill();
  }
  canvas.dataset.points = String(points.length);
}

// --- network ------------------------------------------------------------------------

// Red for conflict, blue for cooperation, through purple (balance -1 ... +1).
function balanceColour(balance) {
  const t = (balance + 1) / 2;
  const mix = (a, b) => Math.round(a + (b - a) * t);
  return `rgb(${mix(192, 37)},${mix(57, 99)},${mix(43, 168)})`;
}

async function drawNetwork() {
  const net = await api("/api/network", { limit: 60 });
  const chart = $("network");
  chart.replaceChildren();
  const width = 720, height = 460, cx = width / 2, cy = height / 2;
  const radius = Math.min(cx, cy) - 40;
  chart.setAttribute("viewBox", `0 0 ${width} ${height}`);
  const weight = new Map();
  for (const e of net.edges) {
    weight.set(e.source, (weight.get(e.source) || 0) + e.happenings);
    weight.set(e.target, (weight.get(e.target) || 0) + e.happenings);
  }
  // The busiest actors first, around the circle clockwise from the top.
  const ids = [...weight.keys()].sort((a, b) => weight.get(b) - weight.get(a) || a.localeCompare(b));
  const at = new Map(ids.map((id, i) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / Math.max(ids.length, 1);
    return [id, [cx + radius * Math.cos(angle), cy + radius * Math.sin(angle), angle]];
  }));
  const labels = new Map(net.nodes.map((n) => [n.id, n.label]));
  const most = Math.max(1, ...net.edges.map((e) => e.happenings));
  const defs = svg("defs");
  chart.append(defs);
  net.edges.forEach((e, n) => {
    const [x1, y1] = at.get(e.source), [x2, y2] = at.get(e.target);
    const colour = balanceColour(e.balance);
    const marker = svg("marker", { id: `arrow-${n}`, viewBox: "0 0 10 10", refX: 10, refY: 5,
      markerWidth: 6, markerHeight: 6, orient: "auto-start-reverse" });
    marker.append(svg("path", { d: "M0,0L10,5L0,10z", fill: colour }));
    defs.append(marker);
    // A slight bend, so that A->B and B->A are two arcs; stop short of the node.
    const dx = x2 - x1, dy = y2 - y1, length = Math.hypot(dx, dy) || 1;
    const ex = x2 - (dx / length) * 7, ey = y2 - (dy / length) * 7;
    const mx = (x1 + ex) / 2 - dy * 0.12, my = (y1 + ey) / 2 + dx * 0.12;
    const path = svg("path", { class: "edge", d: `M${x1},${y1}Q${mx},${my} ${ex},${ey}`,
      stroke: colour, "stroke-width": 0.8 + 5 * Math.sqrt(e.happenings / most),
      "marker-end": `url(#arrow-${n})` });
    const title = svg("title");
    title.textContent = `${e.source} → ${e.target}: ${e.happenings} happening(s), ` +
      `${e.cooperation} cooperation, ${e.conflict} conflict, Goldstein mean ${e.goldstein_mean}`;
    path.append(title);
    chart.append(path);
  });
  for (const id of ids) {
    const [x, y, angle] = at.get(id);
    const node = svg("circle", { class: "node", cx: x, cy: y, r: 3 + 2 * Math.sqrt(weight.get(id) / most) });
    const title = svg("title");
    title.textContent = `${labels.get(id) || id}: ${weight.get(id)} happening(s)`;
    node.append(title);
    chart.append(node);
    const right = Math.cos(angle) >= 0;
    const label = svg("text", { x: x + (right ? 8 : -8) * 1, y: y + 3 + 8 * Math.sin(angle),
      "text-anchor": right ? "start" : "end" });
    label.textContent = labels.get(id) || id;
    chart.append(label);
  }
  if (!net.edges.length) {
    const empty = svg("text", { x: cx, y: cy, "text-anchor": "middle" });
    empty.textContent = "No actor pairs yet.";
    chart.append(empty);
  }
  chart.dataset.nodes = String(ids.length);
  chart.dataset.edges = String(net.edges.length);
}

// --- events and articles ------------------------------------------------------------

function filters() {
  return { q: $("filter-q").value, type: $("filter-type").value,
    country: $("filter-country").value.trim(), dyad: $("filter-dyad").value.trim(),
    modality: $("filter-modality").value, start: $("filter-start").value,
    end: $("filter-end").value };
}

async function loadEvents() {
  const page = await api("/api/events", { ...filters(), limit: PAGE, offset: state.offset });
  state.total = page.total;
  const body = $("events-table").tBodies[0];
  body.replaceChildren();
  for (const e of page.items) {
    const row = el("tr", null, { "data-doc": e.doc, "data-event": e.id });
    const where = e.location ? e.location.name || e.location.text : "";
    for (const v of [e.day || "", e.type + (e.mode ? "/" + e.mode : ""), actorsText(e.sources),
      actorsText(e.targets), e.trigger.text, where, e.modality, e.sentence.text]) {
      row.append(el("td", v));
    }
    row.addEventListener("click", () => openArticle(e.doc, e.id).catch(showError));
    body.append(row);
  }
  const last = Math.min(state.offset + PAGE, page.total);
  $("events-count").textContent = page.total
    ? `${state.offset + 1}–${last} of ${page.total} events` : "No events match.";
  $("prev").disabled = state.offset === 0;
  $("next").disabled = last >= page.total;
  await drawMap();
}

// Split the text at every span boundary; each piece is marked with every span over it.
function highlighted(text, spans) {
  const cuts = new Set([0, text.length]);
  for (const s of spans) { cuts.add(s.start); cuts.add(s.end); }
  const points = [...cuts].sort((a, b) => a - b);
  const out = document.createDocumentFragment();
  for (let i = 0; i + 1 < points.length; i++) {
    const [a, b] = [points[i], points[i + 1]];
    const over = spans.filter((s) => s.start <= a && s.end >= b);
    if (!over.length) { out.append(text.slice(a, b)); continue; }
    const mark = el("mark", text.slice(a, b), {
      class: "hl " + [...new Set(over.map((s) => s.kind))].join(" "),
      title: over.map((s) => `${s.kind}: ${s.label}`).join("\n"),
      "data-events": over.filter((s) => s.event !== null).map((s) => s.event).join(" "),
    });
    out.append(mark);
  }
  return out;
}

function activate(n) {
  for (const li of $("article-events").children) li.classList.toggle("active", li.dataset.n === String(n));
  for (const mark of $("article-text").querySelectorAll("mark")) {
    mark.classList.toggle("active", mark.dataset.events.split(" ").includes(String(n)));
  }
}

async function openArticle(doc, eventId) {
  const view = await api("/api/documents/" + encodeURIComponent(doc));
  $("article").hidden = false;
  $("article-title").textContent = view.title || view.id;
  $("article-meta").textContent = [view.published, view.source, view.url || view.origin,
    `${view.events.length} events, ${view.places.length} place mentions`].filter(Boolean).join(" · ");
  $("article-text").replaceChildren(highlighted(view.text, view.spans));
  const list = $("article-events");
  list.replaceChildren();
  view.events.forEach((e, n) => {
    const li = el("li", null, { "data-n": String(n), "data-event": e.id });
    li.append(el("strong", `${e.type}${e.mode ? "/" + e.mode : ""}`),
      ` ${actorsText(e.sources) || "?"} → ${actorsText(e.targets) || "?"}: “${e.trigger.text}”` +
      ` (${e.modality}${e.date ? ", " + e.date : ""}${e.location ? ", " + (e.location.name || e.location.text) : ""}` +
      `, Goldstein ${e.goldstein})`);
    li.addEventListener("click", () => activate(n));
    list.append(li);
  });
  const chosen = view.events.findIndex((e) => e.id === eventId);
  if (chosen >= 0) activate(chosen);
  $("article").scrollIntoView();
}

// --- start --------------------------------------------------------------------------

async function start() {
  for (const t of TYPES) $("filter-type").append(el("option", t));
  const summary = await api("/api/summary");
  $("summary").textContent = `${summary.documents} documents · ${summary.events} events · ` +
    `${summary.clusters} happenings` + (summary.first_day ? ` · ${summary.first_day} to ${summary.last_day}` : "");
  $("filters").addEventListener("submit", (ev) => {
    ev.preventDefault(); state.offset = 0; loadEvents().catch(showError);
  });
  $("method").addEventListener("change", () => {
    $("threshold").value = DEFAULT_THRESHOLDS[$("method").value];
  });
  $("escalation-form").addEventListener("submit", (ev) => {
    ev.preventDefault(); Promise.all([drawTimeline(), loadAlerts()]).catch(showError);
  });
  $("prev").addEventListener("click", () => { state.offset = Math.max(0, state.offset - PAGE); loadEvents().catch(showError); });
  $("next").addEventListener("click", () => { state.offset += PAGE; loadEvents().catch(showError); });
  await loadDyads();
  await Promise.all([drawTimeline(), loadAlerts(), loadEvents(), drawNetwork()]);
  document.body.dataset.ready = "true";
}

start().catch(showError);
