package com.upward.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.upward.base.CsvSafety;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.DenyAll;
import org.apache.commons.csv.CSVPrinter;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Set;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/** The conventions of ARCHITECTURE.md, checked on the compiled main classes. */
class ArchitectureTest {

    private static final String BASE = "com.upward";
    private static final Set<String> FEATURES = Set.of("base", "shell", "security", "directory", "program", "matching",
            "goals", "checkin", "survey", "notification", "reporting", "dashboard", "audit", "demo");
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(BASE);
    }

    @Test
    void codeIsPackagedByKnownFeatures() {
        classes().that().resideOutsideOfPackage(BASE)
                .should(resideInAKnownFeature()).check(classes);
    }

    /** The modules from the bottom up (docs/architecture.md): each may use the ones before it, never one after. */
    static final List<String> LAYERS = List.of("base", "audit", "directory", "security", "program", "matching",
            "goals", "survey", "checkin", "reporting", "notification", "dashboard", "shell", "demo");

    @Test
    void modulesAreFreeOfCycles() {
        slices().matching(BASE + ".(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void noModuleUsesOneAboveIt() {
        assertThat(LAYERS).containsExactlyInAnyOrderElementsOf(FEATURES);
        for (int i = 0; i < LAYERS.size() - 1; i++) {
            String[] above = LAYERS.subList(i + 1, LAYERS.size()).stream().map(m -> BASE + "." + m + "..")
                    .toArray(String[]::new);
            noClasses().that().resideInAPackage(BASE + "." + LAYERS.get(i) + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(above)
                    .because(LAYERS.get(i) + " sits below " + String.join(", ", LAYERS.subList(i + 1, LAYERS.size()))
                            + "; a lower module that needs an answer from a higher one owns an interface it implements")
                    .check(classes);
        }
    }

    @Test
    void viewsLiveInUiPackagesAndSayWhoMayOpenThem() {
        classes().that().areAnnotatedWith(Route.class)
                .should().resideInAPackage("..ui..")
                .andShould(beAnnotatedWithAccessRule())
                .check(classes);
    }

    @Test
    void viewsNeverTouchRepositories() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().areAssignableTo(Repository.class)
                .check(classes);
    }

    @Test
    void noFeatureUsesAnotherFeaturesUi() {
        for (String feature : FEATURES) {
            if (feature.equals("base")) {
                continue;
            }
            noClasses().that().resideOutsideOfPackage(BASE + "." + feature + "..")
                    .should().dependOnClassesThat().resideInAPackage(BASE + "." + feature + ".ui..")
                    .because("a feature's views are its own; shared UI pieces go to base.ui")
                    .allowEmptyShould(true)
                    .check(classes);
        }
    }

    @Test
    void noFeatureUsesAnotherFeaturesRepositories() {
        for (String feature : FEATURES) {
            noClasses().that().resideOutsideOfPackage(BASE + "." + feature + "..")
                    .and().resideOutsideOfPackage(BASE + ".demo..")
                    .should().dependOnClassesThat(repositoryOf(feature))
                    .because("other features go through " + feature + "'s service")
                    .allowEmptyShould(true)
                    .check(classes);
        }
    }

    @Test
    void everyPublicServiceMethodSaysWhoMayCallIt() {
        methods().that().areDeclaredInClassesThat().areAnnotatedWith(Service.class)
                .and().arePublic()
                .and().areDeclaredInClassesThat().resideOutsideOfPackage(BASE + ".demo..")
                .and().areDeclaredInClassesThat().doNotHaveSimpleName("AccountDetailsService")
                .should().beAnnotatedWith(PreAuthorize.class)
                .andShould().beAnnotatedWith(Transactional.class)
                .check(classes);
    }

    @Test
    void viewsArePackagePrivate() {
        classes().that().areAnnotatedWith(Route.class)
                .and().resideOutsideOfPackage(BASE + ".security.ui..")
                .should().notBePublic()
                .check(classes);
    }

    @Test
    void everyCsvExportNeutralisesFormulas() {
        classes().that(dependOn(CSVPrinter.class.getName()))
                .should(new ArchCondition<>("pass its cells through CsvSafety") {
                    @Override
                    public void check(JavaClass javaClass, ConditionEvents events) {
                        if (!dependOn(CsvSafety.class.getName()).test(javaClass)) {
                            events.add(SimpleConditionEvent.violated(javaClass, javaClass.getName()
                                    + " writes CSV without CsvSafety: a cell starting with =, +, -, @ would run"));
                        }
                    }
                })
                .check(classes);
    }

    /**
     * "Now" comes from the injected {@code Clock} only (Application defines it), so that tests and simulations that
     * move the clock move the whole app, and no result depends on the day the code runs.
     */
    @Test
    void timeComesFromTheInjectedClock() {
        noClasses().that().doNotHaveFullyQualifiedName(BASE + ".Application")
                .should().callMethod(java.time.Instant.class, "now")
                .orShould().callMethod(java.time.LocalDate.class, "now")
                .orShould().callMethod(java.time.LocalDateTime.class, "now")
                .orShould().callMethod(java.time.LocalTime.class, "now")
                .orShould().callMethod(java.time.ZonedDateTime.class, "now")
                .orShould().callMethod(java.time.OffsetDateTime.class, "now")
                .orShould().callMethod(java.time.YearMonth.class, "now")
                .orShould().callMethod(java.time.Year.class, "now")
                .orShould().callMethod(java.time.Clock.class, "systemDefaultZone")
                .orShould().callMethod(java.time.Clock.class, "systemUTC")
                .orShould().callMethod(System.class, "currentTimeMillis")
                .orShould().callConstructor(java.util.Date.class)
                .because("today comes from the injected java.time.Clock (ARCHITECTURE.md)")
                .check(classes);
    }

    private static com.tngtech.archunit.base.DescribedPredicate<JavaClass> dependOn(String className) {
        return com.tngtech.archunit.base.DescribedPredicate.describe("depend on " + className,
                javaClass -> javaClass.getDirectDependenciesFromSelf().stream()
                        .anyMatch(d -> d.getTargetClass().getName().equals(className)));
    }

    private static com.tngtech.archunit.base.DescribedPredicate<JavaClass> repositoryOf(String feature) {
        return com.tngtech.archunit.base.DescribedPredicate.describe(feature + " repositories",
                javaClass -> (javaClass.getPackageName() + ".").startsWith(BASE + "." + feature + ".")
                        && javaClass.isAssignableTo(Repository.class));
    }

    private static ArchCondition<JavaClass> resideInAKnownFeature() {
        return new ArchCondition<>("reside in a known feature package") {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                String rest = javaClass.getPackageName().substring(BASE.length());
                String feature = rest.startsWith(".") ? rest.substring(1).split("\\.")[0] : "";
                if (!FEATURES.contains(feature)) {
                    events.add(SimpleConditionEvent.violated(javaClass,
                            javaClass.getName() + " is not in a feature package " + FEATURES));
                }
            }
        };
    }

    private static ArchCondition<JavaClass> beAnnotatedWithAccessRule() {
        return new ArchCondition<>("be annotated with @RolesAllowed, @PermitAll, @AnonymousAllowed or @DenyAll") {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                boolean annotated = javaClass.isAnnotatedWith(RolesAllowed.class)
                        || javaClass.isAnnotatedWith(PermitAll.class)
                        || javaClass.isAnnotatedWith(AnonymousAllowed.class)
                        || javaClass.isAnnotatedWith(DenyAll.class);
                if (!annotated) {
                    events.add(SimpleConditionEvent.violated(javaClass, javaClass.getName() + " has no access rule"));
                }
            }
        };
    }
}
