// Web chat: messages go to POST /chat/send; everything shown arrives by server-sent events.
// Text is always inserted with textContent, never as HTML. The page works without this
// script (forms post to /chat/post); with it, the page follows the conversation live,
// keeps a message that could not be sent and sends it again (same id) when it can.
// Other scripts may add to the page (e.g. a picture upload): they can use window.hamrohChat.
(function () {
  "use strict";
  const body = document.body;
  const log = document.getElementById("log");
  const form = document.getElementById("compose");
  const input = document.getElementById("text");
  const count = document.getElementById("count");
  const offline = document.getElementById("offline");
  const MAX = parseInt(body.dataset.max || "2000", 10);
  const token = body.dataset.token || "";
  let strings = {};
  try { strings = JSON.parse(body.dataset.uiStrings || "{}"); } catch (err) { strings = {}; }
  let lang = document.documentElement.lang || "tg";
  const queue = [];  // messages not yet accepted by the server, in order
  let sending = false;
  let lastBotAt = 0;
  let answerStarts = true;
  let answerFirst = null;  // the next bot message starts an answer (the person wrote since)

  function t(key) { return ((strings[lang] || {})[key]) || ((strings.tg || {})[key]) || ""; }

  // -- the page's own words follow the language chosen in the bot -----------------------
  function setLang(code) {
    if (!strings[code] || code === lang) return;
    lang = code;
    document.documentElement.lang = code;
    document.querySelectorAll("[data-ui]").forEach(function (el) { el.textContent = t(el.dataset.ui); });
    document.querySelectorAll("[data-ui-placeholder]").forEach(function (el) { el.placeholder = t(el.dataset.uiPlaceholder); });
    document.querySelectorAll(".langs button").forEach(function (b) {
      if (b.value === code) b.setAttribute("aria-current", "true"); else b.removeAttribute("aria-current");
    });
    document.querySelectorAll(".msg.me[data-state=unsent] .unsent-note").forEach(function (el) { el.textContent = t("unsent"); });
    document.querySelectorAll(".msg.me[data-state=unsent] .retry").forEach(function (el) { el.textContent = t("retry"); });
    updateCount();
  }

  // -- building messages (the same markup as the server's _webchat_msg.html) -----------
  function fillText(div, item) {
    const parts = item.parts || [["t", item.text || ""]];
    parts.forEach(function (p) {
      if (p[0] === "tel") {
        const a = document.createElement("a");
        a.className = "tel";
        a.href = "tel:" + p[2];
        a.textContent = p[1];
        div.appendChild(a);
      } else {
        div.appendChild(document.createTextNode(p[1]));
      }
    });
  }

  function optionButton(opt) {
    const f = document.createElement("form");
    f.method = "post";
    f.action = "/chat/post";
    const btn = document.createElement("button");
    btn.type = "submit";
    btn.name = "option";
    btn.value = opt.id;
    btn.textContent = opt.label;
    if (opt.g) btn.dataset.global = "1";
    f.appendChild(btn);
    return f;
  }

  function botItem(item) {
    const li = document.createElement("li");
    li.className = "msg bot" + (item.kind ? " kind-" + item.kind : "");
    if (item.lang) li.lang = item.lang;
    if (item.title) {
      const b = document.createElement("strong");
      b.className = "title";
      b.textContent = item.title;
      li.appendChild(b);
    }
    const div = document.createElement("div");
    div.className = "text";
    fillText(div, item);
    li.appendChild(div);
    if (item.options && item.options.length) {
      const box = document.createElement("div");
      box.className = "options";
      item.options.forEach(function (opt) { box.appendChild(optionButton(opt)); });
      li.appendChild(box);
    }
    return li;
  }

  function meItem(text, cid) {
    const li = document.createElement("li");
    li.className = "msg me";
    if (cid) li.dataset.cid = cid;
    li.dataset.state = "sending";
    const div = document.createElement("div");
    div.className = "text";
    div.textContent = text;
    li.appendChild(div);
    return li;
  }

  // options a person answered are spent: visibly disabled, except those that lead to a
  // global place (main menu, language, a person, emergency contacts), which still work
  function spendOptions(chosen) {
    log.querySelectorAll(".msg.bot:not(.answered)").forEach(function (li) {
      if (!li.querySelector(".options")) return;
      li.classList.add("answered");
      li.querySelectorAll(".options button").forEach(function (b) {
        if (b === chosen) b.classList.add("chosen");
        if (!b.dataset.global) b.disabled = true;
      });
    });
  }

  function scrollToStart(li) { li.scrollIntoView({ block: "start" }); }

  function show(item, eid) {
    if (eid && log.querySelector('[data-eid="' + eid + '"]')) return;
    if (item.by === "me") {
      const mine = item.id ? log.querySelector('.msg.me[data-cid="' + item.id + '"]') : null;
      if (mine) { markSent(mine, eid); return; }
      const li = meItem(item.text || "", item.id);
      li.dataset.state = "sent";
      if (eid) li.dataset.eid = eid;
      spendOptions(null);
      log.appendChild(li);
      li.scrollIntoView({ block: "end" });
      answerStarts = true;
      return;
    }
    const li = botItem(item);
    if (eid) li.dataset.eid = eid;
    log.appendChild(li);
    if (item.lang) setLang(item.lang);
    // a new answer is shown from its start (the first message of an answer of several)
    // (scrolled again as the answer's further messages arrive: the first one may have been
    // at the end of the conversation, where it could not yet be scrolled to the top)
    const now = Date.now();
    if (answerStarts || now - lastBotAt > 1500) answerFirst = li;
    if (answerFirst) scrollToStart(answerFirst);
    answerStarts = false;
    lastBotAt = now;
  }

  function markSent(li, eid) {
    li.dataset.state = "sent";
    if (eid) li.dataset.eid = eid;
    li.querySelectorAll(".unsent-note, .retry").forEach(function (el) { el.remove(); });
  }

  // -- sending, with a queue that survives a lost connection ----------------------------
  function newId() {
    if (window.crypto && crypto.randomUUID) return crypto.randomUUID().replace(/-/g, "");
    return String(Date.now()) + Math.random().toString(36).slice(2, 12);
  }

  function post(payload) {
    return fetch("/chat/send", {
      method: "POST",
      headers: { "Content-Type": "application/json", "X-Hamroh-Chat": "1" },
      credentials: "same-origin",
      body: JSON.stringify(payload),
    });
  }

  function markUnsent(entry) {
    const li = entry.li;
    if (!li || li.dataset.state === "unsent") return;
    li.dataset.state = "unsent";
    const note = document.createElement("span");
    note.className = "unsent-note";
    note.textContent = t("unsent");
    const retry = document.createElement("button");
    retry.type = "button";
    retry.className = "retry";
    retry.textContent = t("retry");
    retry.addEventListener("click", function () { flush(); });
    li.appendChild(note);
    li.appendChild(retry);
  }

  function setOffline(yes) { offline.hidden = !yes; }

  function flush() {
    if (sending || !queue.length) return;
    sending = true;
    const entry = queue[0];
    post(entry.payload).then(function (r) {
      if (r.ok) {
        queue.shift();
        if (entry.li && entry.li.dataset.state !== "sent") markSent(entry.li);
        setOffline(false);
        sending = false;
        flush();
        return;
      }
      sending = false;
      if (r.status === 413 || r.status === 400) { queue.shift(); markUnsent(entry); return; }
      if (r.status === 403) {
        // a new visitor (or a cookie the server did not sign) gets a signed cookie with the
        // refusal: send again once with it
        return r.json().catch(function () { return {}; }).then(function (b) {
          if (b && b.retry && !entry.renewed) { entry.renewed = true; flush(); return; }
          queue.shift(); markUnsent(entry);
        });
      }
      if (r.status === 429) {
        // too many new visitors: no conversation, but urgent words still get the emergency numbers
        r.json().then(function (b) { if (b && b.emergency) show({ by: "bot", kind: "contacts", title: b.title, text: b.emergency }); })
          .catch(function () { /* nothing more to show */ });
      }
      throw new Error("status " + r.status);
    }).catch(function () {
      sending = false;
      queue.forEach(markUnsent);
      setOffline(true);
      // the banner and the retry control take room: keep the unsent message in view
      const last = queue.length ? queue[queue.length - 1].li : null;
      if (last) last.scrollIntoView({ block: "end" });
    });
  }

  function send(payload, shownText) {
    payload.id = newId();
    answerStarts = true;
    let li = null;
    if (shownText) {
      li = meItem(shownText, payload.id);
      log.appendChild(li);
      li.scrollIntoView({ block: "end" });
    }
    queue.push({ payload: payload, li: li });
    flush();
  }

  setInterval(function () { if (queue.length) flush(); }, 5000);
  window.addEventListener("online", flush);

  // -- the compose box --------------------------------------------------------------------
  function updateCount() {
    const n = input.value.length;
    const near = n >= MAX * 0.8;
    count.hidden = !near;
    count.classList.toggle("over", n > MAX);
    if (near) count.textContent = (n > MAX ? t("too_long") : t("chars")).replace("{n}", n).replace("{max}", MAX);
  }
  input.addEventListener("input", updateCount);
  input.addEventListener("keydown", function (e) {
    if (e.key === "Enter" && !e.shiftKey && !e.isComposing) { e.preventDefault(); form.requestSubmit ? form.requestSubmit() : form.dispatchEvent(new Event("submit")); }
  });

  form.addEventListener("submit", function (e) {
    e.preventDefault();
    const text = input.value;
    if (!text.trim()) return;
    if (text.length > MAX) { updateCount(); input.focus(); return; }
    input.value = "";
    updateCount();
    spendOptions(null);
    send({ text: text }, text);
  });

  log.addEventListener("submit", function (e) {
    const f = e.target;
    const btn = e.submitter || f.querySelector("button");
    if (!btn || btn.name !== "option") return;
    e.preventDefault();
    if (btn.disabled) return;
    spendOptions(btn);
    send({ option: btn.value, label: btn.textContent }, btn.textContent);
  });

  document.querySelectorAll(".langs").forEach(function (f) {
    f.addEventListener("submit", function (e) {
      e.preventDefault();
      const code = e.submitter && e.submitter.value;
      if (!code) return;
      setLang(code);
      send({ command: "start", lang: code }, "");
    });
  });

  // -- quick exit: nothing left on the page, and the page is replaced --------------------
  document.querySelectorAll('[data-action="quick-exit"]').forEach(function (a) {
    a.addEventListener("click", function (e) {
      e.preventDefault();
      try { if (events) events.close(); } catch (err) { /* leaving anyway */ }
      log.textContent = "";
      input.value = "";
      queue.length = 0;
      try {
        const data = new FormData();
        data.append("t", token);
        navigator.sendBeacon("/chat/clear", data);
      } catch (err) { /* leaving anyway */ }
      location.replace(body.dataset.quickExit || a.href);
    });
  });

  // -- following the conversation ---------------------------------------------------------
  let events = null;
  let greeted = log.children.length > 0;
  const last = body.dataset.last || "0";
  const bots = log.querySelectorAll(".msg.bot");
  if (bots.length) scrollToStart(bots[bots.length - 1]);
  if (window.EventSource) {
    events = new EventSource("/chat/events?after=" + encodeURIComponent(last));
    events.onmessage = function (e) {
      try { show(JSON.parse(e.data), e.lastEventId); } catch (err) { /* ignore a broken item */ }
    };
    events.onopen = function () {
      setOffline(false);
      flush();
      // a first visit: greet after the history (if any) had a moment to arrive
      setTimeout(function () { if (!greeted && !log.children.length) { greeted = true; send({ command: "start" }, ""); } }, 400);
    };
    events.onerror = function () {
      if (queue.length || !navigator.onLine) setOffline(true);
      setTimeout(function () { if (events.readyState !== 1) setOffline(true); }, 2000);
    };
  }

  window.hamrohChat = { send: send, show: show, t: t, token: token };
})();
