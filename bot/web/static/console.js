// Console live updates: follow /console/events (the audit stream) and re-fetch the
// server-rendered part of the page that changed. No HTML is built from event data.
(function () {
  "use strict";
  const live = document.getElementById("live");
  const alerts = document.getElementById("alerts");
  const canned = document.getElementById("canned");
  const replyText = document.getElementById("reply-text");
  if (canned && replyText) {
    canned.addEventListener("change", function () {
      if (canned.value) { replyText.value = canned.value; replyText.focus(); }
    });
  }
  if (!live || !window.EventSource) return;
  const statusKinds = ["claimed", "released", "transferred", "closed", "reopened", "lease_expired"];
  let pending = null;

  function refresh() {
    if (pending) return;
    pending = setTimeout(function () {
      pending = null;
      fetch(live.dataset.src, { credentials: "same-origin" }).then(function (r) {
        if (r.status === 401) { location.href = "/console/login"; return null; }
        return r.ok ? r.text() : null;
      }).then(function (html) { if (html !== null && html !== undefined) live.innerHTML = html; });
    }, 150);
  }

  function notify(template, ref) {
    if (!alerts || !template) return;
    const p = document.createElement("p");
    p.className = "alert";
    p.textContent = template.replace("{ref}", ref);
    p.addEventListener("click", function () { p.remove(); });
    alerts.appendChild(p);
    setTimeout(function () { p.remove(); }, 60000);
  }

  const events = new EventSource("/console/events");
  events.onmessage = function (e) {
    let ev;
    try { ev = JSON.parse(e.data); } catch (err) { return; }
    if (ev.kind === "reannounce") notify(alerts.dataset.reannounce, ev.ref);
    if (ev.kind === "lease_expired") notify(alerts.dataset.expired, ev.ref);
    if (ev.kind === "opened" && ev.priority === "urgent") notify(alerts.dataset.urgent, ev.ref);
    const only = live.dataset.case;
    if (only) {
      if (ev.case !== only) return;
      // the action buttons depend on the status: reload the page unless a reply is being typed
      if (statusKinds.indexOf(ev.kind) >= 0 && !(replyText && replyText.value)) { location.reload(); return; }
    } else if (ev.kind === "note" || ev.kind === "revealed") {
      return;
    }
    refresh();
  };
})();
