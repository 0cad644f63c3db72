package org.recoveryoutcomes.engine.io;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds where a file stops being UTF-8, for the message that asks the user to re-save it. Internal to the
 * engine's readers: public only because they live in sub-packages.
 */
public final class Utf8 {

    private Utf8() {
    }

    /**
     * The 1-based line (counting {@code \n}) holding the first byte sequence that is not UTF-8, or 0 when the
     * whole file is UTF-8 or cannot be read. A UTF-8 sequence never holds the byte {@code \n}, so checking line by
     * line is exact.
     */
    public static int firstBadLine(Path file) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            int number = 1;
            int b;
            while ((b = in.read()) >= 0) {
                if (b == '\n') {
                    if (!decodes(decoder, line)) {
                        return number;
                    }
                    line.reset();
                    number++;
                } else {
                    line.write(b);
                }
            }
            return decodes(decoder, line) ? 0 : number;
        } catch (IOException e) {
            return 0;
        }
    }

    private static boolean decodes(CharsetDecoder decoder, ByteArrayOutputStream line) {
        try {
            decoder.reset().decode(ByteBuffer.wrap(line.toByteArray()));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
