package fr.ptce.workbench.application;

import fr.ptce.workbench.application.exporting.ExportAvis;
import fr.ptce.workbench.domain.Progress;
import fr.ptce.workbench.domain.avis.Avis;
import fr.ptce.workbench.domain.avis.Recommendation;
import fr.ptce.workbench.domain.grid.Grid;
import fr.ptce.workbench.domain.grid.Grids;
import fr.ptce.workbench.domain.review.Maturity;
import fr.ptce.workbench.domain.review.Review;
import fr.ptce.workbench.domain.review.Reviewer;
import fr.ptce.workbench.domain.review.ReviewerRole;
import fr.ptce.workbench.domain.review.Score;
import fr.ptce.workbench.spreadsheet.avis.AvisMetadata;
import fr.ptce.workbench.spreadsheet.avis.AvisWorkbookContent;
import fr.ptce.workbench.spreadsheet.avis.AvisWorkbookWriter;
import fr.ptce.workbench.spreadsheet.layout.AvisLine;
import fr.ptce.workbench.spreadsheet.layout.ReviewLine;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Synthetic avis workbooks of the 18 regions, written by the real writer (invented names, example.org). */
public final class RegionWorkbooks {

    public static final List<String> REGIONS = List.of(
            "Auvergne-Rhône-Alpes",
            "Bourgogne-Franche-Comté",
            "Bretagne",
            "Centre-Val de Loire",
            "Corse",
            "Grand Est",
            "Hauts-de-France",
            "Île-de-France",
            "Normandie",
            "Nouvelle-Aquitaine",
            "Occitanie",
            "Pays de la Loire",
            "Provence-Alpes-Côte d'Azur",
            "Guadeloupe",
            "Martinique",
            "Guyane",
            "La Réunion",
            "Mayotte");
    static final OffsetDateTime AT = OffsetDateTime.parse("2021-12-01T10:15:30+01:00");

    private RegionWorkbooks() {}

    /**
     * Writes the workbook of region {@code index}: {@code dossiers} dossiers numbered {@code 9<index><i>}, scores
     * on whole points drawn from {@code random} (so that totals tie), deposit times a few hours apart, targets b/c
     * such that every fourth dossier meets neither.
     */
    public static Path write(Path folder, int index, int dossiers, Random random) {
        return write(folder, index, dossiers, random, Grids.amiPtce2021());
    }

    /** The same on another grid. */
    public static Path write(Path folder, int index, int dossiers, Random random, Grid grid) {
        String region = REGIONS.get(index);
        Reviewer correspondent = new Reviewer(
                "Correspondant " + index, "correspondant" + index + "@example.org", ReviewerRole.CORRESPONDENT, region);
        List<AvisLine> lines = new ArrayList<>();
        List<ReviewLine> reviews = new ArrayList<>();
        for (int i = 0; i < dossiers; i++) {
            String number = String.format("9%02d%02d", index, i);
            Map<String, Score> scores = new LinkedHashMap<>();
            Map<String, BigDecimal> values = new LinkedHashMap<>();
            for (String code : grid.codes()) {
                BigDecimal value = BigDecimal.valueOf(2 + random.nextInt(4));
                scores.put(code, new Score(value, "Commentaire " + code + " du dossier " + number));
                values.put(code, value);
            }
            Review review = new Review(
                    number, correspondent, grid.id(), grid.version(), scores, null, Maturity.EMERGENT, null, AT);
            boolean b = i % 4 != 3 && i % 2 == 0;
            boolean c = i % 4 != 3 && i % 2 == 1;
            Avis avis = new Avis(
                    number,
                    Recommendation.FAVORABLE,
                    b || c,
                    "Motivation " + number,
                    "Forces " + number,
                    "Attention " + number,
                    values,
                    null,
                    correspondent.name(),
                    AT);
            lines.add(new AvisLine(
                    number,
                    "Projet " + number,
                    "Structure " + number,
                    "Association",
                    null,
                    region,
                    AT.minusMonths(5).plusHours(random.nextInt(3)),
                    "recevable",
                    "Vague 1",
                    5,
                    null,
                    Maturity.EMERGENT,
                    b,
                    c,
                    false,
                    c,
                    false,
                    false,
                    values,
                    grid.totals(values),
                    1,
                    null,
                    avis,
                    List.of()));
            reviews.add(new ReviewLine(review, grid.totals(values).total()));
        }
        AvisWorkbookContent content = new AvisWorkbookContent(
                new AvisMetadata(region, correspondent.name(), "ws-" + index, "test", AT), grid, lines, reviews);
        Path file = folder.resolve(ExportAvis.fileName(region, AT));
        AvisWorkbookWriter.write(content, file, Progress.NONE);
        return file;
    }
}
