// The browser half of KeyboardChecker. install() lists what a keyboard user must be able to reach,
// notes how each element looks before it has focus, and from then on notes every element that gets
// focus and how it looks then. After the Java side has pressed Tab enough times, report() says which
// elements were never reached, showed no visible change on focus, or sat hidden behind something.
window.__gatesFocusProbe = (function () {
  "use strict";

  var INTERACTIVE = "a[href], area[href], button, input:not([type=hidden]), select, textarea, summary, iframe, "
    + "audio[controls], video[controls], [contenteditable]:not([contenteditable=false])";
  var LOOK = ["outlineStyle", "outlineWidth", "outlineColor", "boxShadow", "backgroundColor",
    "borderTopColor", "borderBottomColor", "textDecorationLine"];

  var targets = [];
  var before = new Map();
  var focused = new Map();

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
  // Called for each element in Tab order from the top of the page, so each one is scrolled to from
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

  return {
    install: function () {
      targets = Array.prototype.filter.call(document.querySelectorAll(INTERACTIVE + ", [tabindex]"), mustBeReachable);
      targets.forEach(function (element) { before.set(element, look(element)); });
      document.addEventListener("focusin", function (event) {
        if (!focused.has(event.target)) focused.set(event.target, look(event.target));
      }, true);
      if (document.activeElement) document.activeElement.blur();
      return targets.length;
    },
    report: function () {
      var problems = [];
      window.scrollTo(0, 0);
      targets.forEach(function (element) {
        if (!focused.has(element)) {
          problems.push(describe(element) + " cannot be reached with the Tab key");
        } else if (!indicatorShown(before.get(element), focused.get(element))) {
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
