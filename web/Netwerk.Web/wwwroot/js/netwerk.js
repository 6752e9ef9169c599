// Upload with progress: a form marked data-upload-progress is sent by XMLHttpRequest, so that its progress bar can
// show how far the file is. Without this script the form posts as any other and the server's answer is the same.
// A file larger than the input's data-max-bytes is refused at its field before anything is sent: the same Dutch
// message, tied to the input, as the server gives after an upload.
const tooLarge = (input) => {
  const file = input.files && input.files[0];
  const limit = Number(input.dataset.maxBytes);
  const errorId = input.id + "-fout";
  let message = document.getElementById(errorId);
  const field = input.closest(".utrecht-form-field");
  if (!file || !limit || file.size <= limit) {
    if (message && message.dataset.fromScript) message.remove();
    if (!document.getElementById(errorId)) {
      input.setAttribute("aria-invalid", "false");
      field?.classList.remove("utrecht-form-field--invalid");
    }
    return false;
  }
  if (!message) {
    message = document.createElement("div");
    message.id = errorId;
    message.className = "utrecht-form-field__error-message utrecht-form-field-error-message";
    message.dataset.fromScript = "true";
    input.closest(".utrecht-form-field__input").before(message);
    const described = (input.getAttribute("aria-describedby") || "").split(" ").filter((id) => id && id !== errorId);
    input.setAttribute("aria-describedby", described.concat(errorId).join(" "));
  }
  message.textContent = input.dataset.tooLarge;
  input.setAttribute("aria-invalid", "true");
  field?.classList.add("utrecht-form-field--invalid");
  return true;
};

document.querySelectorAll("input[type=file][data-max-bytes]").forEach((input) => {
  input.addEventListener("change", () => tooLarge(input));
});

document.querySelectorAll("form[data-upload-progress]").forEach((form) => {
  const box = document.getElementById(form.dataset.uploadProgress);
  const bar = box.querySelector("progress");
  const text = box.querySelector(".netwerk-upload-progress__text");
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const file = form.querySelector("input[type=file][data-max-bytes]");
    if (file && tooLarge(file)) {
      file.focus();
      return;
    }
    const request = new XMLHttpRequest();
    request.open("POST", form.action || window.location.href);
    box.hidden = false;
    request.upload.addEventListener("progress", (progress) => {
      if (!progress.lengthComputable) return;
      const percent = Math.round((progress.loaded / progress.total) * 100);
      bar.value = percent;
      text.textContent = percent + "%";
    });
    request.addEventListener("load", () => {
      // Shared: the server sent the browser to the document's page. Refused: its answer is this page with the errors.
      if (request.responseURL && request.responseURL !== window.location.href) {
        window.location.assign(request.responseURL);
      } else {
        document.open();
        document.write(request.responseText);
        document.close();
      }
    });
    request.addEventListener("error", () => {
      text.textContent = "Het uploaden is mislukt. Controleer je verbinding en probeer het opnieuw.";
    });
    request.send(new FormData(form));
  });
});

// The same rule as LocalPath.cs (ServiceDefaults) and LocalLink.cs: a path of this site, without control or space
// characters, not the API. Links that arrive as data are followed only when they pass it.
const local = (link) => typeof link === "string" && /^\/(?![\/\\])[^\s\u0000-\u001f\u007f]*$/.test(link) && !link.startsWith("/api/");

// The live inbox: a list marked data-live listens to the web app's stream of new notifications and puts each one on
// top as it arrives. Text is set as text, never as HTML; only links to pages of this site are followed.
document.querySelectorAll("ul[data-live]").forEach((list) => {
  const status = document.getElementById("meldingen-live-status");
  const source = new EventSource(list.dataset.live);
  source.addEventListener("open", () => { if (status) status.textContent = ""; });
  source.addEventListener("error", () => {
    if (status) status.textContent = "Nieuwe meldingen verschijnen zodra de verbinding terug is.";
  });
  source.addEventListener("message", (message) => {
    const notification = JSON.parse(message.data);
    if (!notification.id || document.getElementById("melding-" + notification.id)) return;
    const item = document.createElement("li");
    item.id = "melding-" + notification.id;
    item.className = "netwerk-inbox__item netwerk-inbox__item--unread";
    const paragraph = document.createElement("p");
    paragraph.className = "utrecht-paragraph";
    const badge = document.createElement("span");
    badge.className = "netwerk-badge";
    badge.textContent = "Nieuw";
    const title = document.createElement("strong");
    if (local(notification.link)) {
      const anchor = document.createElement("a");
      anchor.className = "utrecht-link";
      anchor.href = notification.link;
      anchor.textContent = notification.title;
      title.append(anchor);
    } else {
      title.textContent = notification.title;
    }
    paragraph.append(badge, " ", title, document.createElement("br"), notification.body);
    item.append(paragraph);
    list.prepend(item);
    document.getElementById("meldingen-leeg")?.remove();
    if (status) status.textContent = "Nieuwe melding: " + notification.title;
  });
});

// Stel een vraag: threads like the title being typed appear below it, so the same question is not asked twice.
// A pause in typing asks once; an answer to an older title than the field now holds is dropped.
document.querySelectorAll("[data-similar-threads]").forEach((input) => {
  const region = document.getElementById(input.dataset.similarThreads);
  if (!region) return;
  const list = region.querySelector("ul");
  let timer = 0;
  let asked = "";
  input.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(async () => {
      const title = input.value.trim();
      if (title === asked) return;
      asked = title;
      if (title.length < 3) { region.hidden = true; list.replaceChildren(); return; }
      try {
        const response = await fetch("/vragen/vergelijkbaar?titel=" + encodeURIComponent(title), { headers: { Accept: "application/json" } });
        if (!response.ok || asked !== title) return;
        const threads = await response.json();
        list.replaceChildren(...threads.filter((t) => local(t.url)).map((thread) => {
          const item = document.createElement("li");
          const anchor = document.createElement("a");
          anchor.className = "utrecht-link";
          anchor.href = thread.url;
          anchor.textContent = thread.title;
          item.append(anchor, " (" + thread.kind.toLowerCase() + (thread.answered ? ", beantwoord" : "") + ")");
          return item;
        }));
        region.hidden = threads.length === 0;
      } catch {
        // Offline or the site restarting: nothing offered, the member can still post.
      }
    }, 250);
  });
});
