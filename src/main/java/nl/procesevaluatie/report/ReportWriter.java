package nl.procesevaluatie.report;

import java.nio.file.Path;
import java.util.List;
import nl.procesevaluatie.indicators.IndicatorCsv;
import nl.procesevaluatie.indicators.IndicatorRow;
import nl.procesevaluatie.output.OutputFiles;

/** Writes report.html into the output folder (a first, plain version: one table of every figure). */
public final class ReportWriter {

    public void write(ReportInput in, Path outDir, boolean pdf) {
        StringBuilder sb = new StringBuilder("<!DOCTYPE html><html lang=\"" + in.language() + "\"><head><meta charset=\"utf-8\"><title>")
                .append(escape(in.job().title())).append("</title></head><body><h1>").append(escape(in.job().title()))
                .append("</h1><p>Peildatum ").append(in.asOf()).append("</p><table><tr><th>indicator</th><th>scope</th>"
                        + "<th>waarde</th><th>periode</th><th>teller</th><th>noemer</th><th>waarde</th><th>doel</th><th>status</th></tr>");
        for (IndicatorRow r : in.rows()) {
            String small = "&lt;" + in.job().minCellSize();
            sb.append("<tr><td>").append(escape(r.indicator())).append("</td><td>").append(escape(r.scope())).append("</td><td>")
                    .append(escape(r.scopeValue())).append("</td><td>").append(escape(r.period())).append("</td><td>")
                    .append(r.suppressed() ? small : IndicatorCsv.number(r.numerator())).append("</td><td>")
                    .append(r.suppressed() ? small : IndicatorCsv.number(r.denominator())).append("</td><td>")
                    .append(r.suppressed() ? small : IndicatorCsv.value(r)).append("</td><td>")
                    .append(r.target() == null ? "" : r.target().toPlainString()).append("</td><td>")
                    .append(r.suppressed() || r.status() == null ? "" : r.status()).append("</td></tr>");
        }
        sb.append("</table></body></html>\n");
        OutputFiles.write(outDir.resolve("report.html"), sb.toString());
    }

    static String escape(String s) {
        if (s == null) {
            return "";
        }
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }

}
