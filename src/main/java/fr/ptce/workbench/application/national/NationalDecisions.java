package fr.ptce.workbench.application.national;

import static fr.ptce.workbench.domain.CallTime.PARIS;

import fr.ptce.workbench.application.common.ConcurrentChangeException;
import fr.ptce.workbench.application.common.Instruction;
import fr.ptce.workbench.application.common.InvalidInputException;
import fr.ptce.workbench.domain.audit.AuditEntry;
import fr.ptce.workbench.domain.campaign.Campaign;
import fr.ptce.workbench.domain.campaign.Wave;
import fr.ptce.workbench.domain.national.AvisConflict;
import fr.ptce.workbench.domain.national.DecisionGates;
import fr.ptce.workbench.domain.national.GateRefusal;
import fr.ptce.workbench.domain.national.NationalDecision;
import fr.ptce.workbench.domain.national.NationalDossier;
import fr.ptce.workbench.domain.national.NationalRanking;
import fr.ptce.workbench.domain.national.RankingOrder;
import fr.ptce.workbench.domain.national.Shortlist;
import fr.ptce.workbench.domain.review.Reviewer;
import fr.ptce.workbench.persistence.Database;
import fr.ptce.workbench.persistence.Repositories;
import fr.ptce.workbench.persistence.common.VersionedRow;
import fr.ptce.workbench.persistence.common.VersionedRow.Stamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * PESSII's work on the consolidated dossiers: the national ranking (within each wave) and its tie-break order, the
 * proposals — phase-1 laureates (recevable and eligible), phase-2 invitations (laureates meeting target (b) or (c)),
 * each gate overridable with a written reason — the cabinet's decision recorded on them, and the conflicts'
 * resolution. Each change is committed at once and written to the audit trail.
 */
public final class NationalDecisions {

    /** No version check: the decision is saved over whatever version is stored (the command line). */
    public static final long ANY_VERSION = -1;

    /** The setting holding the ranking's tie-break order, as written by {@link RankingOrder#toString()}. */
    static final String ORDER_SETTING = "ranking_order";

    private final Database database;
    private final Clock clock;

    public NationalDecisions(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** The national view as stored now. */
    public NationalView view() {
        return database.inTransaction(NationalDecisions::view);
    }

    static NationalView view(Repositories r) {
        RankingOrder order = order(r);
        Campaign campaign = CampaignSettings.current(r);
        Map<String, NationalDecision> decisions = r.decisions().all();
        List<NationalDossier> dossiers = r.national().dossiers();
        return new NationalView(
                NationalRanking.rank(
                        dossiers,
                        order,
                        decisions,
                        campaign.waves().stream().map(Wave::name).toList(),
                        Instruction.latestGrid(r).codes()),
                order,
                Shortlist.counters(decisions.values(), campaign),
                r.national().openConflicts(),
                versions(r));
    }

    private static Map<String, Long> versions(Repositories r) {
        Map<String, Long> versions = new java.util.HashMap<>(r.decisions().versions());
        versions.put(
                NationalView.ORDER_VERSION,
                r.decisions().settingStamp(ORDER_SETTING).map(Stamp::version).orElse(0L));
        return versions;
    }

    private static RankingOrder order(Repositories r) {
        return r.decisions().setting(ORDER_SETTING).map(RankingOrder::parse).orElse(RankingOrder.DEFAULT);
    }

    /**
     * Changes the tie-break order, written as keys separated by commas ({@code V, O, E, dépôt}).
     *
     * @throws InvalidInputException with a French message when a key is unknown or repeated
     */
    public NationalView setOrder(String text) {
        return setOrder(text, ANY_VERSION);
    }

    /**
     * The same over the order's version the user started from ({@link NationalView#orderVersion()}).
     *
     * @throws ConcurrentChangeException when someone else changed the order since, nothing written
     */
    public NationalView setOrder(String text, long base) {
        RankingOrder order;
        try {
            order = RankingOrder.parse(text);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("Ordre de départage refusé\u00a0: " + e.getMessage() + ".");
        }
        return database.inTransaction(r -> {
            Reviewer me = Instruction.user(r);
            String old = order(r).toString();
            long current = r.decisions()
                    .settingStamp(ORDER_SETTING)
                    .map(Stamp::version)
                    .orElse(0L);
            if ((base != ANY_VERSION && base != current)
                    || r.decisions().setSetting(ORDER_SETTING, order.toString(), me.signature(), now(), current)
                            == VersionedRow.STALE) {
                throw ConcurrentChangeException.over(
                        ConcurrentChangeException.Subject.SETTING,
                        "ordre de départage",
                        r.decisions().settingStamp(ORDER_SETTING),
                        order.toString(),
                        order(r).toString(),
                        base);
            }
            r.audit().append(now(), me.signature(), "national", "ordre de départage", old, order.toString());
            return view(r);
        });
    }

    /**
     * Proposes a dossier as a phase-1 laureate, or withdraws the proposal (and the invitation with it). A laureate
     * must be recevable and eligible; {@code override}, PESSII's written reason, lets a refused proposal through and
     * is kept in the audit trail and the national workbook.
     *
     * @throws GateRefusedException with the French reasons when a gate refuses and no override is given
     */
    public NationalView setLaureate(String number, boolean laureate, String override) {
        return setLaureate(number, laureate, override, ANY_VERSION);
    }

    /**
     * The same over the decision's version the user started from ({@link NationalView#versions()}).
     *
     * @throws ConcurrentChangeException when someone else changed the decision since, nothing written
     */
    public NationalView setLaureate(String number, boolean laureate, String override, long base) {
        return database.inTransaction(r -> {
            NationalDecision old = decision(r, number);
            String reason = laureate
                    ? gate(
                            number,
                            "proposition comme lauréat de la phase\u00a01",
                            rows(r, number).stream()
                                    .map(d -> DecisionGates.laureateRefusals(d.row()))
                                    .toList(),
                            override)
                    : null;
            NationalDecision changed = old.withLaureate(laureate, reason);
            save(r, old, changed, "lauréat phase 1 proposé", old.laureate(), laureate, reason, base);
            if (old.invited() && !changed.invited()) {
                record(r, number, "invité phase 2 proposé", "oui", "non (n'est plus lauréat de la phase 1)");
            }
            return view(r);
        });
    }

    /**
     * Proposes to invite a dossier to phase 2, or withdraws the proposal. Only a phase-1 laureate may be invited
     * (no override); one meeting neither target (b) nor (c) only with {@code override}, PESSII's written reason.
     *
     * @throws InvalidInputException when the dossier is not proposed as a phase-1 laureate
     * @throws GateRefusedException with the French reasons when the targets refuse and no override is given
     */
    public NationalView setInvited(String number, boolean invited, String override) {
        return setInvited(number, invited, override, ANY_VERSION);
    }

    /**
     * The same over the decision's version the user started from ({@link NationalView#versions()}).
     *
     * @throws ConcurrentChangeException when someone else changed the decision since, nothing written
     */
    public NationalView setInvited(String number, boolean invited, String override, long base) {
        return database.inTransaction(r -> {
            NationalDecision old = decision(r, number);
            if (invited && !old.laureate()) {
                throw new InvalidInputException(DecisionGates.message(
                                number,
                                "invitation en phase\u00a02",
                                List.of("il n'est pas lauréat de la phase\u00a01"))
                        + " Proposez-le d'abord comme lauréat.");
            }
            String reason = invited
                    ? gate(
                            number,
                            "invitation en phase\u00a02",
                            rows(r, number).stream()
                                    .map(d -> DecisionGates.inviteRefusals(d.row()))
                                    .toList(),
                            override)
                    : null;
            save(
                    r,
                    old,
                    old.withInvited(invited, reason),
                    "invité phase 2 proposé",
                    old.invited(),
                    invited,
                    reason,
                    base);
            return view(r);
        });
    }

    /**
     * Records the cabinet's decision on every current proposal: « Sélection des dossiers lauréats par le cabinet du
     * ministre ». From then on, letters and public lists name these dossiers; a later change of a proposal waits for
     * the next recorded decision.
     *
     * @return how many dossiers' decisions were recorded
     * @throws InvalidInputException when who decided is not given, or no proposal awaits a decision
     */
    public int confirm(String by, LocalDate on) {
        return confirm(by, on, false);
    }

    /**
     * Records the cabinet's decision on every current proposal and, when {@code othersNotRetained}, « non retenu »
     * on every ranked dossier that has neither a proposal nor a recorded decision: the cabinet's selection then
     * answers every dossier submitted to it, and each gets its letter (GenerateLetters).
     *
     * @return how many dossiers' decisions were recorded
     * @throws InvalidInputException when who decided is not given, or no dossier awaits a decision
     */
    public int confirm(String by, LocalDate on, boolean othersNotRetained) {
        return confirm(by, on, othersNotRetained, null);
    }

    /**
     * The same over the decisions' versions the user saw ({@link NationalView#versions()}; null: no check): a
     * decision changed since, or a proposal made since, refuses the whole confirmation, nothing written.
     *
     * @throws ConcurrentChangeException naming the first decision changed since
     */
    public int confirm(String by, LocalDate on, boolean othersNotRetained, Map<String, Long> seen) {
        if (by == null || by.isBlank() || on == null) {
            throw new InvalidInputException("Indiquez qui a décidé (par exemple «\u00a0Cabinet du ministre\u00a0») et"
                    + " le jour de la décision.");
        }
        return database.inTransaction(
                r -> CabinetConfirmation.record(r, by.strip(), on, othersNotRetained, seen, now()));
    }

    /** The override's reason when a gate refuses and PESSII gave one; null when no gate refuses. */
    private static String gate(String number, String what, List<List<GateRefusal>> refusalsPerRow, String override) {
        if (refusalsPerRow.stream().anyMatch(List::isEmpty)) {
            return null;
        }
        if (override == null || override.isBlank()) {
            List<GateRefusal> refusals = refusalsPerRow.get(0);
            throw new GateRefusedException(
                    DecisionGates.message(
                                    number,
                                    what,
                                    refusals.stream().map(GateRefusal::french).toList())
                            + " Pour passer outre, donnez le motif de la dérogation.",
                    refusals);
        }
        return override.strip();
    }

    /**
     * Resolves the open conflicts about a dossier: the row of {@code keptRegion} counts, the others are set aside.
     *
     * @throws InvalidInputException when no region of that name gave the dossier, or no conflict is open on it
     */
    public NationalView resolveConflict(String number, String keptRegion) {
        return database.inTransaction(r -> {
            Reviewer me = Instruction.user(r);
            if (r.national().openConflicts().stream()
                    .map(AvisConflict::dossierNumber)
                    .noneMatch(number::equals)) {
                throw new InvalidInputException("Aucun conflit à résoudre sur le dossier n° " + number + ".");
            }
            List<String> regions = r.national().regionsOf(number);
            if (!regions.contains(keptRegion)) {
                throw new InvalidInputException("Le dossier n° " + number + " n'a pas été transmis par la région"
                        + " «\u00a0"
                        + keptRegion + "\u00a0» (régions\u00a0: " + String.join(", ", regions) + ").");
            }
            r.national().resolve(number, keptRegion, me.signature(), now());
            r.audit()
                    .append(
                            now(),
                            me.signature(),
                            number,
                            "conflit national",
                            null,
                            "région retenue\u00a0: " + keptRegion);
            return view(r);
        });
    }

    /** The audit trail of a dossier's national decisions and conflict resolution, oldest first. */
    public List<AuditEntry> history(String number) {
        return database.inTransaction(r -> r.audit().forDossier(number));
    }

    static ConcurrentChangeException conflict(Repositories r, NationalDecision mine, long base) {
        String number = mine.dossierNumber();
        return ConcurrentChangeException.over(
                ConcurrentChangeException.Subject.DECISION,
                "dossier n° " + number,
                r.decisions().stamp(number),
                mine,
                r.decisions().find(number),
                base);
    }

    private static List<NationalDossier> rows(Repositories r, String number) {
        List<NationalDossier> rows = r.national().dossiers().stream()
                .filter(d -> d.number().equals(number))
                .toList();
        if (rows.isEmpty()) {
            throw new InvalidInputException("Le dossier n° " + number + " n'est dans aucun classeur d'avis importé.");
        }
        return rows;
    }

    private static NationalDecision decision(Repositories r, String number) {
        rows(r, number);
        return r.decisions().find(number);
    }

    private void save(
            Repositories r,
            NationalDecision old,
            NationalDecision decision,
            String field,
            boolean oldValue,
            boolean newValue,
            String override,
            long base) {
        Optional<Stamp> stored = r.decisions().stamp(old.dossierNumber());
        long current = stored.map(Stamp::version).orElse(0L);
        if (base != ANY_VERSION && base != current) {
            throw conflict(r, decision, base);
        }
        if (oldValue == newValue && Objects.equals(old, decision)) {
            return;
        }
        Reviewer me = Instruction.user(r);
        OffsetDateTime now = now();
        if (r.decisions().save(decision, CampaignSettings.current(r).version(), me.signature(), now, current)
                == VersionedRow.STALE) {
            // changed by someone else between the read and the write: nothing written
            throw conflict(r, decision, base);
        }
        r.audit()
                .append(
                        now,
                        me.signature(),
                        old.dossierNumber(),
                        field,
                        oldValue ? "oui" : "non",
                        newValue ? "oui" : "non");
        if (override != null) {
            r.audit().append(now, me.signature(), old.dossierNumber(), "dérogation (" + field + ")", null, override);
        }
    }

    private void record(Repositories r, String number, String field, String oldValue, String newValue) {
        r.audit().append(now(), Instruction.user(r).signature(), number, field, oldValue, newValue);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).atZoneSameInstant(PARIS).toOffsetDateTime();
    }
}
