package org.timeatlas.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.timeatlas.atlas.LocalizedText;

/**
 * The project's one Hindi rule for Gali: गाली, always followed by ज़िला (district) or शहर (town), never गली
 * (which means "lane"). Shared by the data tests of every kind of text.
 */
final class GaliSpelling {

    private static final Pattern LANE = Pattern.compile("(?<![\\u0900-\\u097F])गली(?![\\u0900-\\u097F])");
    private static final Pattern GALI = Pattern.compile("(?<![\\u0900-\\u097F])गाली(?![\\u0900-\\u097F])");

    private GaliSpelling() {
    }

    /** One line per text that breaks the rule, named by its key in {@code texts}. */
    static List<String> problemsIn(Map<String, LocalizedText> texts) {
        List<String> wrong = new ArrayList<>();
        texts.forEach((where, text) -> {
            String hi = text.get("hi");
            if (LANE.matcher(hi).find()) {
                wrong.add(where + ": गली in " + hi);
            }
            Matcher m = GALI.matcher(hi);
            while (m.find()) {
                String after = hi.substring(m.end());
                if (!after.startsWith(" ज़िल") && !after.startsWith(" शहर")) {
                    wrong.add(where + ": गाली without ज़िला or शहर in " + hi);
                }
            }
        });
        return wrong;
    }
}
