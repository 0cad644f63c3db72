package org.recoveryoutcomes.engine.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.List;

/**
 * The one mapper for user-written JSON (settings, templates, mappings), which treats a key given twice as an error
 * ({@code StreamReadFeature.STRICT_DUPLICATE_DETECTION}) instead of silently keeping its last value, and the one
 * reading of that error, so that each reader names the key the same way.
 */
public final class JsonKeys {

    private JsonKeys() {
    }

    /** Built on first use: a run that reads no such file does not pay for loading Jackson's databind. */
    private static final class Strict {
        static final ObjectMapper MAPPER = JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
    }

    /** The mapper that reads user-written JSON: a key given twice is an error ({@link #duplicateKey} names it). */
    public static ObjectMapper strict() {
        return Strict.MAPPER;
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
