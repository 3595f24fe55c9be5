package fr.ptce.workbench.application.national;

import fr.ptce.workbench.application.common.DsApiAccess;
import fr.ptce.workbench.application.common.DsOnlineException;
import fr.ptce.workbench.application.common.InvalidInputException;
import fr.ptce.workbench.domain.Progress;
import fr.ptce.workbench.domain.national.NationalDecision;
import fr.ptce.workbench.domain.national.RankedDossier;
import fr.ptce.workbench.domain.national.RegionalAvisRow;
import fr.ptce.workbench.online.ds.DsApiClient;
import fr.ptce.workbench.online.ds.DsApiException;
import fr.ptce.workbench.online.ds.DsDecisionWriter;
import fr.ptce.workbench.persistence.Database;
import fr.ptce.workbench.persistence.Repositories;
import fr.ptce.workbench.persistence.national.DsPushRepository;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code ds push}: writes back to DS what PESSII decided — each recorded cabinet decision as DS's accept or refuse
 * with the recorded motivation, and for each dossier of the national view a private annotation with its
 * admissibility and the region's avis. {@link #plan} says what would be sent, from the workspace only; {@link #push}
 * sends it. Each item sent is recorded at once (its own transaction), so a second push sends nothing again and a
 * failure on one dossier keeps what was sent for the others.
 */
public final class PushDecisions {

    /** The private annotation (a text champ of DS's « annotations privées ») written by default. */
    public static final String DEFAULT_ANNOTATION = "Avis de l'instruction PTCE";

    private static final String REFUSAL_WITHOUT_MOTIVATION = "Votre projet n'a pas été retenu parmi les lauréats de la"
            + " phase\u00a01 de l'appel à manifestation d'intérêt «\u00a0PTCE émergents\u00a0».";

    /** What is sent for a dossier. */
    public enum Action {
        ACCEPT("accepter", "decision"),
        REFUSE("refuser", "decision"),
        ANNOTATE("annotation privée", "annotation");

        private final String label;
        private final String item;

        Action(String label, String item) {
            this.label = label;
            this.item = item;
        }

        /** The French word the command line shows. */
        public String label() {
            return label;
        }
    }

    /** One thing to send: a dossier, an action, its text; whether an earlier push already sent it. */
    public record Item(String dossierNumber, Action action, String text, boolean alreadySent) {}

    /** Everything a push would send, and what earlier pushes already sent. */
    public record Plan(int procedure, List<Item> items) {

        public Plan {
            items = List.copyOf(items);
        }

        public List<Item> toSend() {
            return items.stream().filter(i -> !i.alreadySent()).toList();
        }

        public List<Item> alreadySent() {
            return items.stream().filter(Item::alreadySent).toList();
        }
    }

    /** An item DS refused or that could not be sent, with the French reason. */
    public record Failure(Item item, String reason) {}

    /** What a push did. */
    public record Report(List<Item> sent, List<Failure> failures, int alreadySent) {

        public Report {
            sent = List.copyOf(sent);
            failures = List.copyOf(failures);
        }
    }

    private final Database database;
    private final Clock clock;

    public PushDecisions(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** What a push of the procedure would send, read from the workspace (no connection). */
    public Plan plan(int procedure) {
        return database.inTransaction(r -> plan(r, procedure));
    }

    private static Plan plan(Repositories r, int procedure) {
        Map<String, String> sent = r.dsPushes().sent(procedure);
        Map<String, RankedDossier> byNumber = new LinkedHashMap<>();
        for (RankedDossier ranked : NationalDecisions.view(r).ranking()) {
            byNumber.putIfAbsent(ranked.row().dossierNumber(), ranked);
        }
        List<Item> items = new ArrayList<>();
        byNumber.values().stream()
                .sorted(Comparator.comparing(
                                (RankedDossier d) -> d.row().dossierNumber().length())
                        .thenComparing(d -> d.row().dossierNumber()))
                .forEach(d -> {
                    String number = d.row().dossierNumber();
                    String annotation = annotation(d.row());
                    items.add(new Item(
                            number,
                            Action.ANNOTATE,
                            annotation,
                            annotation.equals(sent.get(DsPushRepository.key(number, Action.ANNOTATE.item)))));
                    NationalDecision decision = d.decision();
                    if (decision.decided() != null) {
                        Action action = decision.decidedLaureate() ? Action.ACCEPT : Action.REFUSE;
                        items.add(new Item(
                                number,
                                action,
                                motivation(d.row(), action),
                                sent.containsKey(DsPushRepository.key(number, action.item))));
                    }
                });
        return new Plan(procedure, items);
    }

    /** The annotation's text: the admissibility, then the region's avis and its motivation. */
    static String annotation(RegionalAvisRow row) {
        StringBuilder text = new StringBuilder("Recevabilité\u00a0: ").append(orDash(row.admissibility()));
        text.append("\nAvis de la région")
                .append(row.region() == null ? "" : " " + row.region())
                .append("\u00a0: ")
                .append(orDash(row.recommendation()));
        if (row.motivation() != null && !row.motivation().isBlank()) {
            text.append("\nMotivation\u00a0: ").append(row.motivation().strip());
        }
        return text.toString();
    }

    private static String motivation(RegionalAvisRow row, Action action) {
        String motivation = row.motivation() == null ? "" : row.motivation().strip();
        return motivation.isEmpty() && action == Action.REFUSE ? REFUSAL_WITHOUT_MOTIVATION : motivation;
    }

    private static String orDash(String value) {
        return value == null || value.isBlank() ? "—" : value.strip();
    }

    /**
     * Sends what {@link #plan} lists and no earlier push sent, dossier by dossier: the annotation, then the decision.
     *
     * @param instructeurEmail the e-mail of the DS instructor who signs (an instructor of the procedure)
     * @param annotationLabel the label of the private text annotation to write
     * @throws DsOnlineException when DS cannot be reached or refuses the token before anything is sent
     * @throws InvalidInputException when no instructor of the procedure has this e-mail; nothing is sent
     */
    public Report push(
            DsApiAccess access, int procedure, String instructeurEmail, String annotationLabel, Progress progress) {
        Plan plan = plan(procedure);
        List<Item> toSend = plan.toSend();
        if (toSend.isEmpty()) {
            return new Report(List.of(), List.of(), plan.alreadySent().size());
        }
        DsDecisionWriter writer = new DsDecisionWriter(new DsApiClient(access.endpoint(), access.token()));
        String instructeurId;
        try {
            instructeurId = writer.instructeurId(procedure, instructeurEmail);
        } catch (DsApiException e) {
            throw new DsOnlineException("Rien n'a été envoyé\u00a0: " + e.getMessage(), e);
        }
        if (instructeurId == null) {
            throw new InvalidInputException("Aucun instructeur «\u00a0" + instructeurEmail + "\u00a0» sur la démarche "
                    + procedure + " de démarches-simplifiées\u00a0: donnez l'adresse d'un instructeur de la démarche"
                    + " (--instructeur). Rien n'a été envoyé.");
        }
        Map<String, List<Item>> byDossier = new LinkedHashMap<>();
        toSend.forEach(i -> byDossier
                .computeIfAbsent(i.dossierNumber(), n -> new ArrayList<>())
                .add(i));
        List<Item> sent = new ArrayList<>();
        List<Failure> failures = new ArrayList<>();
        int done = 0;
        for (Map.Entry<String, List<Item>> dossier : byDossier.entrySet()) {
            progress.checkCancelled();
            progress.update(done++, byDossier.size(), "démarches-simplifiées\u00a0: dossier " + dossier.getKey());
            DsDecisionWriter.RemoteDossier remote;
            try {
                remote = writer.dossier(dossier.getKey());
            } catch (DsApiException | NumberFormatException e) {
                dossier.getValue().forEach(i -> failures.add(new Failure(i, e.getMessage())));
                continue;
            }
            for (Item item : dossier.getValue()) {
                try {
                    send(writer, remote, instructeurId, annotationLabel, item);
                    database.inTransaction(r -> {
                        r.dsPushes()
                                .record(
                                        procedure,
                                        item.dossierNumber(),
                                        item.action().item,
                                        item.text(),
                                        OffsetDateTime.now(clock));
                        return null;
                    });
                    sent.add(item);
                } catch (DsApiException | RefusedItem e) {
                    failures.add(new Failure(item, e.getMessage()));
                }
            }
        }
        return new Report(sent, failures, plan.alreadySent().size());
    }

    /** An item this push does not send, with the French reason. */
    private static final class RefusedItem extends RuntimeException {
        private static final long serialVersionUID = 1L;

        RefusedItem(String message) {
            super(message, null, false, false);
        }
    }

    private static void send(
            DsDecisionWriter writer,
            DsDecisionWriter.RemoteDossier remote,
            String instructeurId,
            String annotationLabel,
            Item item) {
        if (item.action() == Action.ANNOTATE) {
            String annotationId = remote.annotationIds().get(annotationLabel);
            if (annotationId == null) {
                throw new RefusedItem("le dossier n'a pas d'annotation privée «\u00a0" + annotationLabel
                        + "\u00a0» sur démarches-simplifiées (l'administrateur l'ajoute aux annotations privées de la"
                        + " démarche, ou choisissez-en une autre avec --annotation)");
            }
            writer.annotate(remote.id(), instructeurId, annotationId, item.text());
            return;
        }
        String target = item.action() == Action.ACCEPT ? "accepte" : "refuse";
        if (remote.state().equals(target)) {
            return; // already so on DS: recorded, nothing to send
        }
        if (!remote.state().equals("en_instruction")) {
            throw new RefusedItem("le dossier est «\u00a0" + remote.state() + "\u00a0» sur démarches-simplifiées\u00a0:"
                    + " seul un dossier en instruction peut être accepté ou refusé");
        }
        if (item.action() == Action.ACCEPT) {
            writer.accept(remote.id(), instructeurId, item.text().isEmpty() ? null : item.text());
        } else {
            writer.refuse(remote.id(), instructeurId, item.text());
        }
    }
}
