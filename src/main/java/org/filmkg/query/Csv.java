package org.filmkg.query;

import java.util.List;

/** RFC 4180 CSV: a header of variable names, CRLF line ends, fields quoted when they need it. */
public final class Csv {
    private Csv() {}

    public static String write(QueryRunner.Table t) {
        StringBuilder sb = new StringBuilder();
        line(sb, t.vars());
        for (List<String> row : t.rows()) line(sb, row);
        return sb.toString();
    }

    private static void line(StringBuilder sb, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) sb.append(',');
            sb.append(field(fields.get(i)));
        }
        sb.append("\r\n");
    }

    static String field(String f) {
        if (f.indexOf(',') < 0 && f.indexOf('"') < 0 && f.indexOf('\n') < 0 && f.indexOf('\r') < 0) return f;
        return '"' + f.replace("\"", "\"\"") + '"';
    }
}
