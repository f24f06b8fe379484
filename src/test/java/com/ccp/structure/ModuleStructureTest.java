package com.ccp.structure;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.ccp.Application;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.stereotype.Repository;

/**
 * The module boundaries, kept by the build: each top-level package under {@code com.ccp} is a
 * module; modules depend on each other without cycles and only through their base package or a
 * sub-package marked {@code @NamedInterface} (e.g. {@code base.ui}, {@code export.ui}).
 */
class ModuleStructureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.ccp");
    }

    @Test
    void modulesDependOnEachOtherWithoutCyclesAndOnlyThroughTheirInterfaces() {
        ApplicationModules.of(Application.class).verify();
    }

    @Test
    void baseDependsOnNoFeature() {
        noClasses().that().resideInAPackage("com.ccp.base..")
                .should().dependOnClassesThat(resideInAPackage("com.ccp..").and(resideOutsideOfPackage("com.ccp.base..")))
                .check(classes);
    }

    @Test
    void viewsAndControllersNeverTouchARepositoryOrSql() {
        noClasses().that().resideInAnyPackage("com.ccp..ui..", "com.ccp.api..")
                .should().dependOnClassesThat().areAnnotatedWith(Repository.class)
                .orShould().dependOnClassesThat().resideInAnyPackage("org.springframework.jdbc..",
                        "org.springframework.data..", "java.sql..")
                .check(classes);
    }

    @Test
    void theReportAndMatchingRulesArePlainJava() {
        noClasses().that().resideInAnyPackage("com.ccp.report..", "com.ccp.reconciliation..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.apache.pdfbox..",
                        "java.sql..", "com.vaadin..")
                .check(classes);
    }
}
