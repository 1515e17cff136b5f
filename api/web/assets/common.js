// Shared by every page: the login token, calls to the API, the page header, small DOM helpers.
// The token lives in sessionStorage: it ends with the tab, and other tabs or sites cannot read it.
"use strict";

const Auth = {
  KEY: "advisor.session",
  get() {
    try {
      return JSON.parse(sessionStorage.getItem(this.KEY) || "null");
    } catch (e) {
      return null;
    }
  },
  set(session) {
    sessionStorage.setItem(this.KEY, JSON.stringify(session));
  },
  clear() {
    sessionStorage.removeItem(this.KEY);
  },
  isManager(session) {
    return !!session && (session.role === "branch_manager" || session.role === "head_office");
  },
};

class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

// Calls the API as the logged-in member of staff. A 401 means the token expired or is not
// valid any more: back to the login page, saying why.
async function api(path, options = {}) {
  const session = Auth.get();
  const headers = Object.assign({ Accept: "application/json" }, options.headers || {});
  if (session) headers.Authorization = "Bearer " + session.token;
  let body = options.body;
  if (body !== undefined && !(body instanceof URLSearchParams) && typeof body !== "string") {
    body = JSON.stringify(body);
    headers["Content-Type"] = "application/json";
  }
  let response;
  try {
    response = await fetch(path, { method: options.method || "GET", headers, body });
  } catch (e) {
    throw new ApiError(0, "The server cannot be reached. Check your connection and try again.");
  }
  let data = null;
  try {
    data = await response.json();
  } catch (e) {
    data = null;
  }
  if (!response.ok) {
    const message = errorText(data) || `The server answered ${response.status}.`;
    if (response.status === 401 && session && !options.noRedirect) {
      Auth.clear();
      goToLogin(message);
    }
    throw new ApiError(response.status, message);
  }
  return data;
}

function errorText(data) {
  if (!data || data.detail === undefined) return "";
  if (typeof data.detail === "string") return data.detail;
  if (Array.isArray(data.detail)) {
    // FastAPI validation errors: the first one's message, without the "Value error," prefix.
    return data.detail.map((d) => String(d.msg || "").replace(/^Value error, /, "")).join(" ");
  }
  return "";
}

function goToLogin(message) {
  const next = location.pathname;
  const query = new URLSearchParams({ next });
  if (message) query.set("message", message);
  location.replace("/web/login?" + query.toString());
}

// Every page but the login page needs a session; without one, go and log in.
function requireSession() {
  const session = Auth.get();
  if (!session || !session.token) {
    goToLogin("");
    return null;
  }
  if (session.expires_at && Date.now() > session.expires_at) {
    Auth.clear();
    goToLogin("Your session has expired; please log in again.");
    return null;
  }
  return session;
}

// el("td", {class: "num"}, "12") — builds DOM nodes; text is always text, never HTML.
function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key === "class") node.className = value;
    else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? "" : String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

// Money and numbers as the chat writes them: the bank's LOCALE and CURRENCY come with
// /auth/me (Format.use(me)); until then, English and euros.
const Format = {
  locale: "en",
  currency: "EUR",
  use(me) {
    if (!me) return;
    if (me.locale) this.locale = me.locale;
    if (me.currency) this.currency = me.currency;
  },
  money(value, currency) {
    const number = Number(value);
    if (value === null || value === undefined || Number.isNaN(number)) return "–";
    const code = currency || this.currency;
    try {
      return new Intl.NumberFormat(this.locale, {
        style: "currency", currency: code, maximumFractionDigits: 0,
      }).format(number);
    } catch (e) {
      return `${Math.round(number)} ${code}`.trim();
    }
  },
  number(value, digits = 0) {
    const number = Number(value);
    if (value === null || value === undefined || Number.isNaN(number)) return "–";
    return number.toLocaleString(this.locale, { maximumFractionDigits: digits });
  },
  percent(share) {
    if (share === null || share === undefined) return "–";
    return Number(share).toLocaleString(this.locale, { style: "percent", maximumFractionDigits: 0 });
  },
  words(code) {
    return String(code || "").replace(/_/g, " ");
  },
};

// The header every signed-in page shares: who you are, where you can go, log out. It also
// takes the bank's locale and currency from /auth/me for every amount the page writes.
function fillHeader(session, me) {
  Format.use(me);
  const who = document.getElementById("who");
  if (who) {
    who.textContent = `${me ? me.name : session.staff_id} (${Format.words(session.role)})`;
  }
  const dashboardLink = document.getElementById("dashboard-link");
  if (dashboardLink) dashboardLink.hidden = !Auth.isManager(session);
  const logout = document.getElementById("logout");
  if (logout) {
    logout.addEventListener("click", async () => {
      // Revoke the token on the server too (every device), then forget it here; if the
      // server cannot be reached, this tab is logged out anyway.
      try {
        await api("/auth/logout", { method: "POST", noRedirect: true });
      } catch (e) {
        /* the token is forgotten below either way */
      }
      Auth.clear();
      location.replace("/web/login?message=" + encodeURIComponent("You are logged out."));
    });
  }
}
