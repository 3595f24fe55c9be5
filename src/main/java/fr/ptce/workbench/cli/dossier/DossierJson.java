package fr.ptce.workbench.cli.dossier;

import fr.ptce.workbench.application.listing.DossierView;
import fr.ptce.workbench.application.review.DossierReviews;
import fr.ptce.workbench.domain.check.DossierChecks;
import fr.ptce.workbench.domain.check.LegalFormVerdict;
import fr.ptce.workbench.domain.dossier.Commune;
import fr.ptce.workbench.domain.dossier.Dossier;
import fr.ptce.workbench.domain.dossier.DsTracking;
import fr.ptce.workbench.domain.dossier.Section;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON shape of a dossier on the command line ({@code dossiers --format json}), key by key. */
final class DossierJson {

    private DossierJson() {}

    static Map<String, Object> of(DossierView view, DossierReviews reviews) {
        Dossier d = view.dossier();
        DsTracking t = d.tracking();
        DossierChecks checks = view.checks();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("number", d.number());
        json.put("project", d.projectName());
        json.put("region", d.region());
        json.put("instructorGroup", t.instructorGroup());
        json.put("structure", d.structure().name());
        json.put("raisonSociale", d.structure().raisonSociale());
        json.put("legalForm", d.structure().legalForm());
        json.put("siret", d.structure().siret());
        Map<String, Object> referent = new LinkedHashMap<>();
        referent.put("name", d.referent().name());
        referent.put("function", d.referent().function());
        referent.put("email", d.referent().email());
        referent.put("phone", d.referent().phone());
        json.put("referent", referent);
        json.put("accountEmail", t.accountEmail());
        json.put("state", t.state() == null ? null : t.state().label());
        json.put("archived", t.archived());
        json.put("depositedAt", iso(t.depositedAt()));
        json.put("updatedAt", iso(t.updatedAt()));
        json.put("instructionAt", iso(t.instructionAt()));
        json.put("processedAt", iso(t.processedAt()));
        json.put("motivation", t.motivation());
        json.put("declaredQpv", d.territory().declaredQpv());
        json.put("declaredZrr", d.territory().declaredZrr());
        json.put(
                "communes",
                d.territory().communes().stream().map(Commune::insee).toList());
        Map<String, Object> sections = new LinkedHashMap<>();
        for (Section section : Section.values()) {
            sections.put(section.name(), d.sections().text(section));
        }
        json.put("sections", sections);
        Map<String, Object> attachments = new LinkedHashMap<>();
        attachments.put("statutes", nullToEmpty(d.attachments().statutes()));
        attachments.put("budget", nullToEmpty(d.attachments().budget()));
        json.put("attachments", attachments);
        json.put("legalFormEligible", checks.legalFormEligible());
        LegalFormVerdict legalForm = checks.legalForm();
        json.put(
                "legalFormInseeCode",
                legalForm.category() == null ? null : legalForm.category().code());
        json.put(
                "legalFormInseeLabel",
                legalForm.category() == null ? null : legalForm.category().label());
        json.put("legalFormCheck", legalFormCheck(legalForm));
        json.put("siretValid", checks.siretValid());
        json.put("admissibility", checks.admissibility().label());
        json.put("admissibility_computed", checks.computedAdmissibility().label());
        json.put(
                "admissibility_pessii",
                checks.pessiiAdmissibility() == null
                        ? null
                        : checks.pessiiAdmissibility().label());
        json.put("admissibility_disagreement", checks.admissibilityDisagreement());
        json.put("wave", checks.wave() == null ? null : checks.wave().name());
        json.put("deposit_to_check", view.depositToCheck());
        json.put("altered_by_spreadsheet", view.alteredColumns());
        json.put("missing", checks.missing());
        json.put("zrrDetected", checks.zrrDetected());
        json.put("qpvDetected", checks.qpvDetected());
        json.put("overLimit", checks.overLimit().stream().map(Section::name).toList());
        json.put("absentFromLastImport", view.absentFromLastImport());
        json.put("avisCount", view.expertOpinions().size());
        json.put("reviews", ReviewJson.reviews(reviews));
        json.put("avis", ReviewJson.avis(reviews));
        json.put(
                "raw", d.raw().stream().map(c -> List.of(c.header(), c.value())).toList());
        return json;
    }

    private static Map<String, Object> legalFormCheck(LegalFormVerdict verdict) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("status", verdict.status().label());
        json.put("evidence", verdict.evidence().label());
        json.put("explanation", verdict.explanation());
        json.put("disagreement", verdict.disagreement());
        return json;
    }

    private static String iso(OffsetDateTime time) {
        return time == null ? null : time.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
