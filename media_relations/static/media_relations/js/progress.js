// The mailing's progress bar: asks the server every two seconds while the
// mailing is being sent (no inline script: the admin's CSP forbids none, but
// we keep to files). The approve button sends once: a double click does not
// post twice (the server refuses a second approval anyway).
(function () {
    "use strict";
    var box = document.querySelector("[data-progress-url]");
    if (box && box.getAttribute("data-in-progress") === "1") {
        var bar = box.querySelector("[data-progress-bar]");
        var percent = box.querySelector("[data-progress-percent]");
        var status = document.querySelector("[data-mailing-status]");
        var poll = function () {
            fetch(box.getAttribute("data-progress-url"), { credentials: "same-origin", headers: { Accept: "application/json" } })
                .then(function (response) { return response.ok ? response.json() : null; })
                .then(function (data) {
                    if (!data) { return; }
                    bar.value = data.percent;
                    bar.textContent = data.percent + "%";
                    percent.textContent = data.percent_label + (document.documentElement.dir === "rtl" ? "٪" : "%");
                    if (status) { status.textContent = data.status_label; }
                    Object.keys(data.counts_label).forEach(function (key) {
                        var cell = box.querySelector('[data-count="' + key + '"]');
                        if (cell) { cell.textContent = data.counts_label[key]; }
                    });
                    if (["approved", "sending", "paused"].indexOf(data.status) !== -1) {
                        window.setTimeout(poll, 2000);
                    } else {
                        // Finished: show the final delivery log and actions.
                        window.location.reload();
                    }
                })
                .catch(function () { window.setTimeout(poll, 5000); });
        };
        window.setTimeout(poll, 1000);
    }
    document.querySelectorAll("[data-approve-form]").forEach(function (form) {
        form.addEventListener("submit", function () {
            var button = form.querySelector("[data-approve]");
            if (button) { button.disabled = true; }
        });
    });
})();
