// Renders the actions' structured payloads (the `custom` messages) for the web chat:
// a call list as a table with its reasons, a customer profile as a card, themes as a table.
// Every value is inserted as text (el() never parses HTML), so customer data cannot inject markup.
"use strict";

const Render = {
  // One payload -> a DOM node by its `type` (knowledge/answer.py), or null when the text
  // answer already says everything.
  payload(custom, onChoose) {
    if (!custom || typeof custom !== "object") return null;
    switch (custom.type) {
      case "customer_profile": return this.profile(custom);
      case "customer_choice": return this.choices(custom, onChoose);
      case "customer_holdings": return this.holdings(custom.holdings);
      case "themes_summary":
      case "themes_costliest": return this.themes(custom.themes);
      case "theme": return this.theme(custom);
      case "call_list": return this.callList(custom);
      case "rate_event_affected": return this.affected(custom);
      case "call_explanation": return this.why(custom);
      default: return null;
    }
  },

  reasonList(reasons) {
    return el("ul", { class: "reasons" },
      (reasons || []).map((r) => el("li", {},
        el("span", { class: "reason-code" }, Format.words(r.code)), " ", r.text)));
  },

  callList(list) {
    if (!list.items.length) return null;
    const offset = Number(list.offset || 0);
    const caption = `Call list for ${list.as_of}` +
      (list.total ? ` — ${list.items.length} of ${list.total}` : "") +
      (list.has_more ? " (say “show me more” for the next ones)" : "");
    return el("table", { class: "call-list" },
      el("caption", {}, caption),
      el("thead", {}, el("tr", {},
        el("th", { scope: "col" }, "#"),
        el("th", { scope: "col" }, "Customer"),
        el("th", { scope: "col" }, "Tier"),
        el("th", { scope: "col", class: "num" }, "Score"),
        el("th", { scope: "col" }, "Why call today"))),
      el("tbody", {}, list.items.map((item, i) => el("tr", {},
        el("td", { class: "num" }, offset + i + 1),
        el("th", { scope: "row" }, item.name, el("br"), el("small", {}, item.customer_id)),
        el("td", {}, el("span", { class: `tier tier-${item.tier}` }, item.tier)),
        el("td", { class: "num" }, Number(item.score).toFixed(2)),
        el("td", {}, this.reasonList(item.reasons))))));
  },

  why(info) {
    return el("section", { class: "card", "aria-label": `Why ${info.name}` },
      el("h3", {}, `${info.name} `, el("small", {}, info.customer_id)),
      el("p", {}, info.on_list ? `Number ${info.position} on today's list.` :
        "Not on today's list."),
      this.reasonList(info.reasons));
  },

  affected(info) {
    return el("table", { class: "call-list" },
      el("caption", {}, `Customers affected by the ${info.delta_bp} bp change of ${info.occurred_on}`),
      el("thead", {}, el("tr", {}, el("th", { scope: "col" }, "Customer"),
        el("th", { scope: "col" }, "Products"))),
      el("tbody", {}, info.items.map((item) => el("tr", {},
        el("th", { scope: "row" }, item.name, " ", el("small", {}, item.customer_id)),
        el("td", {}, (item.products || []).join(", "))))));
  },

  choices(info, onChoose) {
    return el("div", { class: "choices", role: "group", "aria-label": "Which customer?" },
      (info.choices || []).map((c) => {
        const id = c.customer_id || c.id;
        const label = [c.name, id, c.city].filter(Boolean).join(" · ");
        return el("button", { type: "button", onclick: () => onChoose && onChoose(id) }, label);
      }));
  },

  holdings(h) {
    const lines = h.lines || [];
    return el("table", { class: "compact" },
      el("caption", {}, "Holdings"),
      el("thead", {}, el("tr", {}, el("th", { scope: "col" }, "Product"),
        el("th", { scope: "col", class: "num" }, "Balance"),
        el("th", { scope: "col" }, "Matures"))),
      el("tbody", {}, lines.map((l) => el("tr", {},
        el("th", { scope: "row" }, l.product),
        el("td", { class: "num" }, Format.money(l.balance, l.currency)),
        el("td", {}, l.maturity_on || "–")))));
  },

  profile(p) {
    const who = p.who || {};
    const value = p.value || {};
    const facts = [
      who.age != null ? `${who.age} years` : null, who.occupation, who.city,
      who.years_with_bank != null ? `customer for ${who.years_with_bank} years` : null,
      who.channel_preference ? `prefers ${Format.words(who.channel_preference)}` : null,
    ].filter(Boolean).join(" · ");
    const dl = el("dl", { class: "facts" });
    const fact = (term, detail) => {
      if (detail === null || detail === undefined || detail === "") return;
      dl.append(el("dt", {}, term), el("dd", {}, detail));
    };
    const holdings = p.holdings || {};
    fact("Tier", value.tier ? el("span", { class: `tier tier-${value.tier}` }, value.tier) : null);
    fact("Contribution a year", Format.money(value.contribution, holdings.currency));
    fact("Strategy", value.strategy);
    fact("Assets", Format.money(holdings.assets, holdings.currency));
    fact("Liabilities", Format.money(holdings.liabilities, holdings.currency));
    const risk = p.risk || {};
    fact("Risk profile", risk.profile != null ? `${risk.profile} of 5` +
      (risk.investment_preference ? `, likes ${risk.investment_preference}` : "") : null);
    const contacts = (p.contacts && p.contacts.last) || [];
    fact("Last contact", contacts.length ?
      `${contacts[0].occurred_on}, ${Format.words(contacts[0].kind)} (${Format.words(contacts[0].outcome)})` +
      (contacts[0].note ? `: ${contacts[0].note}` : "") : "none on record");
    const concerns = p.concerns || {};
    fact("Open complaints", (concerns.open_complaints || []).length || "none");

    const section = el("section", { class: "card profile", "aria-label": `Profile of ${who.name}` },
      el("h3", {}, who.name, " ", el("small", {}, who.customer_id)),
      facts ? el("p", { class: "muted" }, facts) : null,
      dl);
    const byCategory = holdings.by_category || [];
    if (byCategory.length) {
      section.append(el("h4", {}, "Holdings by category"), el("ul", { class: "inline-list" },
        byCategory.map((c) => el("li", {},
          `${Format.words(c.category)} ${Format.money(c.balance, holdings.currency)}` +
          (c.count > 1 ? ` (${c.count})` : "")))));
    }
    if ((p.call_reasons || []).length) {
      section.append(el("h4", {}, "On today's call list because"), this.reasonList(p.call_reasons));
    }
    if (p.next_best_offer) {
      section.append(el("h4", {}, "Next best offer"), el("p", {}, p.next_best_offer.text));
    }
    if ((p.events || []).length) {
      section.append(el("h4", {}, "Coming up"),
        el("ul", {}, p.events.map((e) => el("li", {}, `${e.on}: ${e.text}`))));
    }
    if ((p.talking_points || []).length) {
      section.append(el("h4", {}, "Talking points"),
        el("ul", {}, p.talking_points.map((t) => el("li", {}, t))));
    }
    return section;
  },

  themes(themes) {
    if (!themes.length) return null;
    return el("table", { class: "compact" },
      el("caption", {}, "Themes"),
      el("thead", {}, el("tr", {}, el("th", { scope: "col" }, "Theme"),
        el("th", { scope: "col", class: "num" }, "Statements"),
        el("th", { scope: "col" }, "Trend"),
        el("th", { scope: "col", class: "num" }, "Cost"),
        el("th", { scope: "col" }, "Status"))),
      el("tbody", {}, themes.map((t) => el("tr", {},
        el("th", { scope: "row" }, t.label),
        el("td", { class: "num" }, t.size),
        el("td", {}, Render.trendWords(t.trend)),
        el("td", { class: "num" }, Format.money(t.cost && t.cost.total, t.cost && t.cost.currency)),
        el("td", {}, Format.words(t.status))))));
  },

  theme(t) {
    return el("section", { class: "card", "aria-label": `Theme ${t.label}` },
      el("h3", {}, t.label),
      el("p", {}, `${t.size} statements · ${Render.trendWords(t.trend)} · cost ` +
        Format.money(t.cost && t.cost.total, t.cost && t.cost.currency)),
      (t.quotes || []).length ? el("ul", { class: "quotes" },
        t.quotes.map((q) => el("li", {}, el("blockquote", {}, q)))) : null);
  },

  trendWords(trend) {
    if (!trend) return "–";
    const arrow = { rising: "↑ rising", falling: "↓ falling", steady: "→ steady", new: "new",
      quiet: "quiet" }[trend.direction]
      || Format.words(trend.direction);
    return `${arrow} (${trend.current} vs ${trend.previous})`;
  },
};
