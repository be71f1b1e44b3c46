package org.timeatlas.ui.presentation;

/**
 * What presentation mode remembers between sessions.
 *
 * @param audienceScreen the index in {@code Screen.getScreens()} of the screen the class sees
 */
public record PresentationSettings(int audienceScreen) {
}
