// The browser half of KeyboardChecker. install() lists what a keyboard user must be able to reach (every
// such element on the page, or those given) in the current display, notes how each looks before it has
// focus, and readies one Tab press for each: just before the press, the element that comes before it on
// the page gets focus, so the press shows whether the Tab key goes from there to it, as it would on a walk
// through the whole page. It can be installed again on the same page, in another display. After the Java side has pressed Tab that many times, report() says which elements the key did
// not reach, showed no visible change on focus, or sat hidden behind something once focused.
window.__gatesFocusProbe = window.__gatesFocusProbe || (function () {
  "use strict";

  var INTERACTIVE = "a[href], area[href], button, input:not([type=hidden]), select, textarea, summary, iframe, "
    + "audio[controls], video[controls], [contenteditable]:not([contenteditable=false])";
  var LOOK = ["outlineStyle", "outlineWidth", "outlineColor", "boxShadow", "backgroundColor",
    "borderTopColor", "borderBottomColor", "textDecorationLine"];

  var targets = [];
  var before = new Map();
  var landed = [];
  var listeners = [];

  function look(element) {
    var style = getComputedStyle(element);
    var result = {};
    LOOK.forEach(function (property) { result[property] = style[property]; });
    return result;
  }

  function mustBeReachable(element) {
    // tabindex="-1" on a plain element (like <main>, for the skip link) is a script's target, not a stop.
    var native = element.matches(INTERACTIVE);
    if (!native && !(element.tabIndex >= 0)) return false;
    if (element.matches(":disabled") || element.closest("[inert]")) return false;
    return element.checkVisibility({ checkVisibilityCSS: true }) && element.getClientRects().length > 0;
  }

  function describe(element) {
    var tag = element.tagName.toLowerCase();
    var attribute = element.getAttribute("href") !== null ? ' href="' + element.getAttribute("href") + '"'
      : element.id ? ' id="' + element.id + '"' : element.className ? ' class="' + element.className + '"' : "";
    var name = (element.getAttribute("aria-label") || element.textContent || "").replace(/\s+/g, " ").trim();
    return "<" + tag + attribute + ">" + (name ? ' "' + name.slice(0, 40) + '"' : "");
  }

  function visible(color) {
    return !/^rgba\(.*,\s*0\)$/.test(color) && color !== "transparent";
  }

  function indicatorShown(was, now) {
    var outline = now.outlineStyle !== "none" && parseFloat(now.outlineWidth) > 0 && visible(now.outlineColor)
      && (was.outlineStyle !== now.outlineStyle || was.outlineWidth !== now.outlineWidth || was.outlineColor !== now.outlineColor);
    var other = ["boxShadow", "backgroundColor", "borderTopColor", "borderBottomColor", "textDecorationLine"]
      .some(function (property) { return was[property] !== now[property]; });
    return outline || other;
  }

  // Focus Not Obscured (WCAG 2.4.11): once focused, and so scrolled into view, some of the element shows.
  // Called for each element in page order from the top of the page, so each one is scrolled to from
  // where the previous one left the page, as a Tab press would.
  function hiddenBehind(element) {
    element.focus();
    var box = element.getClientRects()[0];
    var points = [[box.left + box.width / 2, box.top + box.height / 2], [box.left + 2, box.top + 2],
      [box.right - 2, box.top + 2], [box.left + 2, box.bottom - 2], [box.right - 2, box.bottom - 2]];
    var cover = null;
    for (var i = 0; i < points.length; i++) {
      var x = points[i][0], y = points[i][1];
      if (x < 0 || y < 0 || x >= innerWidth || y >= innerHeight) continue;
      var hit = document.elementFromPoint(x, y);
      if (hit && (element.contains(hit) || hit.contains(element))) return null;
      cover = cover || hit;
    }
    return cover ? describe(cover) : "the edge of the window";
  }

  // Where a press for the first element on the page starts: the body, focused for that press alone, so
  // that Tab goes to what comes first, however the page was left by an earlier check.
  function fromTheTop() {
    document.body.setAttribute("tabindex", "-1");
    document.body.focus();
  }

  function listen(type, handler) {
    document.addEventListener(type, handler, true);
    listeners.push([type, handler]);
  }

  function inPageOrder(a, b) {
    return a === b ? 0 : a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
  }

  return {
    // Returns how many Tab presses the check needs; or, if an element sets a tabindex above 0, which puts
    // it out of the page's order (and is a mistake of its own), that element, and nothing is readied.
    install: function (only) {
      listeners.forEach(function (listener) { document.removeEventListener(listener[0], listener[1], true); });
      listeners = [];
      before = new Map();
      landed = [];
      var ahead = Array.prototype.find.call(document.querySelectorAll("[tabindex]"), function (e) { return e.tabIndex > 0; });
      if (ahead) return { presses: 0, outOfOrder: describe(ahead) };
      if (document.activeElement) document.activeElement.blur();
      var candidates = Array.prototype.filter.call(document.querySelectorAll(INTERACTIVE + ", [tabindex]"), mustBeReachable);
      targets = (only ? only.filter(mustBeReachable) : candidates).sort(inPageOrder);
      targets.forEach(function (element) { before.set(element, look(element)); });
      // The element before each target, which the press for that target starts from; none for the first on
      // the page, whose press starts from the top.
      var starts = targets.map(function (target) {
        var previous = null;
        candidates.forEach(function (candidate) { if (inPageOrder(candidate, target) < 0) previous = candidate; });
        return previous;
      });
      var press = 0;
      var bodyTabIndex = document.body.getAttribute("tabindex");
      listen("keydown", function (event) {
        if (event.key !== "Tab" || press >= targets.length) return;
        if (starts[press]) starts[press].focus(); else fromTheTop();
      });
      listen("keyup", function (event) {
        if (event.key !== "Tab" || press >= targets.length) return;
        if (bodyTabIndex === null) document.body.removeAttribute("tabindex"); else document.body.setAttribute("tabindex", bodyTabIndex);
        var now = document.activeElement;
        landed.push({ element: now, look: now ? look(now) : null });
        press++;
      });
      return { presses: targets.length, outOfOrder: null };
    },
    report: function () {
      var problems = [];
      // Focusing the element the last press left focused would not scroll to it.
      if (document.activeElement) document.activeElement.blur();
      window.scrollTo(0, 0);
      targets.forEach(function (element, i) {
        var press = landed[i];
        if (!press || press.element !== element) {
          problems.push(describe(element) + " cannot be reached with the Tab key");
        } else if (!indicatorShown(before.get(element), press.look)) {
          problems.push(describe(element) + " shows no visible change when focused (outline, box-shadow, border or background)");
        } else {
          var cover = hiddenBehind(element);
          if (cover) problems.push(describe(element) + " is hidden behind " + cover + " when focused");
        }
      });
      return problems;
    }
  };
})();
