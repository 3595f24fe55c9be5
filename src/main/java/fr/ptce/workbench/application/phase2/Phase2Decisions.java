package fr.ptce.workbench.application.phase2;

import static fr.ptce.workbench.domain.CallTime.PARIS;

import fr.ptce.workbench.application.common.ConcurrentChangeException;
import fr.ptce.workbench.application.common.Instruction;
import fr.ptce.workbench.application.common.InvalidInputException;
import fr.ptce.workbench.domain.Euros;
import fr.ptce.workbench.domain.campaign.Campaign;
import fr.ptce.workbench.domain.national.CabinetDecision;
import fr.ptce.workbench.domain.national.NationalDossier;
import fr.ptce.workbench.domain.phase2.Envelope;
import fr.ptce.workbench.domain.phase2.GrantSplit;
import fr.ptce.workbench.domain.phase2.Phase2Decision;
import fr.ptce.workbench.domain.phase2.Phase2Gates;
import fr.ptce.workbench.domain.phase2.Phase2Ranking;
import fr.ptce.workbench.domain.review.Reviewer;
import fr.ptce.workbench.persistence.Database;
import fr.ptce.workbench.persistence.Repositories;
import fr.ptce.workbench.persistence.common.VersionedRow;
import fr.ptce.workbench.persistence.phase2.Phase2DecisionRepository.Stored;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * PESSII's phase-2 decisions: the phase-2 ranking (by the consolidated phase-2 score the national tables hold for the
 * phase-2 numbers), the proposals — phase-2 laureate or not, with a motivation, among the invited phase-1 laureates
 * who filed — the cabinet's decision recorded on them as in phase 1, the third year decided later dossier by
 * dossier, and the envelope. Each change is checked against the version it was read at, committed at once and
 * written to the audit trail.
 */
public final class Phase2Decisions {

    /** The version argument meaning « whatever is stored now » (the command line). */
    public static final long ANY_VERSION = -1;

    private final Database database;
    private final Clock clock;

    public Phase2Decisions(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** The phase-2 decisions as stored now. */
    public Phase2DecisionView view() {
        return database.inTransaction(Phase2Decisions::view);
    }

    /** The phase-2 decisions in this transaction (the national workbook and the letters read them). */
    public static Phase2DecisionView view(Repositories r) {
        Campaign campaign = r.campaigns().current().orElse(Campaign.DEFAULT);
        Map<String, Phase2View> views = ReadPhase2Dossiers.all(r).stream()
                .collect(Collectors.toMap(Phase2View::number, Function.identity(), (a, b) -> a, HashMap::new));
        Map<String, BigDecimal> scores = new HashMap<>();
        for (NationalDossier d : r.national().dossiers(2)) {
            if (views.containsKey(d.number()) && d.row().total() != null) {
                scores.putIfAbsent(d.number(), d.row().total());
            }
        }
        List<Phase2Row> rows = Phase2Ranking.rank(List.copyOf(views.keySet()), scores).stream()
                .map(place -> {
                    Phase2View view = views.get(place.number());
                    Stored stored = r.phase2Decisions().find(place.number());
                    return new Phase2Row(
                            view,
                            place.score(),
                            place.rank(),
                            stored.decision(),
                            stored.version(),
                            Phase2Gates.decisionRefusals(view.link()),
                            Phase2Gates.laureateRefusals(view.link(), view.checks()),
                            GrantSplit.of(campaign.phase2Grant(), asked(view, 1), asked(view, 2)));
                })
                .toList();
        Envelope envelope = Envelope.of(
                rows.stream()
                        .map(row -> new Envelope.Line(row.decision(), asked(row.view(), 1), asked(row.view(), 2)))
                        .toList(),
                campaign);
        return new Phase2DecisionView(rows, envelope);
    }

    private static BigDecimal asked(Phase2View view, int year) {
        return view.checks().stateAmountByYear().get(year);
    }

    /**
     * Proposes a phase-2 dossier as laureate or not, with its motivation (kept when null). Refused when the dossier is
     * no invited phase-1 laureate's; a laureate whose dossier is late or carried by another SIRET only with
     * {@code override}, PESSII's written reason.
     *
     * @param version the version the decision was read at, or {@link #ANY_VERSION}
     * @throws InvalidInputException with the French reasons, nothing changed
     */
    public Phase2DecisionView setLaureate(
            String number, boolean laureate, String motivation, String override, long version) {
        return database.inTransaction(r -> {
            Phase2Row row = decidable(r, number, "décision de la phase\u00a02");
            if (laureate && !row.laureateRefusals().isEmpty() && (override == null || override.isBlank())) {
                throw new InvalidInputException(Phase2Gates.message(
                                number, "proposition comme lauréat de la phase\u00a02", row.laureateRefusals())
                        + " Pour passer outre, donnez le motif de la dérogation.");
            }
            Phase2Decision old = row.decision();
            Phase2Decision changed = old.withLaureate(laureate, motivation);
            String me = save(r, row, changed, version);
            if (old.laureate() != laureate || row.version() == 0) {
                audit(
                        r,
                        me,
                        number,
                        "lauréat phase 2 proposé",
                        row.version() == 0 ? null : yesNo(old.laureate()),
                        yesNo(laureate));
            }
            if (!Objects.equals(old.motivation(), changed.motivation())) {
                audit(r, me, number, "motivation phase 2", old.motivation(), changed.motivation());
            }
            if (laureate && !row.laureateRefusals().isEmpty()) {
                audit(r, me, number, "dérogation (lauréat phase 2)", null, override.strip());
            }
            return view(r);
        });
    }

    /**
     * Decides the optional third year of a phase-2 laureate: granted with its amount in euros, or refused. Outside
     * the envelope, dossier by dossier.
     *
     * @throws InvalidInputException when the dossier is not a phase-2 laureate, or a granted year has no positive
     *     amount
     */
    public Phase2DecisionView setThirdYear(String number, boolean granted, BigDecimal amount, long version) {
        if (granted && (amount == null || amount.signum() <= 0)) {
            throw new InvalidInputException("Une troisième année accordée demande son montant en euros"
                    + " (--third-year-amount), supérieur à zéro.");
        }
        return database.inTransaction(r -> {
            Phase2Row row = decidable(r, number, "décision de la troisième année");
            Phase2Decision old = row.decision();
            if (!old.laureate() && !old.decidedLaureate()) {
                throw new InvalidInputException(Phase2Gates.message(
                        number, "décision de la troisième année", List.of("il n'est pas lauréat de la phase\u00a02")));
            }
            Phase2Decision changed = old.withThirdYear(granted, amount);
            String me = save(r, row, changed, version);
            audit(r, me, number, "troisième année", thirdYear(old), thirdYear(changed));
            return view(r);
        });
    }

    /**
     * Records the cabinet's decision on every phase-2 proposal awaiting one: letters and the public list of phase-2
     * laureates use it only.
     *
     * @return how many dossiers' decisions were recorded
     * @throws InvalidInputException when who decided is not given, or no proposal awaits a decision
     */
    public int confirm(String by, LocalDate on) {
        if (by == null || by.isBlank() || on == null) {
            throw new InvalidInputException("Indiquez qui a décidé (par exemple «\u00a0Cabinet du ministre\u00a0») et"
                    + " le jour de la décision.");
        }
        return database.inTransaction(r -> {
            List<Phase2Row> pending = view(r).ranking().stream()
                    .filter(row -> row.version() > 0 && row.decision().awaitsDecision())
                    .toList();
            if (pending.isEmpty()) {
                throw new InvalidInputException("Aucune proposition de la phase\u00a02 n'attend de décision.");
            }
            for (Phase2Row row : pending) {
                Phase2Decision proposal = row.decision();
                CabinetDecision decided = new CabinetDecision(proposal.laureate(), false, by.strip(), on);
                String me = save(r, row, proposal.decidedBy(decided), row.version());
                audit(
                        r,
                        me,
                        row.number(),
                        "décision du cabinet (phase 2)",
                        describe(proposal.decided()),
                        describe(decided));
            }
            return pending.size();
        });
    }

    private static Phase2Row decidable(Repositories r, String number, String what) {
        Phase2Row row = view(r).ranking().stream()
                .filter(p -> p.number().equals(number))
                .findFirst()
                .orElseThrow(() -> new InvalidInputException("Le dossier n°\u00a0" + number
                        + " n'est pas un dossier de phase\u00a02 importé (phase2 import)."));
        if (!row.decidable()) {
            throw new InvalidInputException(Phase2Gates.message(number, what, row.notDecidable()));
        }
        return row;
    }

    private String save(Repositories r, Phase2Row row, Phase2Decision changed, long version) {
        long base = version == ANY_VERSION ? row.version() : version;
        Reviewer me = Instruction.user(r);
        long saved = base != row.version()
                ? VersionedRow.STALE
                : r.phase2Decisions()
                        .save(
                                changed,
                                base,
                                r.campaigns().current().orElse(Campaign.DEFAULT).version(),
                                me.signature(),
                                now());
        if (saved == VersionedRow.STALE) {
            // changed by someone else since it was read: nothing written
            throw ConcurrentChangeException.over(
                    ConcurrentChangeException.Subject.DECISION,
                    "dossier de phase\u00a02 n°\u00a0" + row.number(),
                    r.phase2Decisions().stamp(row.number()),
                    changed,
                    r.phase2Decisions().find(row.number()).decision(),
                    base);
        }
        return me.signature();
    }

    private void audit(Repositories r, String me, String number, String field, String oldValue, String newValue) {
        r.audit().append(now(), me, number, field, oldValue, newValue);
    }

    private static String thirdYear(Phase2Decision d) {
        if (d.thirdYear() == null) {
            return null;
        }
        return d.thirdYearGranted() ? "accordée, " + Euros.format(d.thirdYearAmount()) : "refusée";
    }

    private static String describe(CabinetDecision decided) {
        if (decided == null) {
            return null;
        }
        return "lauréat phase 2\u00a0: " + yesNo(decided.laureate()) + " (" + decided.by() + ", " + decided.on() + ")";
    }

    private static String yesNo(boolean value) {
        return value ? "oui" : "non";
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).atZoneSameInstant(PARIS).toOffsetDateTime();
    }
}
