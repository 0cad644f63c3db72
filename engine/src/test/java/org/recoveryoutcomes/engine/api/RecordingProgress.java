package org.recoveryoutcomes.engine.api;

import java.util.ArrayList;
import java.util.List;
import org.recoveryoutcomes.engine.model.Progress;

/** A {@link Progress} listener for tests: writes down every call, in order. */
public final class RecordingProgress implements Progress {

    /** What was heard: {@code "<phase> <total> <unit>"}, {@code "advance <n>"}, {@code "finish"}. */
    public final List<String> heard = new ArrayList<>();

    @Override
    public void phase(String name, long total, String unit) {
        heard.add(name + " " + total + " " + unit);
    }

    @Override
    public void advance(long done) {
        heard.add("advance " + done);
    }

    @Override
    public void finish() {
        heard.add("finish");
    }
}
