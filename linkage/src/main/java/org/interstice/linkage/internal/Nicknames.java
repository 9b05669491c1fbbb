package org.interstice.linkage.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The shipped table of given-name equivalence groups (nicknames, short forms, spelling variants). */
public final class Nicknames {
    private static final Map<String, int[]> GROUPS = load();

    private Nicknames() {
    }

    /** Group numbers the normalised name belongs to (empty when none). */
    public static int[] groupsOf(String name) {
        int[] g = GROUPS.get(name);
        if (g == null && name.indexOf(' ') > 0) g = GROUPS.get(name.substring(0, name.indexOf(' ')));
        return g == null ? new int[0] : g;
    }

    public static boolean share(int[] a, int[] b) {
        for (int x : a) for (int y : b) if (x == y) return true;
        return false;
    }

    private static Map<String, int[]> load() {
        var lists = new HashMap<String, List<Integer>>();
        try (var in = Nicknames.class.getResourceAsStream("/org/interstice/linkage/nicknames.txt")) {
            if (in == null) throw new IllegalStateException("nicknames.txt resource missing");
            var r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int group = 0;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) continue;
                group++;
                for (String n : line.split(",")) {
                    String k = Normalise.name(n);
                    if (k == null) continue;
                    var l = lists.computeIfAbsent(k, x -> new ArrayList<>());
                    if (!l.contains(group)) l.add(group);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var out = new HashMap<String, int[]>();
        lists.forEach((k, v) -> out.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
        return out;
    }
}
