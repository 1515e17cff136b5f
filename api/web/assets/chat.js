// The chat page: send a message to POST /chat, show the answers (texts, tables, cards).
"use strict";

(function () {
  const session = requireSession();
  if (!session) return;
  const list = document.getElementById("messages");
  const form = document.getElementById("chat-form");
  const input = document.getElementById("message");
  const send = document.getElementById("send");
  const error = document.getElementById("chat-error");

  api("/auth/me").then((me) => fillHeader(session, me)).catch(() => fillHeader(session, null));

  function add(who, ...content) {
    const item = el("li", { class: `message from-${who}` },
      el("span", { class: "visually-hidden" }, who === "you" ? "You said:" : "Assistant:"),
      ...content);
    list.append(item);
    item.scrollIntoView({ block: "end" });
    return item;
  }

  async function say(text) {
    const message = text.trim();
    if (!message) {
      input.focus();
      return;
    }
    error.hidden = true;
    add("you", el("p", {}, message));
    input.value = "";
    send.disabled = true;
    list.setAttribute("aria-busy", "true");
    const waiting = add("bot", el("p", { class: "muted" }, "…"));
    try {
      const answer = await api("/chat", { method: "POST", body: { message } });
      waiting.remove();
      const parts = [];
      const rendered = answer.messages.map((m) =>
        m.custom ? Render.payload(m.custom, (customerId) => say(customerId)) : null);
      answer.messages.forEach((m, i) => {
        if (m.text) {
          // A text followed by its table or card: its first line heads the table, the rest
          // (the same facts as plain text) folds away.
          const next = rendered[i + 1];
          const lines = m.text.split("\n");
          if (next && lines.length > 1) {
            parts.push(el("p", { class: "text" }, lines[0]),
              el("details", { class: "full-text" }, el("summary", {}, "As plain text"),
                el("p", { class: "text" }, lines.slice(1).join("\n"))));
          } else {
            parts.push(el("p", { class: "text" }, m.text));
          }
        }
        if (rendered[i]) parts.push(rendered[i]);
      });
      if (!parts.length) parts.push(el("p", { class: "muted" }, "(no answer)"));
      add("bot", ...parts);
    } catch (e) {
      waiting.remove();
      error.textContent = e.message;
      error.hidden = false;
    } finally {
      send.disabled = false;
      list.removeAttribute("aria-busy");
      input.focus();
    }
  }

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    say(input.value);
  });
  for (const button of document.querySelectorAll(".suggestion")) {
    button.addEventListener("click", () => say(button.textContent));
  }
  add("bot", el("p", { class: "text" },
    "Hello! Ask me who to call today, about a customer (“tell me about …”), " +
    "or what customers are saying."));
  input.focus();
})();
