package fr.ptce.workbench.domain.review;

/**
 * The phase-1 targets a dossier meets (« Cibles de la phase 1 » of the call, see {@link Target}): (a) local actors'
 * wish to develop territorial cooperation, (b) cooperation already emerging without the maturity of a running PTCE,
 * (c) fragile territory, that is QPV and ZRR only; c is null while unknown.
 */
public record Targets(boolean a, boolean b, Boolean c) {

    /** No target ticked, fragility unknown. */
    public static final Targets NONE = new Targets(false, false, null);

    /** Whether the dossier may be drawn for phase 2: target (b) or (c) holds. */
    public boolean allowPhase2() {
        return b || Boolean.TRUE.equals(c);
    }

    /** One target of the call: a label shortened from the call's words, and those words in full. */
    public enum Target {
        A(
                "a) volontés d'acteurs locaux de développer des dynamiques de coopération territoriales visant"
                        + " à devenir,"
                        + " à terme, des PTCE",
                "Cette phase a pour objet d'identifier le plus largement possible les volontés d'acteurs locaux de"
                        + " développer des dynamiques de coopération territoriales visant à devenir, à terme, des"
                        + " PTCE"),
        B(
                "b) dynamiques de coopération entre acteurs déjà en émergence, sans pour autant avoir atteint"
                        + " un seuil de"
                        + " maturité",
                "Un regard attentif sera porté sur les territoires dans lesquels des dynamiques de coopération entre"
                        + " acteurs sont déjà en émergence, sans pour autant avoir atteint un seuil de maturité leur"
                        + " permettant d'être opérationnellement considérées comme des PTCE en exercice"),
        C(
                "c) territoires dits fragiles (quartiers prioritaires de la ville et zones de revitalisation rurale)",
                "Une attention particulière sera portée aux territoires dits fragiles (quartiers prioritaires de la"
                        + " ville et zones de revitalisation rurale), en particulier à ceux pour lesquels, du fait de"
                        + " la faible activité économique locale, les bienfaits d'une coopération économique"
                        + " territoriale seront les plus importants […]");

        private final String label;
        private final String callText;

        Target(String label, String callText) {
            this.label = label;
            this.callText = callText;
        }

        /** The label, shortened from the call's words, with its letter: {@code b) …}. */
        public String label() {
            return label;
        }

        /** The call's words for this target. */
        public String callText() {
            return callText;
        }
    }
}
