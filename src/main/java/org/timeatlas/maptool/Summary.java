package org.timeatlas.maptool;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the map tool wrote: features, vertices and bytes per file, and the area of each territory. */
final class Summary {

    private record FileRow(String file, int features, int vertices, long bytes) {
    }

    private final List<FileRow> files = new ArrayList<>();
    private final Map<String, Double> areasKm2 = new LinkedHashMap<>();
    private final List<String> notes = new ArrayList<>();

    void file(String file, List<OutFeature> features, long bytes) {
        int vertices = features.stream().mapToInt(f -> f.geometry().getNumPoints()).sum();
        files.add(new FileRow(file, features.size(), vertices, bytes));
    }

    void territoryArea(String id, double km2) {
        areasKm2.put(id, km2);
    }

    void note(String note) {
        notes.add(note);
    }

    void print(PrintStream out) {
        out.println("file                                   features  vertices      bytes");
        long total = 0;
        for (FileRow f : files) {
            out.printf("%-38s %8d %9d %10d%n", f.file(), f.features(), f.vertices(), f.bytes());
            total += f.bytes();
        }
        out.printf("%-38s %8s %9s %10d%n", "total", "", "", total);
        out.println();
        out.println("territory                          area km²");
        areasKm2.forEach((id, km2) -> out.printf("%-30s %12.0f%n", id, km2));
        if (!notes.isEmpty()) {
            out.println();
            notes.forEach(n -> out.println("note: " + n));
        }
    }
}
