// The manager dashboard: call-list coverage per advisor, areas with their concrete problems
// (counts, weekly trend, cost, owners and status; the area's row sums them up and expands
// to its problems; an area of one problem is just that problem's row), praise apart,
// the cost ranking by area, and a drill-down to each problem's quotes and history.
"use strict";

(function () {
  const session = requireSession();
  if (!session) return;
  const $ = (id) => document.getElementById(id);
  const managerView = $("manager-view");
  const errorBox = $("dashboard-error");
  const details = new Map(); // theme id -> GET /themes/{id}
  let themes = []; // every problem and praise theme, flat (GET /themes/areas, unnested)
  let areas = []; // problem areas, each with its problems, costliest first
  let praise = []; // praise areas, apart from problems
  const expanded = new Set(); // areas whose problems are shown ("kind:id"), kept across reloads
  const areaKey = (a) => (a ? `${a.area_kind}:${a.id}` : "");

  function showError(message) {
    errorBox.textContent = message;
    errorBox.hidden = false;
  }

  function forbid(message) {
    managerView.hidden = true;
    const box = $("forbidden");
    box.replaceChildren(message + " ", el("a", { href: "/web/chat" }, "Go to the chat"), ".");
    box.hidden = false;
  }

  async function start() {
    let me = null;
    try {
      me = await api("/auth/me");
    } catch (e) {
      if (e.status !== 401) showError(e.message);
      return;
    }
    fillHeader(Object.assign({}, session, { role: me.role }), me);
    if (!Auth.isManager(me)) {
      forbid("The dashboard is for branch managers and head office.");
      return;
    }
    managerView.hidden = false;
    $("period").addEventListener("change", () => loadThemes());
    await Promise.all([loadCoverage(), loadThemes()]);
  }

  async function loadCoverage() {
    let report;
    try {
      report = await api("/dashboard/coverage");
    } catch (e) {
      if (e.status === 403) forbid(e.message);
      else showError(e.message);
      return;
    }
    $("coverage-note").textContent = `As of ${report.as_of}. Overdue: past the contact frequency ` +
      `of the customer's tier. Due soon: due within ${report.due_within_days} days. ` +
      `Contacted: in the last ${report.contacted_within_days} days. Catch-up: customers never ` +
      `contacted yet and the working days until they are all called.`;
    const rows = report.advisors.map((a) => {
      const share = a.covered_share;
      const meter = el("meter", { min: 0, max: 1, low: 0.7, high: 0.9, optimum: 1,
        value: share === null ? 0 : share, "aria-label": `Covered share for ${a.name}` });
      return el("tr", {},
        el("th", { scope: "row" }, a.name, " ", el("small", {}, a.advisor_id)),
        el("td", { class: "num" }, a.customers),
        el("td", { class: "num" }, a.planned),
        el("td", { class: a.overdue ? "num warn" : "num" }, a.overdue),
        el("td", { class: "num" }, a.due_soon),
        el("td", { class: "num" }, a.contacted),
        el("td", { class: "num" }, a.backlog ? `${a.backlog} in ${a.catch_up_days} days` : "—"),
        el("td", {}, meter, " ", Format.percent(share)));
    });
    $("coverage-table").tBodies[0].replaceChildren(...rows);
    if (!rows.length) {
      $("coverage-table").tBodies[0].append(el("tr", {}, el("td", { colspan: 8 }, "No advisors to show.")));
    }
  }

  async function loadThemes() {
    const period = $("period").value;
    let listed;
    try {
      listed = await api(`/themes/areas?period=${encodeURIComponent(period)}`);
    } catch (e) {
      showError(e.message);
      return;
    }
    areas = listed.areas;
    praise = listed.praise;
    themes = [...areas, ...praise].flatMap((a) => a.problems);
    $("themes-empty").hidden = themes.length > 0;
    // Details carry the weekly series for the trend lines; a bank has a few dozen themes.
    await Promise.all(themes.slice(0, 40).map(async (t) => {
      try {
        details.set(t.id, await api(`/themes/${t.id}`));
      } catch (e) {
        details.delete(t.id);
      }
    }));
    renderThemes();
    renderCost();
  }

  // A problem's row; `alone` when it is its area's only problem (then its area's name, if
  // other than the problem's, is said under it instead of repeating the figures in a row).
  function problemRow(t, { alone = false, area = null } = {}) {
    const detail = details.get(t.id);
    const note = alone && area && area.label && area.label !== t.label && area.id
      ? el("small", { class: "area-note" }, ` · ${area.label}`) : null;
    return el("tr", { class: alone ? "problem-row single-area" : "problem-row",
                     "data-theme": t.id, hidden: !alone && !expanded.has(areaKey(area)) },
      el("th", { scope: "row" }, el("button", { type: "button", class: "link-button",
        onclick: () => openTheme(t.id), "aria-controls": "theme-detail" }, t.label), note),
      el("td", { class: "num" }, t.size),
      el("td", {}, detail ? Charts.sparkline(detail.series.week, t.label) : null, " ",
        el("span", { class: "trend" }, trendText(t.trend))),
      el("td", { class: "num" }, Format.money(t.cost.total, t.cost.currency)),
      el("td", {}, t.business_owner || el("span", { class: "muted" }, "none")),
      el("td", {}, t.solution_owner || el("span", { class: "muted" }, "none")),
      el("td", {}, el("span", { class: `status status-${t.status}` }, Format.words(t.status))));
  }

  // An area's row: its problems' figures rolled up (sums; the worst status; their owners);
  // its name is a button that shows or hides the problems under it.
  function areaRow(a, group) {
    const problems = `${a.problem_count} problems`;
    const unowned = a.unowned_problems ? `${a.unowned_problems} without owner` : "";
    const open = expanded.has(areaKey(a));
    const toggle = el("button", { type: "button", class: "link-button area-toggle",
      "aria-expanded": open ? "true" : "false" }, open ? "▾ " : "▸ ", a.label);
    toggle.addEventListener("click", () => {
      const now = !expanded.has(areaKey(a));
      if (now) expanded.add(areaKey(a)); else expanded.delete(areaKey(a));
      toggle.setAttribute("aria-expanded", now ? "true" : "false");
      toggle.firstChild.textContent = now ? "▾ " : "▸ ";
      group.querySelectorAll("tr.problem-row").forEach((row) => { row.hidden = !now; });
    });
    return el("tr", { class: "area-row" },
      el("th", { scope: "rowgroup" }, toggle, " ", el("small", {}, problems)),
      el("td", { class: "num" }, a.size),
      el("td", {}, el("span", { class: "trend" }, trendText(a.trend))),
      el("td", { class: "num" }, Format.money(a.cost.total, a.cost.currency)),
      el("td", { colspan: 2 }, a.owners.join(", "), a.owners.length && unowned ? "; " : "",
        unowned ? el("span", { class: "muted" }, unowned) : ""),
      el("td", {}, el("span", { class: `status status-${a.status}` }, Format.words(a.status))));
  }

  // One group per area: an area of several problems is a summary row that expands to its
  // problems; an area of one problem is that problem's row alone (the same figures twice
  // would be noise).
  function areaGroup(a) {
    const group = el("tbody", { class: "area", "data-area": areaKey(a) });
    if (a.problems.length === 1) {
      group.append(problemRow(a.problems[0], { alone: true, area: a }));
    } else {
      group.append(areaRow(a, group), ...a.problems.map((t) => problemRow(t, { area: a })));
    }
    return group;
  }

  function renderThemes() {
    const table = $("themes-table");
    [...table.tBodies].forEach((b) => b.remove());
    table.append(...areas.map(areaGroup));
    const praised = $("praise-table");
    [...praised.tBodies].forEach((b) => b.remove());
    praised.append(...praise.map(areaGroup));
    $("praise-section").hidden = praise.length === 0;
  }

  function trendText(trend) {
    const words = { rising: "↑ rising", falling: "↓ falling", steady: "→ steady", new: "new",
      quiet: "quiet" };
    return `${words[trend.direction] || trend.direction} (${trend.current} vs ${trend.previous})`;
  }

  function renderCost() {
    // Areas, not problems: a manager first sees where the money goes, then drills down.
    const ranked = areas.map((a) => ({ label: a.label, value: Number(a.cost.total) || 0,
      currency: a.cost.currency })).sort((a, b) => b.value - a.value).slice(0, 12);
    const box = $("cost-chart");
    if (!ranked.length) {
      box.replaceChildren(el("p", { class: "muted" }, "No themes yet."));
      return;
    }
    const currency = ranked[0].currency;
    box.replaceChildren(Charts.bars(ranked, "Cost of each area, largest first",
      (v) => Format.money(v, currency)));
  }

  async function openTheme(id, note) {
    let t = details.get(id);
    try {
      t = await api(`/themes/${id}`);
      details.set(id, t);
    } catch (e) {
      if (!t) {
        showError(e.message);
        return;
      }
    }
    const panel = $("theme-detail");
    $("detail-heading").textContent = `Theme: ${t.label}`;
    const cost = t.cost;
    const money = (v) => Format.money(v, cost.currency);
    const chartBox = el("div", { class: "chart-box" });
    const pickers = ["week", "month"].map((which) => el("button", { type: "button",
      "aria-pressed": which === "week" ? "true" : "false", onclick: () => drawChart(which) },
      which === "week" ? "Weekly" : "Monthly"));
    const drawChart = (which) => {
      chartBox.replaceChildren(Charts.trend(t.series[which], `Statements per ${which} about ${t.label}`,
        `${which} starting (month-day)`));
      pickers.forEach((b) => b.setAttribute("aria-pressed",
        String(b.textContent === (which === "week" ? "Weekly" : "Monthly"))));
    };
    const periodPick = el("div", { class: "inline-form", role: "group", "aria-label": "Trend by" },
      pickers);
    drawChart("week");
    const parts = [
      el("p", {}, `${t.area_label ? `Area: ${t.area_label} · ` : ""}${t.size} statements · ` +
        `${trendText(t.trend)} · keywords: ${(t.keywords || []).join(", ")}`),
      el("h3", {}, "Trend"), periodPick, chartBox,
      el("h3", {}, "Cost"),
      el("dl", { class: "facts" },
        el("dt", {}, "Total"), el("dd", {}, money(cost.total)),
        el("dt", {}, "Compensation paid"), el("dd", {}, money(cost.compensation)),
        el("dt", {}, "Handling"), el("dd", {}, `${money(cost.handling)} (${cost.contacts} contacts)`),
        el("dt", {}, "Revenue at risk"),
        el("dd", {}, `${money(cost.revenue_at_risk)} (${cost.customers_at_risk} customers)`)),
      el("h3", {}, "What customers said"),
      (t.quotes || []).length ? el("ul", { class: "quotes" },
        t.quotes.map((q) => el("li", {}, el("blockquote", {}, q)))) : el("p", { class: "muted" }, "No quotes."),
      el("h3", {}, "Owners and status"),
      ownersForm(t, note),
      (t.history || []).length ? el("details", {}, el("summary", {}, "History of changes"),
        el("ul", {}, t.history.map((h) => el("li", {},
          `${h.at.slice(0, 10)} ${h.by || ""}: ${Format.words(h.field)} ${h.old || "–"} → ${h.new || "–"}`)))) : null];
    $("detail-body").replaceChildren(...parts.filter(Boolean));
    panel.hidden = false;
    panel.focus();
  }

  function ownersForm(t, note) {
    const id = (name) => `theme-${t.id}-${name}`;
    const message = el("p", { role: "status", class: "muted" }, note || "");
    const statusSelect = el("select", { id: id("status"), name: "status" },
      ["open", "in_progress", "resolved"].map((s) => el("option",
        { value: s, selected: s === t.status }, Format.words(s))));
    const form = el("form", { class: "owners-form" },
      el("p", {}, `Business owner: ${t.business_owner || "none"} · Solution owner: ${t.solution_owner || "none"}`),
      el("div", { class: "field" }, el("label", { for: id("status") }, "Status"), statusSelect),
      el("div", { class: "field" }, el("label", { for: id("business") }, "New business owner (staff id)"),
        el("input", { id: id("business"), name: "business_owner_id", maxlength: 64, autocomplete: "off" })),
      el("div", { class: "field" }, el("label", { for: id("solution") }, "New solution owner (staff id)"),
        el("input", { id: id("solution"), name: "solution_owner_id", maxlength: 64, autocomplete: "off" })),
      el("button", { type: "submit" }, "Save"), message);
    form.addEventListener("submit", async (event) => {
      event.preventDefault();
      const body = { status: statusSelect.value };
      for (const name of ["business_owner_id", "solution_owner_id"]) {
        const value = form.elements[name].value.trim();
        if (value) body[name] = value;
      }
      try {
        await api(`/themes/${t.id}`, { method: "PATCH", body });
        await loadThemes();
        await openTheme(t.id, "Saved.");
      } catch (e) {
        message.textContent = e.message;
      }
    });
    return form;
  }

  start();
})();
