package org.recoveryoutcomes.engine.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.recoveryoutcomes.engine.io.table.DataRow;
import org.recoveryoutcomes.engine.io.table.RowStream;
import org.recoveryoutcomes.engine.model.ReportException;

class PrefetchingRowStreamTest {

    /** Rows 2, 3, … {@code rows + 1}; then, when {@code failAfter}, an error instead of the end. */
    private static RowStream counting(int rows, boolean fail) {
        return new RowStream() {
            private int n;
            boolean closed;

            @Override
            public String file() {
                return "contacts.csv";
            }

            @Override
            public int headerRow() {
                return 1;
            }

            @Override
            public List<String> header() {
                return List.of("contact_id");
            }

            @Override
            public DataRow next() {
                if (n == rows) {
                    if (fail) {
                        throw new ReportException(ReportException.Kind.INPUT, "contacts.csv:" + (n + 2)
                                + ": a quoted field starting on this line is never closed; check its quotes");
                    }
                    return null;
                }
                n++;
                return new DataRow(n + 1, new String[] {"K" + n}, null);
            }

            @Override
            public long bytesRead() {
                return n * 3L;
            }

            @Override
            public void close() {
                closed = true;
            }
        };
    }

    @Test
    void givesEveryRowInOrderThenTheEnd() {
        List<Integer> rows = new ArrayList<>();
        try (RowStream s = new PrefetchingRowStream(counting(5000, false))) {
            DataRow r;
            while ((r = s.next()) != null) {
                rows.add(r.row());
            }
            assertThat(s.next()).isNull();
            assertThat(s.bytesRead()).isEqualTo(15_000);
        }
        assertThat(rows).hasSize(5000).startsWith(2, 3, 4).endsWith(5001);
    }

    @Test
    void raisesTheReadersErrorAfterTheRowsBeforeIt() {
        RowStream s = new PrefetchingRowStream(counting(3000, true));
        for (int i = 0; i < 3000; i++) {
            assertThat(s.next().row()).isEqualTo(i + 2);
        }
        assertThatThrownBy(s::next).isInstanceOf(ReportException.class)
                .hasMessage("contacts.csv:3002: a quoted field starting on this line is never closed; check its quotes");
        s.close();
    }

    @Test
    void closingBeforeTheEndStopsTheReaderAndClosesTheFile() {
        RowStream source = counting(1_000_000, false);
        RowStream s = new PrefetchingRowStream(source);
        assertThat(s.next().row()).isEqualTo(2);

        s.close();

        assertThat(source).extracting("closed").isEqualTo(true);
    }
}
