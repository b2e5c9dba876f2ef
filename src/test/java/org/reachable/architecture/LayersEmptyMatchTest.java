package org.reachable.architecture;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The layer rules must not pass by matching nothing: if the packages move (a rename, a typo in a
 * rule), a rule that checks no class would say all is well. Each is checked here on an import that
 * holds no class of ours, and must fail.
 */
class LayersEmptyMatchTest {

    /** Classes that reside in none of the packages the rules name. */
    private static final JavaClasses NOTHING_OF_OURS = new ClassFileImporter().importClasses(String.class);

    /** Every rule LayersTest checks, found by reflection, so a rule added there is checked here too. */
    static List<ArchRule> everyRule() throws IllegalAccessException {
        List<ArchRule> rules = new ArrayList<>();
        for (Field field : LayersTest.class.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && ArchRule.class.isAssignableFrom(field.getType())) {
                field.setAccessible(true);
                rules.add((ArchRule) field.get(null));
            }
        }
        return rules;
    }

    @Test
    void everyRuleIsFound() throws IllegalAccessException {
        assertTrue(everyRule().size() >= 12, "LayersTest has its 12 rules: " + everyRule().size());
    }

    @Test
    void everyRuleFailsWhenItsPackagesAreGone() throws IllegalAccessException {
        for (ArchRule rule : everyRule()) {
            AssertionError failure = assertThrows(AssertionError.class, () -> rule.check(NOTHING_OF_OURS),
                    "passed on an empty match: " + rule.getDescription());
            assertTrue(failure.getMessage().contains("failed to check any classes")
                    || failure.getMessage().contains("empty"), failure.getMessage());
        }
    }

    @Test
    void theDomainRuleStillChecksTheRealDomain() {
        LayersTest.domainIsPureJava.check(new ClassFileImporter()
                .withImportOption(new ImportOption.DoNotIncludeTests()).importPackages("org.reachable.domain"));
    }
}
