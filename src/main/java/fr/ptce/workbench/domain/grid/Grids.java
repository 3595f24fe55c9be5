package fr.ptce.workbench.domain.grid;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The grids that ship with the workbench: the call's default grid "AMI PTCE émergents 2021". */
public final class Grids {

    /** The id of the default grid. */
    public static final String AMI_PTCE_2021 = "ami-ptce-emergents-2021";

    private Grids() {
    }

    /** The default grid of the call: blocks V, O, E, ten criteria, scale 0–5 in whole points, equal weights. */
    public static Grid amiPtce2021() {
        List<Block> blocks = List.of(
                new Block("V", "Vision stratégique et objectifs"),
                new Block("O", "Opérationnalité"),
                new Block("E", "Évaluation des résultats et impacts"));
        List<Criterion> criteria = List.of(
                criterion("V1", "Crédibilité et professionnalisme",
                        "Crédibilité, expérience, compétences et professionnalisme des acteurs du projet."),
                criterion("V2", "Analyse du positionnement stratégique et partenariats",
                        "Qualité de l'analyse du positionnement stratégique (territoire, filière, acteurs, contexte)"
                                + " et des partenariats."),
                criterion("V3", "Cohérence des objectifs et de la stratégie",
                        "Cohérence des objectifs et de la stratégie de coopération / mutualisation avec les"
                                + " enjeux identifiés."),
                criterion("V4", "Valeur ajoutée des actions",
                        "Valeur ajoutée des actions sur les plans économique, social et environnemental."),
                criterion("V5", "Innovation",
                        "Caractère innovant : R&D, insertion, formation, partenariats de recherche ; diffusion de"
                                + " l'innovation sous toutes ses formes."),
                criterion("O1", "Plan d'action",
                        "Qualité, pertinence et cohérence du plan d'action."),
                criterion("O2", "Moyens financiers et autres ressources",
                        "Qualité des moyens financiers et des autres ressources mobilisées (participation des"
                                + " acteurs privés, participation des collectivités)."),
                criterion("O3", "Pérennité",
                        "Pérennité du projet, autonomie financière à moyen terme."),
                criterion("E1", "Indicateurs de suivi et d'évaluation",
                        "Pertinence des indicateurs de suivi et d'évaluation des résultats."),
                criterion("E2", "Impact durable et exemplaire sur le territoire",
                        "Impact durable et exemplaire sur le territoire : utilité sociale et environnementale,"
                                + " emplois créés ou maintenus."));
        return new Grid(AMI_PTCE_2021, 1, "AMI PTCE émergents 2021", blocks, criteria, defaultScale(), null);
    }

    /** The default scale: 0 to 5 in whole points, each value with its meaning. */
    public static Scale defaultScale() {
        Map<BigDecimal, String> meanings = new LinkedHashMap<>();
        String[] words = {"non renseigné", "insuffisant", "faible", "correct", "bon", "excellent"};
        for (int i = 0; i < words.length; i++) {
            meanings.put(BigDecimal.valueOf(i), words[i]);
        }
        return new Scale(BigDecimal.ZERO, BigDecimal.valueOf(5), BigDecimal.ONE, meanings);
    }

    private static Criterion criterion(String code, String label, String help) {
        return new Criterion(code, label, help, code.substring(0, 1), BigDecimal.ONE, null);
    }
}
