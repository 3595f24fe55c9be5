package fr.ptce.workbench.application.samples;

import fr.ptce.workbench.application.samples.SampleResources.SampleCommune;
import fr.ptce.workbench.domain.dossier.Annotations;
import fr.ptce.workbench.domain.dossier.Attachments;
import fr.ptce.workbench.domain.dossier.CarrierStructure;
import fr.ptce.workbench.domain.dossier.Commune;
import fr.ptce.workbench.domain.dossier.Dossier;
import fr.ptce.workbench.domain.dossier.DossierState;
import fr.ptce.workbench.domain.dossier.DsTracking;
import fr.ptce.workbench.domain.dossier.Referent;
import fr.ptce.workbench.domain.dossier.Section;
import fr.ptce.workbench.domain.dossier.Sections;
import fr.ptce.workbench.domain.dossier.Territory;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/** Draws one synthetic dossier after another from a seeded random source; every value is invented. */
final class DossierFactory {

    private static final int FIRST_NUMBER = 4_800_000;
    private static final List<String> LEGAL_FORMS = List.of(
            "Association", "Coopérative (SCOP, SCIC, CAE…)", "Société commerciale bénéficiaire de l'agrément ESUS");
    private static final List<String> OTHER_FORMS =
            List.of("Fondation", "SAS classique", "Collectivité territoriale", "Commune");

    private final Random random;
    private final int count;
    private final int numberStep;
    private final SampleDates dates;

    DossierFactory(long seed, int count) {
        this.random = new Random(seed);
        this.count = count;
        // one bucket of numbers per dossier keeps them unique, increasing and 7 digits long
        this.numberStep = Math.max(1, Math.min(97, 5_000_000 / Math.max(1, count)));
        this.dates = new SampleDates(random);
    }

    /** The dossier at {@code index} (0-based); must be called in index order. */
    Dossier next(int index) {
        String number = Integer.toString(FIRST_NUMBER + index * numberStep + random.nextInt(numberStep));
        List<String> regions = SampleResources.regions();
        String region = regions.get(random.nextInt(regions.size()));
        List<SampleCommune> perimeter = perimeter(region);
        SampleCommune seat = perimeter.get(0);

        boolean incomplete = false;
        String legalForm = random.nextDouble() < 0.88
                ? LEGAL_FORMS.get(weighted(0.55, 0.3))
                : OTHER_FORMS.get(random.nextInt(OTHER_FORMS.size()));
        String name = String.format(structurePattern(legalForm), seat.name());
        if (random.nextDouble() < 0.04) {
            name = name + " ";
        }
        String address = random.nextDouble() < 0.03
                ? null
                : (1 + random.nextInt(120)) + ", " + pick(SampleNames.STREETS) + ", " + seat.postalCode() + " "
                        + seat.name().toUpperCase(Locale.FRANCE);
        incomplete |= address == null;
        CarrierStructure structure = new CarrierStructure(
                name,
                address,
                legalForm,
                SampleSirets.next(random, random.nextDouble() < 0.9),
                SampleSirets.raisonSociale(name));

        String first = pick(SampleNames.FIRST_NAMES);
        String last = pick(SampleNames.LAST_NAMES);
        String email = SampleSirets.ascii(first + "." + last).toLowerCase(Locale.ROOT)
                + (random.nextBoolean() ? "@example.org" : "@example.fr");
        String function = random.nextDouble() < 0.04 ? null : pick(SampleNames.FUNCTIONS);
        incomplete |= function == null;
        Referent referent = new Referent(first + " " + last, function, email, phone());

        Map<Section, String> texts = new EnumMap<>(Section.class);
        for (Section section : Section.values()) {
            boolean empty = section.optional() ? random.nextDouble() < 0.35 : random.nextDouble() < 0.02;
            incomplete |= empty && !section.optional();
            texts.put(section, SectionTexts.build(random, section, empty));
        }

        List<Commune> communes = perimeter.stream()
                .map(c -> new Commune(c.insee(), c.name(), c.name() + " (" + c.postalCode() + ")"))
                .toList();
        Territory territory = new Territory(
                declared(perimeter.stream().anyMatch(SampleCommune::qpv)),
                declared(perimeter.stream().anyMatch(SampleCommune::zrrClassified)),
                communes,
                true);

        double tick = random.nextDouble();
        Boolean attestation = tick < 0.93 ? Boolean.TRUE : tick < 0.98 ? Boolean.FALSE : null;
        incomplete |= !Boolean.TRUE.equals(attestation);
        Attachments attachments = new Attachments(
                random.nextDouble() < 0.92
                        ? "Statuts " + SampleSirets.shortName(name, seat.name()) + " 2020.pdf"
                        : null,
                random.nextDouble() < 0.6 ? "budget prévisionnel 2021-2023.pdf" : null);

        DsTracking tracking = tracking(index, region, email);
        boolean late = tracking.depositedAt().isAfter(SampleDates.DEADLINE);
        Annotations annotations = annotations(late, incomplete);
        String projectName = String.format(pick(SampleNames.PROJECTS), random.nextBoolean() ? seat.name() : region);
        return new Dossier(
                number,
                tracking,
                projectName,
                region,
                structure,
                referent,
                new Sections(texts),
                territory,
                attachments,
                attestation,
                annotations,
                List.of());
    }

    /** A structure name that fits the legal form: no "SCIC …" for an association. */
    private String structurePattern(String legalForm) {
        boolean cooperative = legalForm.startsWith("Coopérative");
        List<String> fitting = SampleNames.STRUCTURES.stream()
                .filter(p -> cooperative || !p.matches("^(SCIC|SCOP|CAE) .*"))
                .filter(p -> !cooperative || !p.startsWith("Association"))
                .toList();
        return pick(fitting);
    }

    private List<SampleCommune> perimeter(String region) {
        List<SampleCommune> all = SampleResources.communes(region);
        int size = Math.min(all.size(), 1 + random.nextInt(8));
        int start = random.nextInt(all.size());
        List<SampleCommune> picked = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            picked.add(all.get((start + i) % all.size()));
        }
        return picked;
    }

    private DsTracking tracking(int index, String region, String referentEmail) {
        // the first five dossiers cover the five states, the rest are drawn
        DossierState state = index < DossierState.values().length
                ? DossierState.values()[index]
                : DossierState.values()[weighted(0.3, 0.3, 0.2, 0.1)];
        SampleDates.Timeline t = dates.timeline(index, count, state);
        boolean decided = t.processedAt() != null;
        String motivation = decided && random.nextDouble() < 0.7 ? pick(SampleNames.MOTIVATIONS) : null;
        boolean archived = decided && random.nextDouble() < 0.3;
        double who = random.nextDouble();
        String account = who < 0.03
                ? "deleted_user_email_never_send"
                : who < 0.85 ? referentEmail : "contact." + index + "@example.org";
        String instructors = random.nextDouble() < 0.2
                ? ""
                : random.nextDouble() < 0.7
                        ? pick(SampleNames.INSTRUCTORS)
                        : SampleNames.INSTRUCTORS.get(0) + " " + SampleNames.INSTRUCTORS.get(2);
        return new DsTracking(
                state,
                archived,
                account,
                t.depositedAt(),
                t.updatedAt(),
                t.champsUpdatedAt(),
                t.instructionAt(),
                t.processedAt(),
                motivation,
                instructors,
                region);
    }

    private Annotations annotations(boolean late, boolean incomplete) {
        if (random.nextDouble() < 0.4) {
            return new Annotations(null, null);
        }
        String admissibility = incomplete ? "Incomplet" : late ? "Hors délai" : "Recevable";
        String comment = random.nextDouble() < 0.5 ? pick(SampleNames.COMMENTS) : null;
        return new Annotations(admissibility, comment);
    }

    private Boolean declared(boolean truth) {
        double roll = random.nextDouble();
        if (roll < 0.08) {
            return null;
        }
        return roll < 0.20 ? !truth : truth;
    }

    private String phone() {
        int[] d = new int[8];
        for (int i = 0; i < d.length; i++) {
            d[i] = random.nextInt(10);
        }
        String mobile = random.nextBoolean() ? "6" : "7";
        String pairs =
                String.format(Locale.ROOT, "%d%d %d%d %d%d %d%d", d[0], d[1], d[2], d[3], d[4], d[5], d[6], d[7]);
        return switch (random.nextInt(4)) {
            case 0 -> "0" + mobile + " " + pairs;
            case 1 -> "0" + mobile + pairs.replace(" ", "");
            case 2 -> "+33 " + mobile + " " + pairs;
            default -> "0" + mobile + "." + pairs.replace(' ', '.');
        };
    }

    /** An index drawn with the given probabilities, the last index taking the rest. */
    private int weighted(double... probabilities) {
        double roll = random.nextDouble();
        double sum = 0;
        for (int i = 0; i < probabilities.length; i++) {
            sum += probabilities[i];
            if (roll < sum) {
                return i;
            }
        }
        return probabilities.length;
    }

    private String pick(List<String> values) {
        return values.get(random.nextInt(values.size()));
    }
}
