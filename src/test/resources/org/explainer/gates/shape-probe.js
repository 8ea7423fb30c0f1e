// The browser half of PageShape: names the kind of every element on the page, so that the accessibility
// gate can pick a few pages that between them have every kind the site has. An element's kind is its tag,
// the attributes the browser itself renders or treats it by, which of the page's style rules can ever
// apply to it (in any display and any state: media and layer blocks are all read, and :hover, :focus,
// :target and the like are left out of each selector) and whether it has text of its own, after the kind
// of its parent, up to <html> (its lang and dir, and the stylesheets the page loads) and <body> (its
// data-template). Two elements of one kind are styled by the same rules in every display, whatever their
// text says. read() returns every kind on the page and which of them the reader can see in the current
// display; firstOf(kinds) and elementsOf(kinds) the page's elements of those kinds.
window.__gatesPageShape = (function () {
  "use strict";

  var OWN_ATTRIBUTES = ["lang", "dir", "data-template", "hidden", "open", "popover", "type", "tabindex", "role",
    "disabled", "contenteditable", "controls", "style", "inert"];
  var STATES = new RegExp("::?(?:-[a-z-]+|before|after|marker|backdrop|placeholder|selection|first-line|first-letter"
    + "|file-selector-button)(?![\\w-])|:(?:hover|focus-visible|focus-within|focus|active|visited|target-within|target"
    + "|checked|popover-open|placeholder-shown|indeterminate|user-invalid|invalid|valid|default)(?![\\w-])", "g");

  // Every style rule's selector, nested rules resolved against their parent's, in stylesheet order.
  function selectors() {
    var list = [];
    function walk(rules, parent) {
      Array.prototype.forEach.call(rules, function (rule) {
        var selector = parent;
        if (rule instanceof CSSStyleRule) {
          selector = parent && rule.selectorText.indexOf("&") >= 0
            ? rule.selectorText.split("&").join(":is(" + parent + ")")
            : parent ? ":is(" + parent + ") " + rule.selectorText : rule.selectorText;
          list.push(selector.replace(STATES, ""));
        }
        if (rule.cssRules) walk(rule.cssRules, selector);
      });
    }
    Array.prototype.forEach.call(document.styleSheets, function (sheet) {
      try { walk(sheet.cssRules, null); } catch (error) { /* a stylesheet from elsewhere cannot be read */ }
    });
    return list;
  }

  // cyrb53: a 53-bit hash, so a kind travels as a dozen characters instead of its whole path.
  function hash(text) {
    var h1 = 0xdeadbeef, h2 = 0x41c6ce57;
    for (var i = 0; i < text.length; i++) {
      var c = text.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 2654435761);
      h2 = Math.imul(h2 ^ c, 1597334677);
    }
    h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
    h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
    return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
  }

  // Whether the element has text of its own: colour contrast is only measured on text, and a link is
  // only "in a block of text" when its parent has some.
  function hasText(element) {
    return Array.prototype.some.call(element.childNodes, function (node) {
      return node.nodeType === Node.TEXT_NODE && node.data.trim() !== "";
    });
  }

  // Each element of the body with its kind, in document order. A kind is the hash of its parent's kind
  // and its own description, so it stands for the whole path.
  function kindOfEach() {
    var rulesOf = new Map();
    selectors().forEach(function (selector, index) {
      var matched;
      try { matched = document.querySelectorAll(selector); } catch (error) { return; }
      matched.forEach(function (element) {
        if (!rulesOf.has(element)) rulesOf.set(element, []);
        rulesOf.get(element).push(index);
      });
    });
    function own(element) {
      return element.tagName.toLowerCase() + "[" + OWN_ATTRIBUTES.map(function (attribute) {
        var value = element.getAttribute(attribute);
        return value === null ? "" : attribute + "=" + value;
      }).join(",") + "]{" + (rulesOf.get(element) || []).join(",") + "}" + (hasText(element) ? "text" : "");
    }
    var kindOf = new Map();
    function visit(element, parentKind) {
      var kind = hash(parentKind + ">" + own(element));
      kindOf.set(element, kind);
      Array.prototype.forEach.call(element.children, function (child) { visit(child, kind); });
    }
    // The page's stylesheets are part of every kind: pages that load other styles are other shapes.
    var sheets = Array.prototype.map.call(document.styleSheets, function (sheet) { return sheet.href || "inline"; }).join(" ");
    visit(document.body, hash(sheets + " " + own(document.documentElement)));
    return kindOf;
  }

  return {
    // Every kind on the page; those with an element the reader can see in the current display; those of
    // elements the Tab key stops at, or should (a tabindex of -1 on a link is the keyboard walk's business).
    read: function () {
      var kinds = {}, shown = {}, focusable = {};
      kindOfEach().forEach(function (kind, element) {
        kinds[kind] = true;
        if (element.checkVisibility({ checkVisibilityCSS: true, visibilityProperty: true })) shown[kind] = true;
        if (element.tabIndex >= 0 || element.hasAttribute("tabindex")) focusable[kind] = true;
      });
      return { kinds: Object.keys(kinds), shown: Object.keys(shown), focusable: Object.keys(focusable) };
    },
    // The first element of each given kind that the reader can see in the current display, in page order:
    // one stands for all, for the keyboard check.
    firstOf: function (wanted) {
      var left = new Set(wanted);
      var found = [];
      kindOfEach().forEach(function (kind, element) {
        if (left.has(kind) && element.checkVisibility({ checkVisibilityCSS: true, visibilityProperty: true })) {
          found.push(element);
          left.delete(kind);
        }
      });
      return found;
    },
    // The outermost elements of the given kinds, for axe to check them (and what they hold) alone.
    elementsOf: function (wanted) {
      var set = new Set(wanted);
      var found = [];
      kindOfEach().forEach(function (kind, element) {
        if (set.has(kind) && !found.some(function (outer) { return outer.contains(element); })) found.push(element);
      });
      return found;
    }
  };
})();
