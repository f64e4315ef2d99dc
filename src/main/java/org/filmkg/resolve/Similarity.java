package org.filmkg.resolve;

import org.filmkg.extract.Names;

/** String similarity for names: token-aligned edit distance over accent- and case-folded forms. */
public final class Similarity {
    private Similarity() {}

    public static int levenshtein(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    /**
     * Similarity of two full names in [0,1], or 0 when they cannot be the same person: the same number of
     * tokens, at least one token identical, and every other token within a small edit distance
     * (one edit for short tokens, two for tokens of eight letters or more).
     */
    public static double fullNames(String a, String b) {
        String[] ta = Names.fold(a).split(" ");
        String[] tb = Names.fold(b).split(" ");
        if (ta.length < 2 || ta.length != tb.length) return 0;
        int same = 0;
        int edits = 0;
        int letters = 0;
        for (int i = 0; i < ta.length; i++) {
            int d = levenshtein(ta[i], tb[i]);
            int allowed = Math.min(ta[i].length(), tb[i].length()) >= 8 ? 2 : Math.min(ta[i].length(), tb[i].length()) >= 4 ? 1 : 0;
            if (d > allowed) return 0;
            if (d == 0) same++;
            edits += d;
            letters += Math.max(ta[i].length(), tb[i].length());
        }
        if (same == 0) return 0;
        return 1.0 - (double) edits / letters;
    }
}
