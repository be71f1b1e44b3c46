package org.timeatlas.atlas;

/** A published work an event or a status span rests on. Optional parts are null. */
public record Source(String id, String title, String author, String publisher, int year, String url,
                     String section) {

    /** The same work cited at a more precise place (a page or section). */
    public Source at(String preciseSection) {
        return preciseSection == null ? this : new Source(id, title, author, publisher, year, url, preciseSection);
    }

    /** "Author / Publisher (year). Title. Section." — for panels and exports. */
    public String citation() {
        StringBuilder text = new StringBuilder();
        if (author != null) {
            text.append(author);
        }
        if (publisher != null) {
            text.append(text.isEmpty() ? "" : "; ").append(publisher);
        }
        text.append(" (").append(year).append("). ").append(title).append('.');
        if (section != null) {
            text.append(' ').append(section).append('.');
        }
        return text.toString();
    }
}
