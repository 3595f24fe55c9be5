package fr.ptce.workbench.persistence.dossier;

import static fr.ptce.workbench.persistence.generated.Tables.DS_AVIS;

import fr.ptce.workbench.domain.dossier.DsAvis;
import fr.ptce.workbench.persistence.common.ParisTime;
import fr.ptce.workbench.persistence.generated.tables.records.DsAvisRecord;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;

/** The DS expert opinions of each dossier, in the export's order; replaced whole by each xlsx import. */
public final class AvisRepository {

    private final DSLContext dsl;

    public AvisRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public void replace(String number, List<DsAvis> opinions) {
        dsl.deleteFrom(DS_AVIS).where(DS_AVIS.DOSSIER_NUMBER.eq(number)).execute();
        for (int position = 0; position < opinions.size(); position++) {
            DsAvis a = opinions.get(position);
            dsl.insertInto(DS_AVIS)
                    .set(DS_AVIS.DOSSIER_NUMBER, number)
                    .set(DS_AVIS.POSITION, position)
                    .set(DS_AVIS.INTRODUCTION, a.introduction())
                    .set(DS_AVIS.ANSWER, a.answer())
                    .set(DS_AVIS.QUESTION, a.question())
                    .set(DS_AVIS.ANSWER_YES_NO, a.answerYesNo())
                    .set(DS_AVIS.CREATED_AT, a.createdAt())
                    .set(DS_AVIS.ANSWERED_AT, a.answeredAt())
                    .set(DS_AVIS.CLAIMANT, a.claimant())
                    .set(DS_AVIS.EXPERT, a.expert())
                    .execute();
        }
    }

    public List<DsAvis> find(String number) {
        return dsl.selectFrom(DS_AVIS)
                .where(DS_AVIS.DOSSIER_NUMBER.eq(number))
                .orderBy(DS_AVIS.POSITION)
                .fetch(AvisRepository::toAvis);
    }

    /** The opinions of every dossier that has some, by dossier number, each list in the export's order. */
    public Map<String, List<DsAvis>> all() {
        Map<String, List<DsAvis>> all = new HashMap<>();
        dsl.selectFrom(DS_AVIS)
                .orderBy(DS_AVIS.DOSSIER_NUMBER, DS_AVIS.POSITION)
                .forEach(r -> all.computeIfAbsent(r.getDossierNumber(), n -> new ArrayList<>())
                        .add(toAvis(r)));
        return all;
    }

    private static DsAvis toAvis(DsAvisRecord r) {
        return new DsAvis(
                r.getDossierNumber(),
                r.getIntroduction(),
                r.getAnswer(),
                r.getQuestion(),
                r.getAnswerYesNo(),
                ParisTime.of(r.getCreatedAt()),
                ParisTime.of(r.getAnsweredAt()),
                r.getClaimant(),
                r.getExpert());
    }
}
