package org.recoveryoutcomes.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;
import org.recoveryoutcomes.engine.render.ReportWriter;

/**
 * The command line and the sample simulator use the engine through what its module exports only, {@code api} and
 * {@code model} (module-info.java; style guide, thin commands): checked on the compiled classes, so a
 * fully-qualified name counts as much as an import. The runnable jar puts the engine on the class path, where the
 * module's exports are not enforced, so this test is what holds the line there.
 */
class CliDependenciesTest {

    private static final String ENGINE = "org.recoveryoutcomes.engine";

    private static final ArchRule ONLY_EXPORTED = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage(ENGINE + ".io..", ENGINE + ".metrics..",
                    ENGINE + ".render..", ENGINE + ".internal..")
            .because("the engine's module exports api and model only");

    @Test
    void theCommandLineAndTheSimulatorUseOnlyTheEnginesApiAndModel() {
        JavaClasses ours = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.recoveryoutcomes.cli", "org.recoveryoutcomes.sample");
        ONLY_EXPORTED.check(ours);
    }

    /** The rule fails where it should: a class that names a renderer of the engine breaks it. */
    @Test
    void aClassThatUsesTheEnginesInsidesBreaksTheRule() {
        JavaClasses broken = new ClassFileImporter().importClasses(UsesARenderer.class);
        assertThatThrownBy(() -> ONLY_EXPORTED.check(broken)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("UsesARenderer");
    }

    /** What the rule must catch. */
    static final class UsesARenderer {
        String extension(ReportWriter w) {
            return w.extension();
        }
    }
}
