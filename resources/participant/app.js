// The participant's page. No framework, nothing from elsewhere (the Content-Security-Policy
// allows this file and the page's own requests only). Text is always set with textContent:
// nothing a phone or the facilitator typed is ever read as markup.
"use strict";

(function () {
  const POLL_MS = 2000; // between polls while the page is shown
  const RETRY_MAX_MS = 5000; // the slowest retry while the laptop cannot be reached
  const REQUEST_MS = 8000; // a request that has not answered by then is given up
  const STORE_KEY = "tillitverkstad.participant";

  let texts = {};
  let store = load();
  let shownVote = null; // the vote whose buttons are on the page
  let lastState = null;
  let failures = 0;
  let pollTimer = null;
  const pending = {}; // scale -> value chosen but not yet confirmed by the laptop
  let pendingNote = null;

  // -- storage: the join token, this phone's device token and its request counter ---------

  function storage() {
    try {
      localStorage.setItem(STORE_KEY + ".probe", "1");
      localStorage.removeItem(STORE_KEY + ".probe");
      return localStorage;
    } catch (e) {
      try { return sessionStorage; } catch (e2) { return null; }
    }
  }

  function load() {
    const where = storage();
    try {
      const raw = where && where.getItem(STORE_KEY);
      const value = raw ? JSON.parse(raw) : {};
      return typeof value === "object" && value ? value : {};
    } catch (e) {
      return {};
    }
  }

  function save() {
    const where = storage();
    try { if (where) where.setItem(STORE_KEY, JSON.stringify(store)); } catch (e) { /* full */ }
  }

  function nextSeq() {
    store.seq = (store.seq || 0) + 1;
    save();
    return store.seq;
  }

  function randomId() {
    const bytes = new Uint8Array(12);
    crypto.getRandomValues(bytes);
    return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
  }

  // -- talking to the laptop ---------------------------------------------------------------

  async function call(method, path, body) {
    const headers = { "Content-Type": "application/json" };
    if (store.token) headers["X-Join-Token"] = store.token;
    if (store.device) headers["X-Device"] = store.device;
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), REQUEST_MS);
    try {
      const answer = await fetch(path, {
        method: method,
        headers: headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        cache: "no-store",
        credentials: "omit",
        signal: controller.signal,
      });
      let data = {};
      try { data = await answer.json(); } catch (e) { data = {}; }
      return { ok: answer.ok, status: answer.status, data: data };
    } finally {
      clearTimeout(timer);
    }
  }

  // -- showing ---------------------------------------------------------------------------

  function say(key, params) {
    let text = texts[key] || "";
    for (const name in params || {}) text = text.split("{" + name + "}").join(String(params[name]));
    return text;
  }

  function announce(text) {
    const region = document.getElementById("announce");
    region.textContent = "";
    // A fresh node after a tick, so a screen reader reads the same words a second time too.
    setTimeout(() => { region.textContent = text; }, 50);
  }

  function show(id) {
    for (const section of ["join", "waiting", "voting", "closed", "stopped"]) {
      document.getElementById(section).hidden = section !== id;
    }
    document.getElementById("note").hidden = !["waiting", "voting", "closed"].includes(id);
  }

  function setTopic(topic) {
    for (const el of document.querySelectorAll("[data-topic]")) {
      el.textContent = topic ? say("topic", { topic: topic }) : "";
    }
  }

  function fillTexts() {
    for (const el of document.querySelectorAll("[data-text]")) {
      el.textContent = say(el.getAttribute("data-text"));
    }
    const box = document.getElementById("categories");
    box.textContent = "";
    (texts.categories || []).forEach(function (pair, index) {
      const id = "category-" + pair[0];
      const input = document.createElement("input");
      input.type = "radio";
      input.name = "category";
      input.id = id;
      input.value = pair[0];
      if (index === 0) input.checked = true;
      const label = document.createElement("label");
      label.htmlFor = id;
      label.textContent = pair[1];
      box.append(input, label);
    });
    updateCount();
  }

  function buildVote(state) {
    document.getElementById("vote-title").textContent = state.title;
    document.getElementById("vote-statement").textContent = state.statement;
    document.getElementById("vote-error").textContent = "";
    const anchors = {};
    for (const pair of state.anchors) anchors[pair[0]] = pair[1];
    const scales = document.getElementById("scales");
    scales.textContent = "";
    for (const scale of state.scales) {
      const fieldset = document.createElement("fieldset");
      const legend = document.createElement("legend");
      legend.textContent = scale.name;
      const prompt = document.createElement("span");
      prompt.className = "prompt";
      prompt.textContent = scale.prompt;
      legend.append(prompt);
      fieldset.append(legend);
      const values = document.createElement("div");
      values.className = "values";
      for (let value = 1; value <= 5; value++) {
        const id = "value-" + scale.scale + "-" + value;
        const input = document.createElement("input");
        input.type = "radio";
        input.name = scale.scale;
        input.id = id;
        input.value = String(value);
        input.addEventListener("change", () => choose(scale.scale, value));
        const label = document.createElement("label");
        label.htmlFor = id;
        label.textContent = String(value);
        if (anchors[value]) {
          const hidden = document.createElement("span");
          hidden.className = "visually-hidden";
          hidden.textContent = " – " + anchors[value];
          label.append(hidden);
        }
        values.append(input, label);
      }
      fieldset.append(values);
      const list = document.createElement("ul");
      list.className = "anchors";
      list.setAttribute("aria-hidden", "true"); // each button already says its anchor
      for (const value of [1, 5]) {
        if (!anchors[value]) continue;
        const item = document.createElement("li");
        item.textContent = value + " = " + anchors[value];
        list.append(item);
      }
      fieldset.append(list);
      const choice = document.createElement("p");
      choice.className = "choice";
      choice.id = "choice-" + scale.scale;
      choice.setAttribute("aria-live", "polite");
      fieldset.append(choice);
      scales.append(fieldset);
    }
  }

  function showChoice(scale, value, sending) {
    const line = document.getElementById("choice-" + scale);
    if (!line) return;
    if (sending) line.textContent = say("sending");
    else line.textContent = value ? say("choice", { value: value }) : say("no_choice");
    if (value) {
      const input = document.getElementById("value-" + scale + "-" + value);
      if (input) input.checked = true;
    }
  }

  function render(state) {
    lastState = state;
    setTopic(state.topic);
    if (state.state === "voting") {
      if (shownVote !== state.vote) {
        shownVote = state.vote;
        for (const key in pending) delete pending[key];
        buildVote(state);
        announce(say("vote_opened", { title: state.title }));
      }
      for (const scale of state.scales) {
        if (pending[scale.scale] !== undefined) continue; // the tap wins over an older poll
        showChoice(scale.scale, scale.mine, false);
        remember(state.vote, scale.scale, scale.mine);
      }
      show("voting");
      return;
    }
    if (state.state === "closed") {
      const mine = (store.voted || {})[state.vote];
      const heading = mine ? say("closed_voted") : say("closed_not_voted");
      const element = document.getElementById("closed-heading");
      if (element.textContent !== heading || document.getElementById("closed").hidden) {
        element.textContent = heading;
        announce(heading);
      }
      shownVote = null;
      show("closed");
      return;
    }
    shownVote = null;
    show("waiting");
  }

  function remember(vote, scale, value) {
    if (!value) return;
    // Only the latest vote is kept: the page needs no history.
    if (!store.voted || !store.voted[vote]) store.voted = { [vote]: {} };
    store.voted[vote][scale] = value;
    save();
  }

  // -- what the participant does -----------------------------------------------------------

  async function choose(scale, value) {
    if (!lastState || lastState.state !== "voting") return;
    const vote = lastState.vote;
    pending[scale] = value;
    showChoice(scale, value, true);
    document.getElementById("vote-error").textContent = "";
    await sendChoice(vote, scale, value, true);
  }

  async function sendChoice(vote, scale, value, retry) {
    let answer;
    try {
      answer = await call("POST", "/api/vote", { vote: vote, scale: scale, value: value, seq: nextSeq() });
    } catch (e) {
      return; // unreachable: the next poll that succeeds sends it again
    }
    if (pending[scale] !== value) return; // a newer tap is on its way
    if (answer.ok) {
      delete pending[scale];
      remember(vote, scale, value);
      showChoice(scale, value, false);
      return;
    }
    if (answer.data.error === "replayed" && retry) {
      await resync();
      return sendChoice(vote, scale, value, false);
    }
    delete pending[scale];
    if (handleLost(answer)) return;
    document.getElementById("vote-error").textContent = answer.data.message || say("try_again");
    poll();
  }

  async function resendPending() {
    if (!lastState || lastState.state !== "voting") return;
    for (const scale in pending) await sendChoice(lastState.vote, scale, pending[scale], true);
  }

  async function sendNote(event) {
    event.preventDefault();
    const text = document.getElementById("note-text").value;
    const checked = document.querySelector("input[name=category]:checked");
    const result = document.getElementById("note-result");
    if (!pendingNote || pendingNote.text !== text || pendingNote.category !== checked.value) {
      pendingNote = { key: randomId(), text: text, category: checked.value };
    }
    const button = document.getElementById("note-button");
    button.disabled = true;
    result.className = "result";
    result.textContent = say("sending");
    let answer;
    try {
      answer = await submitNote(pendingNote, true);
    } catch (e) {
      answer = null;
    }
    button.disabled = false;
    if (answer && answer.ok) {
      pendingNote = null;
      document.getElementById("note-text").value = "";
      updateCount();
      result.textContent = say("note_sent");
      return;
    }
    if (answer && handleLost(answer)) return;
    result.className = "result error";
    result.textContent = (answer && answer.data.message) || say("stopped_heading");
  }

  async function submitNote(note, retry) {
    const answer = await call("POST", "/api/note", {
      key: note.key, category: note.category, text: note.text, seq: nextSeq(),
    });
    if (!answer.ok && answer.data.error === "replayed" && retry) {
      await resync();
      return submitNote(note, false);
    }
    return answer;
  }

  function updateCount() {
    const area = document.getElementById("note-text");
    const limit = area.maxLength > 0 ? area.maxLength : 1000;
    document.getElementById("note-count").textContent = say("note_chars", {
      count: area.value.length, limit: limit,
    });
  }

  // -- joining -------------------------------------------------------------------------------

  function handleLost(answer) {
    // A new session on the laptop (a new token), or this phone forgotten: join again.
    if (answer.data.error === "bad_token") {
      store = {};
      save();
      showJoin(answer.data.message);
      return true;
    }
    if (answer.data.error === "unknown_device") {
      delete store.device;
      save();
      start();
      return true;
    }
    return false;
  }

  function showJoin(message) {
    stopPolling();
    document.getElementById("join-error").textContent = message || "";
    show("join");
  }

  async function submitCode(event) {
    event.preventDefault();
    const button = document.getElementById("join-button");
    const error = document.getElementById("join-error");
    button.disabled = true;
    button.textContent = say("joining");
    error.textContent = "";
    try {
      const answer = await call("POST", "/api/code", { code: document.getElementById("code").value });
      if (answer.ok && answer.data.token) {
        store = { token: answer.data.token };
        save();
        await start();
      } else {
        error.textContent = answer.data.message || say("try_again");
      }
    } catch (e) {
      error.textContent = say("stopped_heading");
    } finally {
      button.disabled = false;
      button.textContent = say("join");
    }
  }

  async function join() {
    const answer = await call("POST", "/api/join", {});
    if (answer.ok && answer.data.device) {
      store.device = answer.data.device;
      store.seq = 0;
      store.voted = {};
      save();
      return true;
    }
    if (!handleLost(answer)) failed();
    return false;
  }

  async function resync() {
    try {
      const answer = await call("GET", "/api/state");
      if (answer.ok && typeof answer.data.seq === "number") {
        store.seq = Math.max(store.seq || 0, answer.data.seq);
        save();
      }
    } catch (e) { /* the next poll tries again */ }
  }

  // -- polling: robust on phones (sleep, reload, a flaky network) -----------------------------

  function stopPolling() {
    if (pollTimer) clearTimeout(pollTimer);
    pollTimer = null;
  }

  function schedule(ms) {
    stopPolling();
    pollTimer = setTimeout(poll, ms);
  }

  function failed() {
    failures += 1;
    // Once is a hiccup; twice in a row and the participant is told, and it keeps trying.
    if (failures >= 2) show("stopped");
    schedule(Math.min(RETRY_MAX_MS, 1000 * failures));
  }

  async function poll() {
    stopPolling();
    if (!store.token) return showJoin("");
    let answer;
    try {
      if (!store.device && !(await join())) return;
      answer = await call("GET", "/api/state");
    } catch (e) {
      return failed();
    }
    if (answer.ok) {
      const wasDown = failures > 0;
      failures = 0;
      if (typeof answer.data.seq === "number" && answer.data.seq > (store.seq || 0)) {
        store.seq = answer.data.seq;
        save();
      }
      render(answer.data);
      if (wasDown) resendPending();
      return schedule(POLL_MS);
    }
    if (handleLost(answer)) return;
    if (answer.status === 429 || answer.status === 503) return schedule(RETRY_MAX_MS);
    failed();
  }

  function start() {
    show(store.token ? "waiting" : "join");
    return poll();
  }

  // -- start -----------------------------------------------------------------------------------

  async function boot() {
    const hash = new URLSearchParams(location.hash.slice(1));
    const token = hash.get("t");
    if (token) {
      if (token !== store.token) store = { token: token };
      save();
      // The token leaves the address bar, so a photo of the phone does not carry it.
      history.replaceState(null, "", location.pathname);
    }
    try {
      const answer = await fetch("/texts.json", { cache: "no-store" });
      texts = await answer.json();
    } catch (e) {
      texts = {};
    }
    fillTexts();
    document.getElementById("join-form").addEventListener("submit", submitCode);
    document.getElementById("note-form").addEventListener("submit", sendNote);
    document.getElementById("note-text").addEventListener("input", updateCount);
    document.addEventListener("visibilitychange", () => { if (!document.hidden) poll(); });
    window.addEventListener("online", () => poll());
    window.addEventListener("pageshow", (event) => { if (event.persisted) poll(); });
    start();
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", boot);
  else boot();
})();
