package fr.ptce.workbench;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.Slice;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layers of architecture.md (« Layers »), each rule written once, with no exemptions. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("fr.ptce.workbench");
    }

    @Test
    void layersDependOnlyDownwards() {
        layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                .layer("domain")
                .definedBy("fr.ptce.workbench.domain..")
                .layer("persistence")
                .definedBy("fr.ptce.workbench.persistence..")
                .layer("spreadsheet")
                .definedBy("fr.ptce.workbench.spreadsheet..")
                .layer("online")
                .definedBy("fr.ptce.workbench.online..")
                .layer("application")
                .definedBy("fr.ptce.workbench.application..")
                .layer("ui")
                .definedBy("fr.ptce.workbench.ui..")
                .layer("cli")
                .definedBy("fr.ptce.workbench.cli..")
                .whereLayer("ui")
                .mayNotBeAccessedByAnyLayer()
                .whereLayer("cli")
                .mayNotBeAccessedByAnyLayer()
                .whereLayer("application")
                .mayOnlyBeAccessedByLayers("ui", "cli")
                .whereLayer("persistence")
                .mayOnlyBeAccessedByLayers("application")
                .whereLayer("spreadsheet")
                .mayOnlyBeAccessedByLayers("application")
                .whereLayer("online")
                .mayOnlyBeAccessedByLayers("application")
                .whereLayer("domain")
                .mayOnlyBeAccessedByLayers("persistence", "spreadsheet", "online", "application", "ui", "cli")
                .because("calls go down and results come up (architecture.md, « Layers »)")
                .check(classes);
    }

    @Test
    void domainDependsOnJavaOnly() {
        noClasses()
                .that()
                .resideInAPackage("fr.ptce.workbench.domain..")
                .should()
                .dependOnClassesThat()
                .resideOutsideOfPackages("java..", "fr.ptce.workbench.domain..")
                .because("the call's rules must be testable without a database, a file or a window")
                .check(classes);
    }

    @Test
    void domainTouchesNoDatabaseNetworkOrFile() {
        noClasses()
                .that()
                .resideInAPackage("fr.ptce.workbench.domain..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("java.sql..", "java.net..", "java.nio.file..")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("java.io.File")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("java.io.FileInputStream")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("java.io.FileOutputStream")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("java.io.FileReader")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("java.io.FileWriter")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("java.io.RandomAccessFile")
                .because("the call's rules take values, not a connection, a URL or a file")
                .check(classes);
    }

    /** The rooms of the spreadsheet layer every feature room may use; they form no cycle. */
    private static final Set<String> SHARED_SPREADSHEET_ROOMS = Set.of("xlsx", "layout");

    @Test
    void spreadsheetFeatureRoomsShareOnlyTheSharedRooms() {
        slices().matching("fr.ptce.workbench.spreadsheet.(**)")
                .that(DescribedPredicate.describe(
                        "are feature rooms (not " + SHARED_SPREADSHEET_ROOMS + ")",
                        (Slice room) -> !SHARED_SPREADSHEET_ROOMS.contains(room.getNamePart(1))))
                .should()
                .notDependOnEachOther()
                .because("a DS export, the avis, the kit, the national workbook and the synthetic exports change for"
                        + " their own reasons; what they share lives in xlsx and layout")
                .check(classes);
        slices().matching("fr.ptce.workbench.spreadsheet.(**)")
                .should()
                .beFreeOfCycles()
                .because("the shared rooms are below the feature rooms, xlsx below layout")
                .check(classes);
    }

    @Test
    void windowFeatureRoomsShareOnlyTheToolkitAndTheCommonState() {
        roomsShareOnly(
                "fr.ptce.workbench.ui",
                Set.of("fx", "common"),
                "the list, the reader, the scoring screen, the dashboard, the national view, the experts' window, the"
                        + " import, the export, the settings and the help change for their own reasons; the shell"
                        + " (fr.ptce.workbench.ui) composes them");
    }

    @Test
    void useCaseFeatureRoomsShareOnlyTheCommonRoom() {
        roomsShareOnly(
                "fr.ptce.workbench.application",
                Set.of("common"),
                "importing, reviewing, the expert kits, the avis export, the national decisions and the listings are"
                        + " separate use cases; the workspace (fr.ptce.workbench.application) opens them all");
    }

    @Test
    void storeFeatureRoomsShareOnlyTheCommonRoomAndTheGeneratedTables() {
        roomsShareOnly(
                "fr.ptce.workbench.persistence",
                Set.of("common", "generated"),
                "the dossiers, the reviews, the national decisions and the workspace's people and settings are stored"
                        + " apart; the store (fr.ptce.workbench.persistence: Database, Repositories) opens them all");
    }

    @Test
    void commandFeatureRoomsShareOnlyTheCommonRoom() {
        roomsShareOnly(
                "fr.ptce.workbench.cli",
                Set.of("common"),
                "each family of commands changes for its own reasons; WorkbenchCommand lists them all");
    }

    /**
     * The rooms of a layer: feature rooms do not depend on each other, only on the shared rooms; no room reaches back
     * into the layer's own package, which composes them; the rooms form no cycle.
     */
    private static void roomsShareOnly(String layer, Set<String> shared, String because) {
        slices().matching(layer + ".(*)..")
                .that(DescribedPredicate.describe(
                        "are feature rooms (not " + shared + ")",
                        (Slice room) -> !shared.contains(room.getNamePart(1))))
                .should()
                .notDependOnEachOther()
                .because(because)
                .check(classes);
        slices().matching(layer + ".(*)..")
                .should()
                .beFreeOfCycles()
                .because("the shared rooms are below the feature rooms")
                .check(classes);
        noClasses()
                .that()
                .resideInAPackage(layer + ".*..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage(layer)
                .because("the layer's own package composes the rooms; a room never reaches back up into it")
                .check(classes);
    }

    @Test
    void onlyTheSamplesFeatureWritesSyntheticExports() {
        noClasses()
                .that()
                .resideOutsideOfPackages(
                        "fr.ptce.workbench.spreadsheet.ds.synthetic..", "fr.ptce.workbench.application.samples..")
                .and()
                .doNotHaveSimpleName("GenerateSamples")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("fr.ptce.workbench.spreadsheet.ds.synthetic..")
                .because("the synthetic DS exports are invented data for the samples (generate-samples, the demo);"
                        + " no production reader or use case may take them for real ones")
                .check(classes);
    }

    @Test
    void noPackageCycles() {
        slices().matching("fr.ptce.workbench.(*)..")
                .should()
                .beFreeOfCycles()
                .because("a cycle makes the layers meaningless")
                .check(classes);
        slices().matching("fr.ptce.workbench.domain.(**)")
                .should()
                .beFreeOfCycles()
                .because("the dossier model must not depend on the rules computed on it")
                .check(classes);
    }

    @Test
    void jooqStaysInPersistence() {
        noClasses()
                .that()
                .resideOutsideOfPackage("fr.ptce.workbench.persistence..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.jooq..", "org.flywaydb..", "org.h2..")
                .because("no jOOQ type leaks above the repositories; SQL stays portable")
                .check(classes);
    }

    @Test
    void poiStaysInSpreadsheet() {
        noClasses()
                .that()
                .resideOutsideOfPackage("fr.ptce.workbench.spreadsheet..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.apache.poi..", "org.openxmlformats..")
                .because("every file format lives in one place")
                .check(classes);
    }

    @Test
    void theNetworkStaysInOnline() {
        noClasses()
                .that()
                .resideOutsideOfPackage("fr.ptce.workbench.online..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("java.net.http..")
                .because("offline use never needs a connection: only ds sync and ds push reach DS's API")
                .check(classes);
    }

    @Test
    void javafxStaysInUi() {
        noClasses()
                .that()
                .resideOutsideOfPackage("fr.ptce.workbench.ui..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("javafx..", "org.controlsfx..", "atlantafx..")
                .because("view models and use cases must run without a toolkit")
                .check(classes);
    }

    @Test
    void onlyTheCommandLineWritesToTheConsole() {
        noClasses()
                .that()
                .resideOutsideOfPackage("fr.ptce.workbench.cli..")
                .should()
                .accessField(System.class, "out")
                .orShould()
                .accessField(System.class, "err")
                .because("a desktop application reports in its window, the command line on the console")
                .check(classes);
    }
}
