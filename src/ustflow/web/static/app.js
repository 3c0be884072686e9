/* Dashboard: fetch each chart's spec from /api/charts/{id} with the filters that apply to it,
   draw it, and redraw when a filter changes (the page URL follows, so a view can be shared). */
(function () {
  "use strict";
  var RELOAD = ["as_of", "n", "window", "instrument", "years", "holdings", "duration", "hedge_ratio"];

  function formParams(form, names) {
    var q = new URLSearchParams();
    names.forEach(function (n) {
      var el = form && form.elements[n];
      if (!el) { return; }
      var v = el.multiple
        ? Array.prototype.filter.call(el.options, function (o) { return o.selected; }).map(function (o) { return o.value; }).join(",")
        : el.value;
      if (v) { q.set(n, v); }
    });
    return q;
  }

  /* The API's message: a string, or FastAPI's list of parameter errors (never "[object Object]"). */
  function detailText(body, status) {
    var d = body && body.detail;
    if (typeof d === "string" && d) { return d; }
    if (Array.isArray(d)) {
      return d.map(function (e) {
        var loc = (e.loc || []).filter(function (x) { return x !== "query" && x !== "body" && x !== "path"; });
        return (loc.length ? loc.join(".") + ": " : "") + (e.msg || JSON.stringify(e));
      }).join("; ");
    }
    return "HTTP " + status;
  }
  window.ustflowDetail = detailText;

  function caption(fig, meta) {
    var el = fig.querySelector("figcaption .meta");
    el.textContent = meta.title + ". Unit: " + meta.unit + ". Source: " + meta.source + ". Data to " +
      (meta.newest || "n/a") + (meta.as_of ? ", as known on " + meta.as_of : "") + "." + (meta.notes ? " " + meta.notes : "");
  }

  function load(fig, form) {
    var names = (fig.dataset.params || "").split(",").filter(Boolean).concat(["as_of"]);
    var q = formParams(form, names);
    var url = "/api/charts/" + encodeURIComponent(fig.dataset.chart) + "?" + q.toString();
    var vis = fig.querySelector(".vis");
    var qc = new URLSearchParams(q); qc.set("format", "csv");
    fig.querySelector("a.csv").href = "/api/charts/" + fig.dataset.chart + "?" + qc.toString();
    fig.querySelector("a.json").href = url;
    var meta = fig.querySelector("figcaption .meta");
    meta.className = "meta";
    vis.dataset.rendered = "pending";
    fig.dataset.url = url;
    return fetch(url, {headers: {"Accept": "application/json"}})
      .then(function (r) {
        return r.json().catch(function () { return {}; }).then(function (body) {
          if (!r.ok) { throw new Error(detailText(body, r.status)); }
          return body;
        });
      })
      .then(function (body) {
        if (fig.dataset.url !== url) { return null; } // a newer filter won the race
        caption(fig, body.meta);
        fig.dataset.newest = body.meta.newest || "";
        return window.ustflowRender(vis, body.spec, fig.dataset.chart);
      })
      .catch(function (err) {
        if (fig.dataset.url !== url) { return; }
        vis.dataset.rendered = "error";
        vis.textContent = "";
        var msg = fig.querySelector("figcaption .meta");
        msg.textContent = "No chart: " + err.message;
        msg.className = "meta error-msg";
      });
  }

  function loadAll(form, onlyFor) {
    var figs = document.querySelectorAll("figure[data-chart]");
    return Promise.all(Array.prototype.filter.call(figs, function (fig) {
      if (!onlyFor) { return true; }
      var names = (fig.dataset.params || "").split(",").concat(["as_of"]);
      return names.indexOf(onlyFor) >= 0;
    }).map(function (fig) { return load(fig, form); }));
  }

  /* PNG of a drawn chart, made in the browser from the Vega view (nothing is sent anywhere). */
  function pngLinks() {
    document.querySelectorAll("figure[data-chart] a.png").forEach(function (a) {
      a.addEventListener("click", function (ev) {
        ev.preventDefault();
        var id = a.closest("figure").dataset.chart;
        var view = window.ustflowCharts[id];
        if (!view) { return; }
        view.toImageURL("png", 2).then(function (href) {
          var tmp = document.createElement("a");
          tmp.href = href;
          tmp.download = "ustflow-" + id + ".png";
          document.body.appendChild(tmp);
          tmp.click();
          tmp.remove();
        });
      });
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    pngLinks();
    var form = document.getElementById("filters");
    loadAll(form, null);
    if (!form) { return; }
    form.addEventListener("change", function (ev) {
      var name = ev.target && ev.target.name;
      if (ev.target.checkValidity && !ev.target.checkValidity()) { return; }
      var all = Array.prototype.map.call(form.elements, function (e) { return e.name; }).filter(Boolean);
      history.replaceState(null, "", location.pathname + "?" + formParams(form, all).toString());
      // server-rendered tables and the brief depend on these: reload (the charts come back from the cache)
      if (RELOAD.indexOf(name) >= 0 && document.querySelector("table.data, .card")) {
        location.reload();
        return;
      }
      loadAll(form, name);
    });
  });
})();

/* Check an article: POST the text to /api/check and show one row per claim (text only, no HTML), with the
   same fields as `ustflow check`: official value, period, vintage, conversion, explanation and the track record
   of the result's class on blind articles. */
(function () {
  "use strict";
  var COLS = [["claim", "claim"], ["subject", "subject"], ["period", "period"], ["verdict", "verdict"],
              ["official_value", "official value"], ["official_unit", "unit"], ["official_period", "official period"],
              ["series", "series"], ["vintage", "vintage"], ["conversion", "conversion"], ["tolerance", "tolerance"],
              ["flags", "flags"], ["explanation", "explanation"], ["track_record", "track record"]];

  function cell(key, v) {
    if (v === null || v === undefined || v === "") { return ""; }
    if (key === "conversion" && typeof v === "object") {
      return "at " + Number(v.fx_rate).toFixed(2) + " JPY/USD (" + (v.fx_series === "article" ? "the article's own rate" :
        "FRED " + v.fx_series + ", mean of " + v.fx_dates) + ")";
    }
    if (Array.isArray(v)) { return v.join(", "); }
    return String(v);
  }

  function post(form, format) {
    var body = {text: form.elements.text.value};
    ["date", "as_of"].forEach(function (k) { if (form.elements[k].value) { body[k] = form.elements[k].value; } });
    return fetch("/api/check?format=" + format, {method: "POST", headers: {"Content-Type": "application/json"},
                                                  body: JSON.stringify(body)});
  }

  document.addEventListener("DOMContentLoaded", function () {
    var form = document.getElementById("check-form");
    if (!form) { return; }
    form.addEventListener("submit", function (ev) {
      ev.preventDefault();
      var table = document.getElementById("check-results");
      var summary = document.getElementById("check-summary");
      summary.textContent = "Checking…";
      table.textContent = "";
      post(form, "json").then(function (r) {
        return r.json().catch(function () { return {}; }).then(function (b) {
          if (!r.ok) { throw new Error(window.ustflowDetail(b, r.status)); }
          return b;
        });
      }).then(function (b) {
        var c = b.counts || {};
        var first = b.rows[0] || {};
        var when = first.publication_date ? " Publication date " + first.publication_date + " (" +
          first.publication_date_source + "): claims without a period are judged on the data published by then." :
          " No publication date found: claims without a period are unverifiable (give the date).";
        summary.textContent = b.rows.length + " claims: " + (c.supported || 0) + " supported, " +
          (c.contradicted || 0) + " contradicted, " + (c.unverifiable || 0) + " unverifiable." + when + " " +
          (b.source || "") + (b.language ? " Note: " + b.language + "." : "");
        document.getElementById("check-record").textContent = b.track_record || "";
        var head = table.insertRow();
        COLS.forEach(function (col) { var th = document.createElement("th"); th.textContent = col[1]; head.appendChild(th); });
        b.rows.forEach(function (row) {
          var tr = table.insertRow();
          tr.className = "verdict-" + row.verdict;
          COLS.forEach(function (col) { tr.insertCell().textContent = cell(col[0], row[col[0]]); });
        });
        return post(form, "csv").then(function (r) { return r.blob(); }).then(function (blob) {
          var a = document.getElementById("check-csv");
          a.href = URL.createObjectURL(blob);
          a.hidden = false;
        });
      }).catch(function (err) { summary.textContent = "Could not check: " + err.message; });
    });
  });
})();
