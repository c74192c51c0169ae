/* The ministry's Dari/Pashto writing rules for Wagtail's content checker.
   The patterns come from the server (site_care/userbar.py, from
   core/normalize.py); each check passes when the element's own text has no
   match for the page's language. */
(function () {
  function language() {
    var lang = (document.documentElement.getAttribute('lang') || '').toLowerCase();
    if (lang.indexOf('ps') === 0) return 'ps';
    if (lang.indexOf('fa') === 0 || lang.indexOf('prs') === 0) return 'fa';
    return null;
  }
  function check(node, options) {
    var lang = language();
    var pattern = lang && options && options.patterns ? options.patterns[lang] : null;
    if (!pattern) return true;
    try {
      return !new RegExp(pattern).test(node.textContent || '');
    } catch (error) {
      return true;
    }
  }
  var userbar = window.wagtail && window.wagtail.userbar;
  if (!userbar || typeof userbar.registerCheck !== 'function') return;
  ['ministry-arabic-letters', 'ministry-mixed-digits', 'ministry-stray-marks'].forEach(function (id) {
    userbar.registerCheck(id + '-check', check);
  });
})();
