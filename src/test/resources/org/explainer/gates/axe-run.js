// The browser half of AxeChecker, added to every page after axe-core itself. __gatesAxeRun sets axe to work
// on the next turn of the page's event loop, so the driver is free meanwhile, and keeps the promise of its
// violations (each rule with its nodes' selectors and summaries, nothing else) in __gatesAxe.
//   tags         the WCAG tags to run; colourRules the ids of the colour rules
//   rules        "EVERY_RULE", "ALL_BUT_COLOUR_RULES" or "COLOUR_RULES_ONLY"
//   kinds        null for the whole page; or kinds of element (see shape-probe.js), to check those alone
window.__gatesAxeRun = function (tags, colourRules, rules, kinds) {
  "use strict";
  var only = kinds ? window.__gatesPageShape.elementsOf(kinds) : [];
  var context = only.length ? { include: only } : document;
  var options = { runOnly: { type: "tag", values: tags }, resultTypes: ["violations"] };
  if (rules === "COLOUR_RULES_ONLY") options.runOnly = { type: "rule", values: colourRules };
  if (rules === "ALL_BUT_COLOUR_RULES") {
    options.rules = {};
    colourRules.forEach(function (id) { options.rules[id] = { enabled: false }; });
  }
  window.__gatesAxe = new Promise(function (resolve) { setTimeout(resolve, 0); })
    .then(function () { return axe.run(context, options); })
    .then(function (results) {
      return results.violations.map(function (rule) {
        return { id: rule.id, impact: rule.impact, help: rule.help, nodes: rule.nodes.map(function (node) {
          return { target: node.target.join(" "), summary: node.failureSummary || "" };
        }) };
      });
    }, function (error) { return [{ id: "axe-error", impact: "", help: String(error), nodes: [] }]; });
};
