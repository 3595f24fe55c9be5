package fr.ptce.workbench.domain.dossier;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which column of a DS {@code Dossiers} header holds which fixed column or champ. Columns are found by header
 * text, never by position; the first of two identical headers wins and the second stays an "autre champ".
 */
public final class HeaderMapping {

    /** Sub-columns DS adds after a champ, such as {@code Région (Code)} or {@code Commune (Code insee)}. */
    private static final Pattern SUB_COLUMN =
            Pattern.compile("^(.*) \\((Code|Code insee|Code INSEE|Département|Nom|Adresse|Code INSEE Ville)\\)$");

    /** Identity and DS bookkeeping headers that are neither a champ nor unknown data. */
    private static final Set<String> OTHER_DS_HEADERS = Set.of(
            "civilite",
            "nom",
            "prenom",
            "date de naissance",
            "depot pour un tiers",
            "nom du mandataire",
            "prenom du mandataire",
            "domaine fonctionnel",
            "referentiel de programmation",
            "centre de cout",
            "date decision sva",
            "date decision svr");

    private static final List<String> ESTABLISHMENT_PREFIXES = List.of("etablissement ", "entreprise ", "association ");

    private final List<String> headers;
    private final Map<FixedColumn, Integer> fixed;
    private final Map<Champ, Integer> champs;
    private final boolean[] known;

    private HeaderMapping(
            List<String> headers, Map<FixedColumn, Integer> fixed, Map<Champ, Integer> champs, boolean[] known) {
        this.headers = headers;
        this.fixed = fixed;
        this.champs = champs;
        this.known = known;
    }

    /** Maps a header row with the standard labels only. */
    public static HeaderMapping of(List<String> headers) {
        return of(headers, ColumnMapping.NONE);
    }

    /** Maps a header row, letting the user's mapping decide for the headers it names. */
    public static HeaderMapping of(List<String> headers, ColumnMapping manual) {
        List<String> copy = List.copyOf(headers);
        Map<FixedColumn, Integer> fixed = new EnumMap<>(FixedColumn.class);
        Map<Champ, Integer> champs = new EnumMap<>(Champ.class);
        boolean[] known = new boolean[copy.size()];
        for (int i = 0; i < copy.size(); i++) {
            String header = copy.get(i);
            Optional<Champ> chosen = manual.champFor(header).filter(c -> !champs.containsKey(c));
            if (chosen.isPresent()) {
                champs.put(chosen.get(), i);
                known[i] = true;
                continue;
            }
            Optional<FixedColumn> column = fixedColumn(header).filter(c -> !fixed.containsKey(c));
            if (column.isPresent()) {
                fixed.put(column.get(), i);
                known[i] = true;
                continue;
            }
            Optional<Champ> champ = champ(header).filter(c -> !champs.containsKey(c) && !manual.maps(c));
            if (champ.isPresent()) {
                champs.put(champ.get(), i);
                known[i] = true;
                continue;
            }
            known[i] = isSubColumnOfChamp(header) || isOtherDsHeader(header);
        }
        return new HeaderMapping(copy, fixed, champs, known);
    }

    public Optional<Integer> column(FixedColumn column) {
        return Optional.ofNullable(fixed.get(column));
    }

    public Optional<Integer> column(Champ champ) {
        return Optional.ofNullable(champs.get(champ));
    }

    public List<String> headers() {
        return headers;
    }

    /** Whether the column at this index is mapped to something the workbench understands. */
    public boolean known(int index) {
        return known[index];
    }

    /** The champs that admissibility needs but that no column holds: the user must map them. */
    public List<Champ> unmatchedRequiredChamps() {
        List<Champ> missing = new ArrayList<>();
        for (Champ champ : Champ.values()) {
            if (champ.required() && !champs.containsKey(champ)) {
                missing.add(champ);
            }
        }
        return Collections.unmodifiableList(missing);
    }

    /** The headers no champ or DS column matched, in order, for the mapping dialog. */
    public List<String> unknownHeaders() {
        List<String> unknown = new ArrayList<>();
        for (int i = 0; i < headers.size(); i++) {
            if (!known[i]) {
                unknown.add(headers.get(i));
            }
        }
        return unknown;
    }

    static Optional<FixedColumn> fixedColumn(String header) {
        for (FixedColumn column : FixedColumn.values()) {
            if (column.matches(header)) {
                return Optional.of(column);
            }
        }
        return Optional.empty();
    }

    static Optional<Champ> champ(String header) {
        String folded = LabelFolding.fold(header);
        for (Champ champ : Champ.values()) {
            if (champ.folded().equals(folded)) {
                return Optional.of(champ);
            }
        }
        return Optional.empty();
    }

    private static boolean isSubColumnOfChamp(String header) {
        Matcher matcher = SUB_COLUMN.matcher(header.strip());
        return matcher.matches() && champ(matcher.group(1)).isPresent();
    }

    private static boolean isOtherDsHeader(String header) {
        String folded = LabelFolding.fold(header);
        return OTHER_DS_HEADERS.contains(folded)
                || ESTABLISHMENT_PREFIXES.stream().anyMatch(folded::startsWith);
    }
}
