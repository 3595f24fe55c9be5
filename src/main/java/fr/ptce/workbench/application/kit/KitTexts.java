package fr.ptce.workbench.application.kit;

import fr.ptce.workbench.domain.dossier.Dossier;
import fr.ptce.workbench.domain.dossier.Referent;
import fr.ptce.workbench.domain.dossier.Section;
import fr.ptce.workbench.domain.kit.Pseudonymiser;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * The texts of a dossier an expert reads in a kit, and its content version: the SHA-256 of those texts without
 * the referent, so that a re-imported DS export that changes what the expert scored is noticed.
 */
final class KitTexts {

    static final String PROJECT = "Projet";

    private KitTexts() {}

    /** The (heading, text) pairs of the kit's {@code Dossiers} sheet, the referent left out when pseudonymised. */
    static List<Map.Entry<String, String>> of(Dossier d, boolean pseudonymised) {
        Pseudonymiser mask = new Pseudonymiser(pseudonymised ? d.referent() : null);
        List<Map.Entry<String, String>> texts = new ArrayList<>();
        for (Map.Entry<String, String> t : content(d)) {
            texts.add(entry(t.getKey(), mask.apply(t.getValue())));
        }
        Referent r = d.referent();
        if (!pseudonymised && r != null) {
            texts.add(2, entry("Référent", join(r.name(), r.function(), r.email(), r.phone())));
        }
        return texts;
    }

    /** The project name as the kit shows it. */
    static String project(Dossier d, boolean pseudonymised) {
        return new Pseudonymiser(pseudonymised ? d.referent() : null).apply(d.projectName());
    }

    /** The content version of a dossier: the SHA-256 of its texts without the referent. */
    static String version(Dossier d) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Map.Entry<String, String> t : content(d)) {
                digest.update((t.getKey() + "\t" + t.getValue() + "\n").getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static List<Map.Entry<String, String>> content(Dossier d) {
        List<Map.Entry<String, String>> texts = new ArrayList<>();
        texts.add(entry(PROJECT, d.projectName()));
        texts.add(entry(
                "Structure porteuse",
                d.structure() == null
                        ? ""
                        : join(d.structure().name(), d.structure().legalForm())));
        texts.add(entry("Région", d.region()));
        for (Section s : Section.values()) {
            texts.add(entry(s.name() + " — " + s.title(), d.sections().text(s)));
        }
        return texts;
    }

    private static String join(String... parts) {
        List<String> present = new ArrayList<>();
        for (String p : parts) {
            if (p != null && !p.isBlank()) {
                present.add(p.strip());
            }
        }
        return String.join(" — ", present);
    }

    private static Map.Entry<String, String> entry(String heading, String text) {
        return new AbstractMap.SimpleImmutableEntry<>(heading, text == null ? "" : text);
    }
}
