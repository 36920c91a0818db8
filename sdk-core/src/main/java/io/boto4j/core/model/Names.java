package io.boto4j.core.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** "Did you mean" suggestions: the known names closest to a misspelt one. */
public final class Names {
    private Names() {
    }

    /**
     * Up to {@code limit} names within a small edit distance of {@code wanted}, closest first.
     *
     * <p>A name is close when its edit distance (ignoring case) is at most a third of the wanted
     * name's length (at least 2), or when one contains the other.
     * 
     * @param wanted the name given, e.g. a misspelt operation or parameter
     * @param known  the names that exist
     * @param limit  the most names to return
     * @return a new list of close names, closest first (ties alphabetically); empty when none is close
     */
    public static List<String> closest(String wanted, Collection<String> known, int limit) {
        String w = wanted.toLowerCase(Locale.ROOT);
        int threshold = Math.max(2, w.length() / 3);
        List<String[]> scored = new ArrayList<>();
        for (String k : known) {
            String kl = k.toLowerCase(Locale.ROOT);
            int d = distance(w, kl);
            if (d <= threshold || kl.contains(w) || (w.length() >= 3 && w.contains(kl) && kl.length() >= 3)) {
                scored.add(new String[] {k, String.valueOf(d)});
            }
        }
        scored.sort(Comparator.comparingInt((String[] a) -> Integer.parseInt(a[1])).thenComparing(a -> a[0]));
        List<String> out = new ArrayList<>();
        for (int i = 0; i < scored.size() && i < limit; i++) {
            out.add(scored.get(i)[0]);
        }
        return out;
    }

    /**
     * " (did you mean A, B?)" or "" when nothing is close.
     *
     * @param wanted the name given
     * @param known  the names that exist
     * @return a suffix for an error message naming up to five close names, with a leading space; empty when none is close
     */
    public static String didYouMean(String wanted, Collection<String> known) {
        List<String> c = closest(wanted, known, 5);
        return c.isEmpty() ? "" : " (did you mean " + String.join(", ", c) + "?)";
    }

    /** Levenshtein distance, two rows. */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
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
}
