package org.filmkg.query;

import java.util.ArrayList;
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

    /** Parses RFC 4180 text (CRLF or LF line ends, quoted fields with doubled quotes) into rows of fields. */
    public static List<List<String>> read(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
                continue;
            }
            switch (c) {
                case '"' -> { quoted = true; any = true; }
                case ',' -> { row.add(field.toString()); field.setLength(0); any = true; }
                case '\r' -> { }
                case '\n' -> {
                    if (any || field.length() > 0) { row.add(field.toString()); rows.add(row); }
                    row = new ArrayList<>();
                    field.setLength(0);
                    any = false;
                }
                default -> { field.append(c); any = true; }
            }
        }
        if (any || field.length() > 0) { row.add(field.toString()); rows.add(row); }
        return rows;
    }

    static String field(String f) {
        if (f.indexOf(',') < 0 && f.indexOf('"') < 0 && f.indexOf('\n') < 0 && f.indexOf('\r') < 0) return f;
        return '"' + f.replace("\"", "\"\"") + '"';
    }
}
