/*
 * wagtail-localize 1.14's translation editor (a React app) writes two texts in
 * English whatever the admin's language: the heading "<source> to <target>
 * translation" and the "More actions" label of its footer menu. It also gives
 * every user a "Stop Synced translation" action, which the site refuses to
 * translators (admin_views.stop_translation); for them the footer's action
 * menu is hidden, and "Submit for approval" above the editor is their main button.
 * The translated texts come from the template (data-ministry-*). Remove when
 * wagtail-localize translates these texts itself.
 */
(function () {
    "use strict";

    function run() {
        const root = document.querySelector(".js-translation-editor[data-props]");
        if (!root) {
            return;
        }
        const props = JSON.parse(root.dataset.props);
        const englishHeading = `${props.sourceLocale.displayName} to ${props.locale.displayName} translation`;
        const heading = root.dataset.ministryHeading;
        const moreActions = root.dataset.ministryMoreActions;
        const forTranslator = root.hasAttribute("data-ministry-translator");
        const stopUrl = props.links && props.links.stopTranslationUrl;

        function localise() {
            root.querySelectorAll("section h3").forEach((element) => {
                if (element.textContent === englishHeading) {
                    element.textContent = heading;
                }
            });
            root.querySelectorAll(".w-sr-only").forEach((element) => {
                if (element.textContent === "More actions") {
                    element.textContent = moreActions;
                }
            });
            if (forTranslator && stopUrl) {
                root.querySelectorAll("[data-w-action-url-value]").forEach((element) => {
                    if (element.getAttribute("data-w-action-url-value") === stopUrl) {
                        // Hidden, not removed: React still owns these nodes.
                        const group = element.closest(".w-dropdown-button") || element;
                        group.hidden = true;
                        group.inert = true;
                    }
                });
            }
        }

        new MutationObserver(localise).observe(root, { childList: true, subtree: true });
        localise();
    }

    // The admin loads its scripts in the page's head: wait for the editor's element.
    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", run);
    } else {
        run();
    }
})();
