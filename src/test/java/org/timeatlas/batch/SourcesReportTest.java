package org.timeatlas.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.timeatlas.atlas.Atlas;
import org.timeatlas.atlas.io.AtlasLoader;
import org.timeatlas.testing.TestAtlases;

class SourcesReportTest {

    @Test
    void countsHowManyEventsAndHistoriesRestOnEachSource() {
        Atlas islands = TestAtlases.islands();
        String report = SourcesReport.render(islands);
        assertTrue(report.contains("| 3 | 3 | 4 | A. Writer (2000). Island Gazette. <https://example.org/gazette> `gazette` |"), report);
        assertTrue(report.contains("| 2 | 2 | 5 | Test Press (2001). The Island Chronicle. ch. 1. `chronicle` |"), report);
    }

    @Test
    void docsSourcesMdIsUpToDateWithTheEmbeddedAtlas() throws IOException {
        Atlas atlas = AtlasLoader.loadEmbedded(AtlasLoader.EMBEDDED).atlas().orElseThrow();
        String committed = Files.readString(Path.of("docs/sources.md"), StandardCharsets.UTF_8);
        assertEquals(SourcesReport.render(atlas), committed,
                "docs/sources.md is out of date: run mvn -q compile exec:java -Dexec.mainClass=org.timeatlas.batch.SourcesReport");
    }
}
