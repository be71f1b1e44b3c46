package org.timeatlas.atlas;

/** Whom a tour is written for: a first look at the story, or a closer one. */
public enum TourLevel {
    INTRODUCTORY, DETAILED
}
