// The login page: POST /auth/token (OAuth2 password flow), keep the token for this tab.
"use strict";

(function () {
  const form = document.getElementById("login-form");
  const error = document.getElementById("login-error");
  const notice = document.getElementById("notice");
  const button = document.getElementById("login-button");
  const params = new URLSearchParams(location.search);

  if (params.get("message")) {
    notice.textContent = params.get("message");
    notice.hidden = false;
  }
  document.getElementById("staff-id").focus();

  function showError(message) {
    error.textContent = message;
    error.hidden = false;
  }

  // Only a page of this site may follow the login (no open redirect).
  function nextPage(role) {
    const next = params.get("next") || "";
    if (/^\/web\/(chat|dashboard)$/.test(next)) return next;
    return role === "advisor" ? "/web/chat" : "/web/dashboard";
  }

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    error.hidden = true;
    const username = form.username.value.trim();
    const password = form.password.value;
    if (!username || !password) {
      showError("Enter your staff id and your password.");
      return;
    }
    button.disabled = true;
    try {
      const token = await api("/auth/token", {
        method: "POST",
        body: new URLSearchParams({ username, password }),
        headers: { "Content-Type": "application/x-www-form-urlencoded" },
        noRedirect: true,
      });
      Auth.set({ token: token.access_token, staff_id: token.staff_id, role: token.role,
                 expires_at: Date.now() + token.expires_in * 1000 });
      location.assign(nextPage(token.role));
    } catch (e) {
      form.password.value = "";
      // The API's sentence: a wrong password, or a pause after too many (401 and 429).
      showError(e.message || "Wrong staff id or password. Please try again.");
      form.password.focus();
    } finally {
      button.disabled = false;
    }
  });
})();
