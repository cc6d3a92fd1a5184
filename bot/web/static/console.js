// Console live updates: follow /console/events (the audit stream) and re-fetch the
// server-rendered part of the page that changed. No HTML is built from event data.
// A banner says when the live connection is lost. On a case page the conversation
// shows its newest message and, after a reply or a note (#reply), the reply box has focus.
(function () {
  "use strict";
  const live = document.getElementById("live");
  const alerts = document.getElementById("alerts");
  const lost = document.getElementById("live-lost");
  const canned = document.getElementById("canned");
  const replyText = document.getElementById("reply-text");
  if (canned && replyText) {
    canned.addEventListener("change", function () {
      if (canned.value) { replyText.value = canned.value; replyText.focus(); }
    });
  }

  function newest() {
    const conv = document.getElementById("conversation");
    if (conv) conv.scrollTop = conv.scrollHeight;
  }
  newest();
  function toReply() {
    const reply = document.getElementById("reply-form");
    if (reply) reply.scrollIntoView({ block: "end" });
    if (replyText) {
      replyText.focus({ preventScroll: true });
      const n = replyText.value.length;
      replyText.setSelectionRange(n, n);
    }
  }
  if (location.hash === "#reply") {
    toReply();
    window.addEventListener("load", function () { setTimeout(toReply, 0); });  // after the browser's own fragment handling
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
      }).then(function (html) {
        if (html === null || html === undefined) return;
        const conv = document.getElementById("conversation");
        const atEnd = !conv || conv.scrollTop + conv.clientHeight >= conv.scrollHeight - 30;
        live.innerHTML = html;
        if (atEnd) newest();
      }).catch(function () { /* the banner tells */ });
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

  let lostTimer = null;
  const events = new EventSource("/console/events");
  events.onopen = function () {
    if (lostTimer) { clearTimeout(lostTimer); lostTimer = null; }
    if (lost && !lost.hidden) { lost.hidden = true; refresh(); }  // back: catch up on what was missed
  };
  events.onerror = function () {
    // a moment's grace: the browser reconnects by itself after a server restart
    if (!lostTimer) lostTimer = setTimeout(function () { lostTimer = null; if (events.readyState !== 1 && lost) lost.hidden = false; }, 1500);
  };
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
    } else if (ev.kind === "note" || ev.kind === "revealed" || ev.kind === "referred") {
      return;
    }
    refresh();
  };
})();
