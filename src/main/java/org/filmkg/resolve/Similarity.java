package org.filmkg.resolve;

import org.filmkg.extract.Names;

/** String similarity for names: token-aligned edit distance over accent- and case-folded forms. */
public final class Similarity {
    private Similarity() {}

    /** Edit distance (Commons Text). */
    public static int levenshtein(String a, String b) {
        return org.apache.commons.text.similarity.LevenshteinDistance.getDefaultInstance().apply(a, b);
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
