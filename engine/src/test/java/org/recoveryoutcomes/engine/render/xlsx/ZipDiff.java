package org.recoveryoutcomes.engine.render.xlsx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** Says where two workbooks differ, entry by entry, so a failed byte comparison is readable. */
final class ZipDiff {

    private ZipDiff() {
    }

    /** {@code "same"}, or the first differing entry with the text around the first difference. */
    static String describe(byte[] a, byte[] b) {
        List<String[]> ea = entries(a);
        List<String[]> eb = entries(b);
        for (int i = 0; i < Math.max(ea.size(), eb.size()); i++) {
            if (i >= ea.size() || i >= eb.size() || !ea.get(i)[0].equals(eb.get(i)[0])) {
                return "entry " + i + " differs in name or presence";
            }
            String x = ea.get(i)[1];
            String y = eb.get(i)[1];
            if (!x.equals(y)) {
                int k = 0;
                while (k < Math.min(x.length(), y.length()) && x.charAt(k) == y.charAt(k)) {
                    k++;
                }
                int from = Math.max(0, k - 80);
                return ea.get(i)[0] + " differs at " + k + ":\n  " + x.substring(from, Math.min(x.length(), k + 80))
                        + "\n  " + y.substring(from, Math.min(y.length(), k + 80));
            }
        }
        return Arrays.equals(a, b) ? "same" : "same entries, different zip bytes";
    }

    private static List<String[]> entries(byte[] zip) {
        List<String[]> out = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                out.add(new String[] {e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8)});
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
