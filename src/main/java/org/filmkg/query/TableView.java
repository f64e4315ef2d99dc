package org.filmkg.query;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.shared.PrefixMapping;

/**
 * Result tables for people, shared by {@code ./kg query} and the console: aligned columns cut to the terminal width,
 * or an expanded view with one record per block (as psql's {@code \x}) so that long cells can be read whole.
 */
public final class TableView {
    private TableView() {}

    /** IRIs written with the known prefixes ("fk:rating"); other cells as they are. */
    public static QueryRunner.Table compact(QueryRunner.Table t, PrefixMapping prefixes) {
        List<List<String>> rows = new ArrayList<>();
        for (List<String> r : t.rows()) {
            List<String> row = new ArrayList<>();
            for (String c : r) row.add(c.contains(":") ? prefixes.shortForm(c) : c);
            rows.add(row);
        }
        return new QueryRunner.Table(t.vars(), rows);
    }

    /** An aligned table no wider than {@code width}: long cells are cut with "…", narrow columns keep their size. */
    public static String table(QueryRunner.Table t, int width) {
        int n = t.vars().size();
        if (n == 0) return "(no columns)\n";
        int[] w = new int[n];
        for (int i = 0; i < n; i++) w[i] = t.vars().get(i).length();
        for (List<String> r : t.rows()) for (int i = 0; i < n; i++) w[i] = Math.max(w[i], oneLine(r.get(i)).length());
        int budget = Math.max(n * 4, width - (3 * n + 1));
        // shrink the widest column until the table fits
        while (sum(w) > budget) {
            int widest = 0;
            for (int i = 1; i < n; i++) if (w[i] > w[widest]) widest = i;
            if (w[widest] <= 4) break;
            w[widest]--;
        }
        StringBuilder sb = new StringBuilder();
        String rule = rule(w);
        sb.append(rule);
        sb.append(row(t.vars(), w));
        sb.append(rule);
        for (List<String> r : t.rows()) sb.append(row(r, w));
        sb.append(rule);
        return sb.toString();
    }

    /** One block per record, "name | value" lines; a value longer than the width wraps onto further lines. */
    public static String expanded(QueryRunner.Table t, int width) {
        int key = 0;
        for (String v : t.vars()) key = Math.max(key, v.length());
        int room = Math.max(10, width - key - 3);
        StringBuilder sb = new StringBuilder();
        for (int r = 0; r < t.rows().size(); r++) {
            String head = "-[ RECORD " + (r + 1) + " ]";
            sb.append(head).append("-".repeat(Math.max(3, Math.min(width, key + 3 + 20) - head.length()))).append('\n');
            List<String> row = t.rows().get(r);
            for (int i = 0; i < t.vars().size(); i++) {
                String v = oneLine(row.get(i));
                String name = t.vars().get(i);
                int at = 0;
                do {
                    String part = v.substring(at, Math.min(v.length(), at + room));
                    sb.append(at == 0 ? name : "").append(" ".repeat(key - (at == 0 ? name.length() : 0))).append(" | ").append(part).append('\n');
                    at += room;
                } while (at < v.length());
            }
        }
        return sb.toString();
    }

    private static int sum(int[] w) {
        int s = 0;
        for (int x : w) s += x;
        return s;
    }

    private static String rule(int[] w) {
        StringBuilder sb = new StringBuilder("+");
        for (int x : w) sb.append("-".repeat(x + 2)).append('+');
        return sb.append('\n').toString();
    }

    private static String row(List<String> cells, int[] w) {
        StringBuilder sb = new StringBuilder("|");
        for (int i = 0; i < w.length; i++) {
            String c = oneLine(cells.get(i));
            if (c.length() > w[i]) c = c.substring(0, Math.max(0, w[i] - 1)) + "…";
            sb.append(' ').append(c).append(" ".repeat(w[i] - c.length())).append(" |");
        }
        return sb.append('\n').toString();
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s+", " ");
    }
}
