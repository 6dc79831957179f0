package org.mplp.conformance.report;

import static org.mplp.conformance.report.Markup.escape;

import java.util.Collection;

/**
 * What every HTML page of the kit shares: the style, the filter script and the page frame. Pages
 * are self-contained: no file, font or script from elsewhere.
 */
final class HtmlPage {
  static final String STYLE =
      "body{font:14px/1.45 system-ui,sans-serif;margin:1em 2em;color:#222;max-width:100em}"
          + "h1{font-size:22px;margin:.2em 0}h2{margin-top:1.4em}"
          + "table{border-collapse:collapse;margin:.6em 0}td,th{border:1px solid #ccc;"
          + "padding:3px 8px;text-align:left;vertical-align:top}th{background:#f3f3f3}"
          + "pre,code{font-size:12px}pre{background:#f7f7f7;border:1px solid #ddd;padding:8px;"
          + "white-space:pre-wrap;overflow-wrap:anywhere;margin:.3em 0}"
          + "pre.transcript{max-height:26em;overflow-y:auto}"
          + ".failed{background:#f8d7da}.error{background:#fde2c4}.warning{background:#fff3cd}"
          + ".flaky{background:#e8dcf5}.passed{background:#d4edda}"
          + ".not-applicable,.not-verified,.untested{background:#eceff1}"
          + ".banner{font-size:18px;padding:8px 12px;margin:.4em 0;border-radius:4px}"
          + ".banner a{margin-left:1em;font-size:15px}"
          + ".meta{color:#555;font-size:13px;margin:.2em 0}.tags{color:#555;font-size:12px}"
          + ".requirement{border-left:4px solid #c33;padding:.2em .8em;margin:1em 0}"
          + ".requirement.warning-group{border-color:#d9a400}"
          + ".sentence{font-style:italic;margin:.2em 0}"
          + ".failure{border:1px solid #ddd;border-radius:4px;padding:.4em .8em;margin:.6em 0}"
          + ".failure h4{margin:.2em 0}.message{margin:.3em 0;overflow-wrap:anywhere}"
          + "table.diff td{font-family:monospace;font-size:12px;overflow-wrap:anywhere;"
          + "max-width:40em}table.diff mark{background:#ffd54f;padding:0 2px}"
          + "table.diff tr.missing td.expected mark,table.diff tr.unexpected td.actual mark"
          + "{background:#ffab91}"
          + "form.filter{margin:.6em 0}form.filter label{margin-right:1em}"
          + ".hidden{display:none}";

  /** Hides every element with data-verdict/data-area/data-level that a filter rules out. */
  static final String FILTER_SCRIPT =
      "(function(){var f=document.querySelector('form.filter');if(!f)return;"
          + "function apply(){var v=f.verdict.value,a=f.area.value,l=f.level.value;"
          + "document.querySelectorAll('[data-verdict]').forEach(function(e){"
          + "var show=(!v||e.dataset.verdict===v)&&(!a||!e.dataset.area||e.dataset.area===a)"
          + "&&(!l||!e.dataset.level||e.dataset.level===l);"
          + "e.classList.toggle('hidden',!show);});}"
          + "f.addEventListener('change',apply);apply();})();";

  private HtmlPage() {}

  static StringBuilder open(String title) {
    StringBuilder s = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head>");
    s.append("<meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\">");
    s.append("<title>").append(escape(title)).append("</title>");
    s.append("<style>").append(STYLE).append("</style></head><body>\n");
    return s;
  }

  static String close(StringBuilder s) {
    s.append("<script>").append(FILTER_SCRIPT).append("</script>\n");
    return s.append("</body></html>\n").toString();
  }

  /** The filter form: by verdict, area and level. */
  static void filter(StringBuilder s, Collection<String> verdicts, Collection<String> areas) {
    s.append("<form class=\"filter\">Show: ");
    select(s, "verdict", verdicts);
    select(s, "area", areas);
    select(s, "level", java.util.List.of("must", "should", "may"));
    s.append("</form>\n");
  }

  private static void select(StringBuilder s, String name, Collection<String> values) {
    s.append("<label>").append(name).append(" <select name=\"").append(name).append("\">");
    s.append("<option value=\"\">all</option>");
    for (String v : values) {
      s.append("<option>").append(escape(v)).append("</option>");
    }
    s.append("</select></label>");
  }

  static void verdictCell(StringBuilder s, String wireName) {
    s.append("<td class=\"").append(wireName).append("\">").append(wireName).append("</td>");
  }
}
