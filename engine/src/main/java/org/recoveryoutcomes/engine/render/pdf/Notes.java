package org.recoveryoutcomes.engine.render.pdf;

import java.util.ArrayList;
import java.util.List;
import org.recoveryoutcomes.engine.model.MetricsResult;
import org.recoveryoutcomes.engine.render.Disclosure;
import org.recoveryoutcomes.engine.render.Formats;

/** The footnotes a table needs, collected while it is built: hidden cells, missing figures, figures not compared. */
final class Notes {

    private final MetricsResult metrics;
    boolean hidden;
    boolean none;
    boolean notCompared;
    boolean flagged;
    final List<String> extra = new ArrayList<>();

    Notes(MetricsResult metrics) {
        this.metrics = metrics;
    }

    List<String> lines() {
        List<String> out = new ArrayList<>();
        if (hidden) {
            out.add(Disclosure.FOOTNOTE);
        }
        if (none) {
            out.add(Formats.NONE + " No figure: nobody was in the denominator.");
        }
        if (notCompared) {
            out.add("Not compared: fewer than " + metrics.settings().minDenominatorForComparison()
                    + " in the denominator, too few to compare reliably.");
        }
        out.addAll(extra);
        return out;
    }
}
