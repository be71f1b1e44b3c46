package org.timeatlas.atlas;

/** Attribution for data the atlas uses. */
public record Credit(String name, LocalizedText what, String licence, String url) {
}
