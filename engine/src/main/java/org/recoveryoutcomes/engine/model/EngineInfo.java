package org.recoveryoutcomes.engine.model;

/** The engine's name and version, recorded in every output. This class is immutable. */
public record EngineInfo(String name, String version) {
}
