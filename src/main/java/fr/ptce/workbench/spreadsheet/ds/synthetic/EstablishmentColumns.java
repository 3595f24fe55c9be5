package fr.ptce.workbench.spreadsheet.ds.synthetic;

import fr.ptce.workbench.domain.Accents;
import fr.ptce.workbench.domain.dossier.CarrierStructure;
import fr.ptce.workbench.domain.dossier.Commune;
import fr.ptce.workbench.domain.dossier.Dossier;
import fr.ptce.workbench.domain.dossier.DsEra;
import fr.ptce.workbench.domain.dossier.InseeLegalCategory;
import fr.ptce.workbench.domain.dossier.LabelFolding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The establishment block DS takes from API Entreprise for the applicant's SIRET (formats.md §1.3, §1.8),
 * synthesised from the carrier structure: the domain keeps only the SIRET and the raison sociale, so the
 * other values (NAF, dates, address lines) are plausible inventions derived from them.
 */
final class EstablishmentColumns {

    /** The Etablissements sheet headers from {@code Établissement SIRET} on, in 2021 order. */
    private static final List<String> HEADERS_2021 = List.of(
            "Établissement SIRET",
            "Etablissement enseigne",
            "Établissement siège social",
            "Établissement NAF",
            "Établissement libellé NAF",
            "Établissement Adresse",
            "Établissement numero voie",
            "Établissement type voie",
            "Établissement nom voie",
            "Établissement complément adresse",
            "Établissement code postal",
            "Établissement localité",
            "Établissement code INSEE localité",
            "Entreprise SIREN",
            "Entreprise capital social",
            "Entreprise numero TVA intracommunautaire",
            "Entreprise forme juridique",
            "Entreprise forme juridique code",
            "Entreprise nom commercial",
            "Entreprise raison sociale",
            "Entreprise SIRET siège social",
            "Entreprise code effectif entreprise",
            "Entreprise date de création",
            "Entreprise nom",
            "Entreprise prénom",
            "Association RNA",
            "Association titre",
            "Association objet",
            "Association date de création",
            "Association date de déclaration",
            "Association date de publication");

    private static final String ETAT = "Entreprise état administratif";
    private static final String ENSEIGNE = "Etablissement enseigne";
    private static final int CREATION_INDEX = HEADERS_2021.indexOf("Entreprise date de création");

    private static final Pattern ADDRESS =
            Pattern.compile("^\\s*(\\d+)\\s*(?:bis|ter)?\\s*,?\\s+(\\S+)\\s+(.+?)\\s*,\\s*(\\d{5})\\s+(.+?)\\s*$");
    private static final Map<String, String> STREET_TYPES = Map.of(
            "rue",
            "RUE",
            "place",
            "PL",
            "avenue",
            "AV",
            "boulevard",
            "BD",
            "chemin",
            "CHE",
            "allee",
            "ALL",
            "impasse",
            "IMP",
            "route",
            "RTE",
            "quai",
            "QUAI",
            "cours",
            "CRS");

    private EstablishmentColumns() {}

    /** The Etablissements sheet headers for an era (33 columns in 2021, 34 in 2025). */
    static List<String> sheetHeaders(DsEra era) {
        List<String> headers = new ArrayList<>(List.of("Dossier ID", "Champ"));
        headers.addAll(blockHeaders(era, true));
        return headers;
    }

    /** The csv establishment block of formats.md §1.3, which has no {@code Etablissement enseigne}. */
    static List<String> csvHeaders(DsEra era) {
        return blockHeaders(era, false);
    }

    /** The values of {@link #sheetHeaders}: the row for the applicant's own establishment. */
    static List<Object> sheetRow(Dossier dossier, DsEra era) {
        List<Object> row = new ArrayList<>(List.of(dossier.number(), "Dossier"));
        row.addAll(values(dossier, era, true));
        return row;
    }

    /** The values of {@link #csvHeaders}, all empty when the dossier has no SIRET. */
    static List<Object> csvValues(Dossier dossier, DsEra era) {
        return values(dossier, era, false);
    }

    static boolean hasEstablishment(Dossier dossier) {
        return dossier.structure() != null && dossier.structure().siret() != null;
    }

    private static List<String> blockHeaders(DsEra era, boolean withEnseigne) {
        List<String> headers = new ArrayList<>(HEADERS_2021);
        if (era == DsEra.Y2025) {
            headers.add(CREATION_INDEX + 1, ETAT);
        }
        if (!withEnseigne) {
            headers.remove(ENSEIGNE);
        }
        return headers;
    }

    private static List<Object> values(Dossier dossier, DsEra era, boolean withEnseigne) {
        List<Object> values;
        if (hasEstablishment(dossier)) {
            values = synthesise(dossier);
        } else {
            values = Arrays.asList(new Object[HEADERS_2021.size()]);
        }
        values = new ArrayList<>(values);
        if (era == DsEra.Y2025) {
            values.add(CREATION_INDEX + 1, hasEstablishment(dossier) ? "actif" : null);
        }
        if (!withEnseigne) {
            values.remove(HEADERS_2021.indexOf(ENSEIGNE));
        }
        return values;
    }

    private static List<Object> synthesise(Dossier dossier) {
        CarrierStructure structure = dossier.structure();
        String siret = structure.siret();
        String siren = siret.length() >= 9 ? siret.substring(0, 9) : siret;
        String raison = structure.raisonSociale() != null ? structure.raisonSociale() : upper(structure.name());
        Kind kind = Kind.of(structure.legalForm());
        long hash = Math.abs((long) siret.hashCode());
        LocalDate created = LocalDate.of(1995, 1, 1).plusDays(hash % 9000);

        String number = null;
        String type = null;
        String street = null;
        String postal = null;
        String city = null;
        List<String> lines = new ArrayList<>();
        lines.add(raison);
        Matcher m = ADDRESS.matcher(structure.address() == null ? "" : structure.address());
        if (m.matches()) {
            number = m.group(1);
            type = STREET_TYPES.getOrDefault(fold(m.group(2)), upper(m.group(2)));
            street = upper(m.group(3));
            postal = m.group(4);
            city = upper(m.group(5));
            lines.add(number + " " + type + " " + street);
            lines.add(postal + " " + city);
        } else if (structure.address() != null && !structure.address().isBlank()) {
            lines.add(upper(structure.address()));
        }
        lines.add("FRANCE");

        boolean association = kind == Kind.ASSOCIATION;
        List<Object> v = new ArrayList<>();
        v.add(siret);
        v.add(null);
        v.add("true");
        v.add(kind.naf);
        v.add(kind.nafLabel);
        v.add(String.join("\r\n", lines));
        v.add(number);
        v.add(type);
        v.add(street);
        v.add(null);
        v.add(postal);
        v.add(city);
        v.add(inseeOf(dossier, city));
        v.add(siren);
        v.add(association ? null : Long.valueOf(1000L * (1 + hash % 300)));
        v.add(tva(siren));
        // the establishment's own INSEE category when the dossier holds one (read from an export), else the kind's
        InseeLegalCategory category = structure.legalCategory();
        v.add(category == null ? kind.legalForm : category.label());
        v.add(category == null ? kind.legalFormCode : category.code());
        v.add(null);
        v.add(raison);
        v.add(siret);
        v.add(String.format(Locale.ROOT, "%02d", 1 + hash % 21));
        v.add(created);
        v.add(null);
        v.add(null);
        v.add(association ? String.format(Locale.ROOT, "W%09d", hash % 1_000_000_000L) : null);
        v.add(association ? raison : null);
        v.add(association ? "Favoriser la coopération économique et le développement local solidaire." : null);
        v.add(association ? created : null);
        v.add(association ? created.plusDays(12) : null);
        v.add(association ? created.plusDays(40) : null);
        return v;
    }

    private static String inseeOf(Dossier dossier, String city) {
        if (city == null || dossier.territory() == null) {
            return null;
        }
        String folded = LabelFolding.fold(city).replace('-', ' ');
        return dossier.territory().communes().stream()
                .filter(c -> c.name() != null
                        && LabelFolding.fold(c.name()).replace('-', ' ').equals(folded))
                .map(Commune::insee)
                .findFirst()
                .orElse(null);
    }

    private static String tva(String siren) {
        if (!siren.matches("\\d{9}")) {
            return null;
        }
        long key = (12 + 3 * (Long.parseLong(siren) % 97)) % 97;
        return String.format(Locale.ROOT, "FR%02d%s", key, siren);
    }

    private static String upper(String text) {
        return text == null
                ? null
                : Accents.strip(text).toUpperCase(Locale.ROOT).replace('’', '\'');
    }

    private static String fold(String text) {
        return Accents.strip(text).toLowerCase(Locale.ROOT);
    }

    /** The API Entreprise legal category matching the form the applicant chose. */
    private enum Kind {
        ASSOCIATION(
                "9499Z", "Autres organisations fonctionnant par adhésion volontaire", "Association déclarée", "9220"),
        COOPERATIVE(
                "8899B",
                "Action sociale sans hébergement n.c.a.",
                "Autre SA coopérative à conseil d'administration",
                "5560"),
        COMPANY(
                "4779Z", "Commerce de détail de biens d'occasion en magasin",
                "SAS, société par actions simplifiée", "5710"),
        PUBLIC("8411Z", "Administration publique générale", "(Autre) Collectivité territoriale", "7229"),
        OTHER("8810C", "Aide par le travail", "Fondation", "9300");

        private final String naf;
        private final String nafLabel;
        private final String legalForm;
        private final String legalFormCode;

        Kind(String naf, String nafLabel, String legalForm, String legalFormCode) {
            this.naf = naf;
            this.nafLabel = nafLabel;
            this.legalForm = legalForm;
            this.legalFormCode = legalFormCode;
        }

        static Kind of(String legalForm) {
            String folded = LabelFolding.fold(legalForm);
            if (folded.startsWith("association")) {
                return ASSOCIATION;
            }
            if (folded.startsWith("cooperative") || folded.contains("scic") || folded.contains("scop")) {
                return COOPERATIVE;
            }
            if (folded.startsWith("societe") || folded.startsWith("sas")) {
                return COMPANY;
            }
            if (folded.startsWith("collectivite") || folded.startsWith("commune")) {
                return PUBLIC;
            }
            return OTHER;
        }
    }
}
