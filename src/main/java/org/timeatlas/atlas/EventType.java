package org.timeatlas.atlas;

public enum EventType {
    MILITARY, POLITICAL, DIPLOMATIC, ECONOMIC, HUMANITARIAN, PEACEKEEPING
}
