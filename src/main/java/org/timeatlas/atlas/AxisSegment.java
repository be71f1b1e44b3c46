package org.timeatlas.atlas;

import java.time.LocalDateTime;

/** A stretch of the timeline [from, to) given {@code share} of its width (all shares add up to 1). */
public record AxisSegment(LocalDateTime from, LocalDateTime to, double share) {
}
