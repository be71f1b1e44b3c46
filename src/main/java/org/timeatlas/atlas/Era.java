package org.timeatlas.atlas;

import java.time.LocalDateTime;

/** A named period drawn as a band above the timeline, [from, to). */
public record Era(String id, LocalDateTime from, LocalDateTime to, LocalizedText name) {
}
