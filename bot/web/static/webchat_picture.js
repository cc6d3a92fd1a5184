// Web chat: the picture button. Sends a photo or screenshot (JPEG, PNG, WebP) with the typed
// text as its caption to POST /chat/picture; the answer arrives like any other by server-sent
// events. Kept apart from webchat.js; the labels come from this script tag's data attributes.
(function () {
  "use strict";
  const me = document.currentScript;
  function init() {
    const form = document.getElementById("compose");
    const input = document.getElementById("text");
    const status = document.getElementById("status");
    if (!form) return;
    const file = document.createElement("input");
    file.type = "file";
    file.accept = "image/jpeg,image/png,image/webp";
    file.hidden = true;
    file.id = "picture";
    const btn = document.createElement("button");
    btn.type = "button";
    btn.className = "picture-button";
    btn.textContent = "🖼";
    btn.title = me.dataset.label || "Send a picture";
    btn.setAttribute("aria-label", btn.title);
    btn.addEventListener("click", function () { file.click(); });
    file.addEventListener("change", function () {
      if (!file.files || !file.files.length) return;
      const body = new FormData();
      body.append("picture", file.files[0]);
      const caption = input ? input.value.trim() : "";
      if (caption) body.append("text", caption);
      if (input) input.value = "";
      btn.disabled = true;
      fetch("/chat/picture", { method: "POST", headers: { "X-Hamroh-Chat": "1" }, credentials: "same-origin", body: body })
        .then(function (r) {
          if (!r.ok && status) { status.textContent = me.dataset.error || "The picture could not be sent."; status.hidden = false; }
        })
        .catch(function () { if (status) { status.textContent = me.dataset.error || ""; status.hidden = false; } })
        .finally(function () { btn.disabled = false; file.value = ""; });
    });
    form.appendChild(file);
    form.insertBefore(btn, form.querySelector("button[type=submit]"));
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init); else init();
})();
