// Web chat: messages go to POST /chat/send; everything shown arrives by server-sent events.
// Text is always inserted with textContent, never as HTML.
(function () {
  "use strict";
  const log = document.getElementById("log");
  const form = document.getElementById("compose");
  const input = document.getElementById("text");
  const status = document.getElementById("status");
  let seen = 0;

  function post(body) {
    return fetch("/chat/send", {
      method: "POST",
      headers: { "Content-Type": "application/json", "X-Hamroh-Chat": "1" },
      credentials: "same-origin",
      body: JSON.stringify(body),
    });
  }

  function show(item) {
    seen += 1;
    const li = document.createElement("li");
    li.className = "msg " + (item.by === "me" ? "me" : "bot") + (item.kind ? " kind-" + item.kind : "");
    if (item.title) {
      const b = document.createElement("strong");
      b.textContent = item.title;
      li.appendChild(b);
    }
    const p = document.createElement("div");
    p.className = "text";
    p.textContent = item.text || "";
    li.appendChild(p);
    if (item.options && item.options.length) {
      const box = document.createElement("div");
      box.className = "options";
      item.options.forEach(function (opt) {
        const btn = document.createElement("button");
        btn.type = "button";
        btn.textContent = opt.label;
        btn.addEventListener("click", function () { post({ option: opt.id, label: opt.label }); });
        box.appendChild(btn);
      });
      li.appendChild(box);
    }
    log.appendChild(li);
    li.scrollIntoView({ block: "end" });
  }

  const events = new EventSource("/chat/events");
  let started = false;
  events.onmessage = function (e) {
    status.hidden = true;
    try { show(JSON.parse(e.data)); } catch (err) { /* ignore a broken item */ }
  };
  events.onopen = function () {
    status.hidden = true;
    // a first visit: greet after the history (if any) had a moment to arrive
    setTimeout(function () { if (!started && seen === 0) { started = true; post({ command: "start" }); } }, 400);
  };
  events.onerror = function () { status.hidden = false; };

  form.addEventListener("submit", function (e) {
    e.preventDefault();
    const text = input.value.trim();
    if (!text) return;
    input.value = "";
    post({ text: text }).then(function (r) {
      if (r.ok) return;
      status.hidden = false; input.value = text;
      // too many new visitors: no conversation, but urgent words still get the emergency numbers
      if (r.status === 429) r.json().then(function (b) { if (b.emergency) show({ by: "bot", kind: "contacts", title: b.title, text: b.emergency }); });
    });
  });
})();
