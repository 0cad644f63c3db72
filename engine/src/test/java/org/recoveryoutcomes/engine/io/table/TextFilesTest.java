package org.recoveryoutcomes.engine.io.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextFilesTest {

    @TempDir
    Path dir;

    private Path file(byte[]... parts) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            all.write(p);
        }
        return Files.write(dir.resolve("contacts.csv"), all.toByteArray());
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @ParameterizedTest(name = "line ends {0}")
    @CsvSource({"LF, '\n'", "CRLF, '\r\n'", "CR, '\r'"})
    void findsTheLineOfTheFirstByteThatIsNotUtf8WhateverTheLineEnds(String name, String eol) throws IOException {
        // lines 1-3 are UTF-8 (with é written properly), line 4 starts with 0xA3, Windows-1252's £
        Path f = file(utf8("a" + eol + "café" + eol + "c" + eol), new byte[] {(byte) 0xA3, '5'}, utf8(eol));

        assertThat(TextFiles.firstBadLine(f, StandardCharsets.UTF_8)).isEqualTo(4);
    }

    @Test
    void findsTheLineAcrossManyBuffersAndSplitCharacters() throws IOException {
        // 20,000 lines of "é€\n" (6 bytes each: 120,000 bytes, so buffers of 64 KiB split some characters),
        // then a byte that begins a 3-byte sequence and ends the file
        Path f = file(utf8("é€\n".repeat(20_000)), new byte[] {(byte) 0xE2, (byte) 0x82});

        assertThat(TextFiles.firstBadLine(f, StandardCharsets.UTF_8)).isEqualTo(20_001);
        assertThat(TextFiles.firstBadLine(file(utf8("é€\n".repeat(20_000))), StandardCharsets.UTF_8)).isZero();
    }

    @Test
    void tellsWindows1252FromOtherText() throws IOException {
        assertThat(TextFiles.decodes(file(new byte[] {'a', (byte) 0xA3, (byte) 0x80}), TextFiles.WINDOWS_1252))
                .isTrue();
        assertThat(TextFiles.decodes(file(new byte[] {'a', (byte) 0x81}), TextFiles.WINDOWS_1252)).isFalse();
    }

    @Test
    void recognisesUtf16ByItsMarkOrItsZeroBytes() {
        assertThat(TextFiles.utf16("ab,cd\n".getBytes(StandardCharsets.UTF_16))).isEqualTo("UTF-16");
        assertThat(TextFiles.utf16("ab,cd\n".getBytes(StandardCharsets.UTF_16LE))).isEqualTo("UTF-16LE");
        assertThat(TextFiles.utf16("ab,cd\n".getBytes(StandardCharsets.UTF_16BE))).isEqualTo("UTF-16BE");
        assertThat(TextFiles.utf16(utf8("ab,cd\n"))).isNull();
        assertThat(TextFiles.utf16(new byte[] {0, 0, 0, 0, 7, 0, 0, 0})).isNull(); // zeros on both sides: binary
    }
}
