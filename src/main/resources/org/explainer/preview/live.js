// The preview's live reload. Only the preview's server adds this script to the pages it serves; the
// built site never contains it. It waits for each build of the preview: after a good one it reloads
// the page where the reader was, after a failed one it shows the problems over the page until a build
// succeeds.
(() => {
  const status = '/__preview/status';
  const scrollKey = 'explainer-preview-scroll:' + location.pathname;
  const overlayId = 'preview-problems';
  let seen = null;
  let dismissed = null;

  // Back where the reader was before the reload, or as near as the page still goes.
  const scrolled = sessionStorage.getItem(scrollKey);
  if (scrolled !== null) {
    sessionStorage.removeItem(scrollKey);
    history.scrollRestoration = 'manual';
    const restore = () => window.scrollTo({ top: Number(scrolled), behavior: 'instant' });
    if (document.readyState === 'complete') {
      restore();
    } else {
      window.addEventListener('load', restore, { once: true });
    }
  }

  const stylesheet = document.createElement('link');
  stylesheet.rel = 'stylesheet';
  stylesheet.href = '/__preview/live.css';
  document.head.append(stylesheet);

  function element(name, attributes, ...children) {
    const node = document.createElement(name);
    Object.entries(attributes).forEach(([key, value]) => node.setAttribute(key, value));
    node.append(...children);
    return node;
  }

  function hideProblems() {
    document.getElementById(overlayId)?.remove();
  }

  function showProblems(outcome) {
    hideProblems();
    if (dismissed === outcome.build) {
      return;
    }
    const count = outcome.problems.length === 1 ? '1 problem' : outcome.problems.length + ' problems';
    const dismiss = element('button', { type: 'button', class: 'preview-problems__dismiss' }, 'Dismiss');
    const overlay = element('section', { id: overlayId, class: 'preview-problems', role: 'alert', 'aria-labelledby': overlayId + '-title' },
      element('div', { class: 'preview-problems__panel' },
        element('h2', { id: overlayId + '-title', class: 'preview-problems__title' }, 'The site was not built: ' + count + ' to fix'),
        element('p', {}, 'The page below is the last good build. Save a fix and the preview rebuilds; this goes away when the build succeeds.'),
        element('ul', { class: 'preview-problems__list' }, ...outcome.problems.map(problem =>
          element('li', {}, element('code', {}, problem.location), ': ' + problem.message))),
        dismiss));
    dismiss.addEventListener('click', () => dismissProblems(outcome.build));
    overlay.dataset.build = outcome.build;
    document.body.append(overlay);
  }

  function dismissProblems(build) {
    dismissed = build;
    hideProblems();
  }

  // Escape hides the problems wherever the focus is: the writer is reading the page, not the overlay.
  document.addEventListener('keydown', event => {
    const overlay = document.getElementById(overlayId);
    if (event.key === 'Escape' && overlay) {
      dismissProblems(Number(overlay.dataset.build));
    }
  });

  async function follow() {
    for (;;) {
      let outcome;
      try {
        const response = await fetch(status + '?after=' + (seen ?? -1), { cache: 'no-store' });
        outcome = await response.json();
      } catch (stopped) {
        // The preview is restarting or was stopped: ask again in a moment.
        await new Promise(resolve => setTimeout(resolve, 1000));
        continue;
      }
      if (seen !== null && outcome.build !== seen && outcome.problems.length === 0) {
        sessionStorage.setItem(scrollKey, String(window.scrollY));
        location.reload();
        return;
      }
      seen = outcome.build;
      if (outcome.problems.length === 0) {
        hideProblems();
      } else {
        showProblems(outcome);
      }
    }
  }

  follow();
})();
