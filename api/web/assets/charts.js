// Small inline-SVG charts drawn from the API's numbers: no chart library, nothing external.
// Each chart is role="img" with a <title> that says in words what it shows, for screen readers.
"use strict";

const Charts = {
  NS: "http://www.w3.org/2000/svg",

  svg(tag, attrs, ...children) {
    const node = document.createElementNS(this.NS, tag);
    for (const [key, value] of Object.entries(attrs || {})) node.setAttribute(key, String(value));
    for (const child of children) {
      if (child === null || child === undefined) continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  },

  frame(width, height, title, cls) {
    return this.svg("svg", {
      viewBox: `0 0 ${width} ${height}`, width, height, role: "img", class: cls,
      "aria-label": title, focusable: "false",
    }, this.svg("title", {}, title));
  },

  // A tiny line of weekly counts for the themes table.
  sparkline(points, label) {
    const width = 96, height = 24, pad = 2;
    const counts = points.map((p) => Number(p.count) || 0);
    const svg = this.frame(width, height,
      `${label}: weekly statements ${counts.join(", ")}`, "sparkline");
    if (counts.length < 2) return svg;
    const max = Math.max(1, ...counts);
    const step = (width - 2 * pad) / (counts.length - 1);
    const xy = counts.map((c, i) =>
      `${(pad + i * step).toFixed(1)},${(height - pad - (c / max) * (height - 2 * pad)).toFixed(1)}`);
    svg.append(this.svg("polyline", { points: xy.join(" "), class: "spark-line" }));
    const [lastX, lastY] = xy[xy.length - 1].split(",");
    svg.append(this.svg("circle", { cx: lastX, cy: lastY, r: 2, class: "spark-dot" }));
    return svg;
  },

  // Columns of counts per week or month, with the axis labelled.
  trend(points, label, axisLabel) {
    const width = 560, height = 220, left = 36, bottom = 40, top = 12, right = 8;
    const counts = points.map((p) => Number(p.count) || 0);
    const svg = this.frame(width, height, `${label}: ` +
      points.map((p) => `${p.from}: ${p.count}`).join("; "), "trend-chart");
    const max = Math.max(1, ...counts);
    const plotH = height - top - bottom, plotW = width - left - right;
    const slot = plotW / Math.max(1, counts.length);
    // Horizontal guides at 0, half and the maximum.
    for (const value of [0, Math.round(max / 2), max]) {
      const y = top + plotH - (value / max) * plotH;
      svg.append(this.svg("line", { x1: left, x2: width - right, y1: y, y2: y, class: "grid" }),
        this.svg("text", { x: left - 6, y: y + 4, class: "axis", "text-anchor": "end" }, value));
    }
    points.forEach((p, i) => {
      const h = (counts[i] / max) * plotH;
      const x = left + i * slot + slot * 0.15;
      svg.append(this.svg("rect", {
        x: x.toFixed(1), y: (top + plotH - h).toFixed(1), width: (slot * 0.7).toFixed(1),
        height: Math.max(h, counts[i] ? 1 : 0).toFixed(1), class: "bar",
      }, this.svg("title", {}, `${p.from}: ${p.count}`)));
      if (counts[i]) {
        svg.append(this.svg("text", { x: (x + slot * 0.35).toFixed(1), y: (top + plotH - h - 3).toFixed(1),
          class: "value", "text-anchor": "middle" }, counts[i]));
      }
      svg.append(this.svg("text", { x: (x + slot * 0.35).toFixed(1), y: height - bottom + 16,
        class: "axis", "text-anchor": "middle" }, String(p.from).slice(5)));
    });
    svg.append(this.svg("text", { x: left, y: height - 6, class: "axis" }, axisLabel || ""));
    return svg;
  },

  // Horizontal bars, largest first: the cost ranking.
  bars(items, label, format) {
    const rowH = 28, labelW = 220, valueW = 110, width = 640;
    const height = Math.max(rowH, items.length * rowH) + 8;
    const svg = this.frame(width, height, `${label}: ` +
      items.map((it) => `${it.label} ${format(it.value)}`).join("; "), "bar-chart");
    const max = Math.max(1, ...items.map((it) => it.value));
    const plotW = width - labelW - valueW;
    items.forEach((it, i) => {
      const y = 4 + i * rowH;
      const w = Math.max(1, (it.value / max) * plotW);
      svg.append(
        this.svg("text", { x: labelW - 8, y: y + rowH / 2 + 4, class: "axis", "text-anchor": "end" },
          it.label.length > 30 ? it.label.slice(0, 29) + "…" : it.label),
        this.svg("rect", { x: labelW, y: y + 4, width: w.toFixed(1), height: rowH - 8, class: "bar" },
          this.svg("title", {}, `${it.label}: ${format(it.value)}`)),
        this.svg("text", { x: labelW + w + 6, y: y + rowH / 2 + 4, class: "value" }, format(it.value)));
    });
    return svg;
  },
};
