package org.recoveryoutcomes.engine.io;

import org.recoveryoutcomes.engine.api.ReportEngine;

/** A class of {@code io} that uses the API, which the architecture rules forbid: it shows that they can fail. */
public final class IoUsingTheApi {

    private IoUsingTheApi() {
    }

    /** The engine's version, from the API. */
    public static Object engine() {
        return ReportEngine.ENGINE;
    }
}
