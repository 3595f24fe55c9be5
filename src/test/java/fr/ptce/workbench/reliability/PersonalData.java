package fr.ptce.workbench.reliability;

import fr.ptce.workbench.application.Workspace;
import fr.ptce.workbench.application.listing.DossierView;
import fr.ptce.workbench.domain.dossier.Dossier;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** The personal data of a workspace's dossiers (project names, referents' names, e-mails, phones) and a grep. */
final class PersonalData {

    private PersonalData() {}

    /** Every project name, referent name, e-mail and phone of the workspace's dossiers (six characters or more). */
    static Set<String> of(Workspace workspace) {
        Set<String> values = new LinkedHashSet<>();
        for (DossierView view : workspace.readDossiers().all()) {
            Dossier dossier = view.dossier();
            add(values, dossier.projectName());
            if (dossier.referent() != null) {
                add(values, dossier.referent().name());
                add(values, dossier.referent().email());
                add(values, dossier.referent().phone());
            }
        }
        return values;
    }

    private static void add(Set<String> values, String value) {
        if (value != null && value.strip().length() >= 6) {
            values.add(value.strip());
        }
    }

    /** The values found in any file under the folder (as UTF-8 or UTF-16 bytes), with the file they are in. */
    static List<String> foundIn(Path folder, Set<String> values) {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                found.addAll(foundInText(
                        new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1),
                        values,
                        file.getFileName().toString()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }

    /** The values found in a text (bytes read as Latin-1, so any encoding of the value is found byte for byte). */
    static List<String> foundInText(String latin1, Set<String> values, String where) {
        List<String> found = new ArrayList<>();
        for (String value : values) {
            for (var charset : List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
                if (latin1.contains(new String(value.getBytes(charset), StandardCharsets.ISO_8859_1))) {
                    found.add(where + ": " + value);
                    break;
                }
            }
        }
        return found;
    }
}
