// Hecht's shared script (no inline scripts anywhere: CSP). Every page works without it; with it:
// - htmx requests carry the CSRF token;
// - on small screens the main navigation folds behind one "Menu" button (#hecht-menu-button);
// - a <details data-open-wide> (the search filters) is open on wide screens and folded on small ones;
// - an error summary (an error alert above a form) that the server sent takes the focus, so it is seen and heard
//   even when it lies below the fold (unless the page puts the focus on a field itself with autofocus);
// - a table container that scrolls sideways (.hecht-table-scroll) can be reached and scrolled with the keyboard.
(function () {
  'use strict';

  var SMALL = '(max-width: 40rem)';
  var WIDE = '(min-width: 48rem)';

  document.addEventListener('htmx:configRequest', function (event) {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) {
      event.detail.headers[header.getAttribute('content')] = token.getAttribute('content');
    }
  });

  function matches(query) {
    return window.matchMedia && window.matchMedia(query).matches;
  }

  function setUpMenu() {
    var button = document.getElementById('hecht-menu-button');
    var nav = button && button.closest('nav');
    if (!button || !nav) {
      return;
    }
    button.hidden = false;
    nav.classList.add('hecht-nav--collapsible');
    button.addEventListener('click', function () {
      button.setAttribute('aria-expanded', button.getAttribute('aria-expanded') === 'true' ? 'false' : 'true');
    });
    document.addEventListener('keydown', function (event) {
      if (event.key === 'Escape' && button.getAttribute('aria-expanded') === 'true' && matches(SMALL)) {
        button.setAttribute('aria-expanded', 'false');
        button.focus();
      }
    });
  }

  function openWideDetails() {
    if (!matches(WIDE)) {
      return;
    }
    document.querySelectorAll('details[data-open-wide]').forEach(function (details) {
      details.open = true;
    });
  }

  // The first error alert the server rendered into the page (not one that htmx brought in later). A page that puts
  // the focus on a field itself (autofocus, e.g. the password after a failed login) keeps it there.
  function focusErrorSummary() {
    var summary = document.querySelector('main .utrecht-alert--error[role="alert"]');
    if (!summary || document.querySelector('main [autofocus]')) {
      return;
    }
    if (!summary.hasAttribute('tabindex')) {
      summary.setAttribute('tabindex', '-1');
    }
    summary.classList.add('hecht-error-summary');
    summary.focus({ preventScroll: true });
    summary.scrollIntoView({ block: 'start' });
  }

  function caption(container) {
    var table = container.querySelector('table');
    var text = table && table.caption ? table.caption.textContent : '';
    if (!text) {
      var previous = container.previousElementSibling;
      while (previous && !/^H[1-6]$/.test(previous.tagName)) {
        previous = previous.previousElementSibling;
      }
      text = previous ? previous.textContent : '';
    }
    return text.replace(/\s+/g, ' ').trim();
  }

  function setUpTableScroll() {
    document.querySelectorAll('.hecht-table-scroll').forEach(function (container) {
      var overflowing = container.scrollWidth > container.clientWidth + 1;
      container.classList.toggle('hecht-table-scroll--overflowing', overflowing);
      if (overflowing) {
        container.setAttribute('tabindex', '0');
        container.setAttribute('role', 'region');
        var name = caption(container);
        if (name && !container.hasAttribute('aria-label')) {
          container.setAttribute('aria-label', name);
        }
      } else if (container.getAttribute('tabindex') === '0') {
        container.removeAttribute('tabindex');
        container.removeAttribute('role');
      }
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    setUpMenu();
    openWideDetails();
    setUpTableScroll();
    focusErrorSummary();
  });
  var resizeTimer;
  window.addEventListener('resize', function () {
    clearTimeout(resizeTimer);
    resizeTimer = setTimeout(setUpTableScroll, 150);
  });
  document.addEventListener('htmx:afterSettle', setUpTableScroll);
}());
