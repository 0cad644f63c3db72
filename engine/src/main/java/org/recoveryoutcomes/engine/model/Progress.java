package org.recoveryoutcomes.engine.model;

/**
 * Hears how far a long run has gone, so that a caller can draw a progress bar; the engine never draws one itself.
 * Calls come in order from the thread that runs the request: {@link #phase} once per phase, then
 * {@link #advance} with the work done so far in that phase (never decreasing, at most the phase's total), and
 * {@link #finish} once at the end of a run that did not fail.
 */
public interface Progress {

    /** Hears nothing: the default. */
    Progress NONE = new Progress() {
        @Override
        public void phase(String name, long total, String unit) {
        }

        @Override
        public void advance(long done) {
        }

        @Override
        public void finish() {
        }
    };

    /**
     * A new phase begins.
     *
     * @param name what the phase does, e.g. {@code "reading"} or {@code "metrics"}
     * @param total the work the phase will do, in {@code unit}s; 0 or more
     * @param unit what the work is counted in, e.g. {@code "B"}, {@code "groups"}, {@code "replicas"}
     */
    void phase(String name, long total, String unit);

    /** The current phase has done {@code done} of its total. */
    void advance(long done);

    /** The run is over. */
    void finish();
}
