// The editor's small helpers: errors placed at their fields, links that take the planner to a
// field, the interview (one part of the plan at a time, with its progress; without script every part
// shows and the part links are ordinary links), focus kept where the planner is working when rows are added or removed, the verdict's
// change announced (not the whole advice panel), the meaning of the chosen value, a plan file read
// into the import box, a question before a form marked data-confirm is sent, and printing. The pages' Content-Security-Policy allows no
// inline script, so every handler lives here.
(function () {
  "use strict";

  function placeErrors() {
    document.querySelectorAll(".plan-form .field-error").forEach(function (p) {
      p.hidden = true;
      p.textContent = "";
    });
    document.querySelectorAll(".plan-form [aria-invalid]").forEach(function (el) {
      el.removeAttribute("aria-invalid");
    });
    document.querySelectorAll("#field-errors li[data-anchor], #save-problems li[data-anchor]").forEach(function (li) {
      var anchor = li.getAttribute("data-anchor");
      var slot = document.getElementById(anchor + "-error");
      var control = document.getElementById(anchor);
      if (slot) {
        slot.textContent = li.querySelector(".message").textContent;
        slot.hidden = false;
      }
      if (control) {
        control.setAttribute("aria-invalid", "true");
      }
    });
  }

  function showMeaning(select) {
    var out = document.getElementById(select.id + "-meaning");
    if (out) {
      var option = select.options[select.selectedIndex];
      out.textContent = option && option.value ? option.getAttribute("data-help") || "" : "";
    }
  }

  var currentStep = null;

  function steps() {
    return Array.prototype.slice.call(document.querySelectorAll(".plan-form > .group"));
  }

  // Shows one part of the plan; with focusHeading the part's heading takes focus, as a new page would.
  function showStep(id, focusHeading) {
    var groups = steps();
    if (!groups.length) {
      return;
    }
    var target = groups.filter(function (g) { return g.id === id; })[0] || groups[0];
    currentStep = target.id;
    groups.forEach(function (g) { g.hidden = g !== target; });
    document.querySelectorAll(".plan-form .groups a").forEach(function (a) {
      if (a.hash === "#" + target.id) {
        a.setAttribute("aria-current", "step");
      } else {
        a.removeAttribute("aria-current");
      }
    });
    if (focusHeading) {
      var heading = target.querySelector("h2");
      heading.scrollIntoView({ block: "start" });
      heading.focus({ preventScroll: true });
    }
  }

  function goToField(anchor) {
    var target = document.getElementById(anchor);
    if (!target) {
      return;
    }
    var group = target.closest(".plan-form > .group");
    if (group && group.hidden) {
      showStep(group.id, false);
    }
    var focusable = target.matches("input, select, textarea") ? target
      : target.querySelector("input:checked, input, select, textarea");
    target.scrollIntoView({ block: "center" });
    (focusable || target).focus({ preventScroll: true });
    target.classList.add("highlight");
    setTimeout(function () { target.classList.remove("highlight"); }, 1600);
  }

  document.addEventListener("submit", function (event) {
    var question = event.target.getAttribute("data-confirm");
    if (question && !window.confirm(question)) {
      event.preventDefault();
    }
  });

  document.addEventListener("click", function (event) {
    if (event.target.closest("[data-print]")) {
      window.print();
      return;
    }
    var step = event.target.closest(".plan-form a.step-link, .plan-form .groups a");
    if (step) {
      event.preventDefault();
      showStep(step.hash.substring(1), true);
      return;
    }
    var link = event.target.closest("a.field-link");
    if (link && link.hash && document.querySelector(".plan-form")) {
      event.preventDefault();
      goToField(decodeURIComponent(link.hash.substring(1)));
    }
  });

  document.addEventListener("change", function (event) {
    if (event.target.matches(".plan-form select")) {
      showMeaning(event.target);
    }
    if (event.target.id === "import-file" && event.target.files.length) {
      event.target.files[0].text().then(function (text) {
        document.getElementById("import-json").value = text;
      });
    }
  });

  // After a row is added or removed the server names where focus belongs (data-focus): the new
  // row, or the neighbour of the removed one.
  function restoreFocus() {
    var body = document.getElementById("editor-body");
    var anchor = body && body.getAttribute("data-focus");
    if (!anchor) {
      return;
    }
    body.removeAttribute("data-focus");
    var target = document.getElementById(anchor);
    if (!target) {
      return;
    }
    var control = target.matches("button, input, select, textarea") ? target
      : target.querySelector("select, input:not([type=hidden]), textarea, button");
    // The control, not the row: a row with many choices is taller than a phone's screen.
    (control || target).scrollIntoView({ block: "center" });
    (control || target).focus({ preventScroll: true });
  }

  var lastVerdict = null;

  function verdictNow() {
    var verdict = document.getElementById("verdict");
    if (verdict) {
      return verdict.textContent;
    }
    return document.getElementById("field-errors") ? "The advice waits until the problems shown are fixed." : null;
  }

  function announceVerdict(initial) {
    var now = verdictNow();
    var region = document.getElementById("verdict-announcement");
    if (!initial && region && now !== null && now !== lastVerdict) {
      region.textContent = "Advice updated. " + now;
    }
    lastVerdict = now;
  }

  function refresh(initial) {
    if (!document.getElementById(currentStep || "-")) {
      currentStep = null;
    }
    showStep(currentStep, false);
    placeErrors();
    document.querySelectorAll(".plan-form select").forEach(showMeaning);
    restoreFocus();
    announceVerdict(initial);
  }

  document.addEventListener("DOMContentLoaded", function () { refresh(true); });
  // Problems that stopped a save are true only until the plan changes: the live advice then names
  // what is still wrong, at the fields.
  var formAtSave = null;

  function formNow() {
    var form = document.getElementById("plan-form");
    return form ? new URLSearchParams(new FormData(form)).toString() : null;
  }

  document.addEventListener("htmx:beforeRequest", function (event) {
    if (event.detail.elt && event.detail.elt.id === "save-draft") {
      formAtSave = formNow();
    }
  });

  function forgetRefusedSave() {
    var problems = document.getElementById("save-problems");
    if (problems && !problems.hidden && formNow() !== formAtSave) {
      problems.hidden = true;
      problems.textContent = "";
      document.getElementById("save-message").textContent = "";
    }
  }

  document.addEventListener("htmx:afterSettle", function (event) {
    var target = event.detail && event.detail.target;
    if (target && (target.id === "advice" || target.id === "editor-body")) {
      forgetRefusedSave();
    }
    refresh(false);
  });
})();
