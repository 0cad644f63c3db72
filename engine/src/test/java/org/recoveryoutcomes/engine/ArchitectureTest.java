package org.recoveryoutcomes.engine;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.recoveryoutcomes.engine.api.ReportEngine;
import org.recoveryoutcomes.engine.io.IoUsingTheApi;

/**
 * The package rules of the style guide, checked on the compiled classes (every dependency, not only import lines):
 * {@code api} is the one entry point and nothing of the engine depends on it; {@code io}, {@code metrics} and
 * {@code render} depend on {@code model} only, never on each other; {@code internal} serves {@code api};
 * {@code model} depends on nothing of ours; no two packages, at any depth, depend on each other in a cycle; and the
 * module (module-info.java) exports {@code api} and {@code model} only.
 */
class ArchitectureTest {

    private static final String ENGINE = "org.recoveryoutcomes.engine";

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ENGINE);

    @Test
    void theLayersDependDownwardsOnly() {
        layers().check(MAIN);
    }

    @Test
    void modelDependsOnNothingOfOurs() {
        noClasses().that().resideInAPackage(ENGINE + ".model..")
                .should().dependOnClassesThat().resideOutsideOfPackages(ENGINE + ".model..", "java..")
                .check(MAIN);
    }

    @Test
    void noPackagesDependOnEachOtherInACycle() {
        slices().matching(ENGINE + ".(*)..").should().beFreeOfCycles().check(MAIN);
        slices().matching(ENGINE + ".(**)").should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void theEngineHoldsNoSampleSimulator() {
        assertThat(MAIN.containPackage(ENGINE + ".internal.sample")).isFalse();
        assertThat(MAIN.contain(ENGINE + ".api.ReportEngine")).isTrue();
    }

    /**
     * module-info.java exports the entry point and the domain values and nothing else, to everyone alike, and opens
     * nothing.
     */
    @Test
    void theModuleExportsOnlyTheApiAndTheModel() throws IOException {
        ModuleDescriptor module;
        try (InputStream in = Files.newInputStream(Path.of("target/classes/module-info.class"))) {
            module = ModuleDescriptor.read(in);
        }
        assertThat(module.name()).isEqualTo(ENGINE);
        assertThat(module.exports().stream().map(ModuleDescriptor.Exports::source))
                .containsExactlyInAnyOrder(ENGINE + ".api", ENGINE + ".model");
        assertThat(module.exports()).noneMatch(ModuleDescriptor.Exports::isQualified);
        assertThat(module.opens()).isEmpty();
        assertThat(module.isOpen()).isFalse();
    }

    /** The rules fail where they should: a class of {@code io} that uses the API breaks the layers. */
    @Test
    void aLowerLayerThatUsesTheApiBreaksTheRule() {
        JavaClasses broken = new ClassFileImporter().importClasses(ReportEngine.class, IoUsingTheApi.class);
        assertThatThrownBy(() -> layers().check(broken)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("IoUsingTheApi");
    }

    private static com.tngtech.archunit.library.Architectures.LayeredArchitecture layers() {
        return layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("api").definedBy(ENGINE + ".api..")
                .layer("internal").definedBy(ENGINE + ".internal..")
                .layer("io").definedBy(ENGINE + ".io..")
                .layer("metrics").definedBy(ENGINE + ".metrics..")
                .layer("render").definedBy(ENGINE + ".render..")
                .layer("model").definedBy(ENGINE + ".model..")
                .whereLayer("api").mayNotBeAccessedByAnyLayer()
                .whereLayer("internal").mayOnlyBeAccessedByLayers("api")
                .whereLayer("io").mayOnlyBeAccessedByLayers("api", "internal")
                .whereLayer("metrics").mayOnlyBeAccessedByLayers("api")
                .whereLayer("render").mayOnlyBeAccessedByLayers("api")
                .whereLayer("model").mayOnlyBeAccessedByLayers("api", "internal", "io", "metrics", "render");
    }
}
