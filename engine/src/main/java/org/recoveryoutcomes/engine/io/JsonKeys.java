package org.recoveryoutcomes.engine.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import java.util.ArrayList;
import java.util.List;

/**
 * The one reading of Jackson's duplicate-key error ({@code StreamReadFeature.STRICT_DUPLICATE_DETECTION}) that the
 * readers of user-written JSON (settings, templates, mappings) share, so that each names the key the same way.
 */
public final class JsonKeys {

    private JsonKeys() {
    }

    /**
     * The key that {@code e} found given twice, named by its path ({@code reliability.psych_health},
     * {@code sections[1].kind}, {@code top.columns.TOP Stage}), or null when {@code e} is another problem.
     */
    public static String duplicateKey(JsonProcessingException e) {
        String m = e.getOriginalMessage();
        if (m == null || !m.startsWith("Duplicate field '") || !(e.getProcessor() instanceof JsonParser p)) {
            return null;
        }
        List<JsonStreamContext> chain = new ArrayList<>();
        for (JsonStreamContext c = p.getParsingContext(); c != null && !c.inRoot(); c = c.getParent()) {
            chain.add(0, c);
        }
        StringBuilder key = new StringBuilder();
        for (JsonStreamContext c : chain) {
            if (c.inArray()) {
                key.append('[').append(c.getCurrentIndex()).append(']');
            } else {
                key.append(key.length() == 0 ? "" : ".").append(c.getCurrentName());
            }
        }
        return key.toString();
    }
}
