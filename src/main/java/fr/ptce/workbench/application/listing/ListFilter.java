package fr.ptce.workbench.application.listing;

import fr.ptce.workbench.domain.avis.Recommendation;
import fr.ptce.workbench.domain.dossier.Admissibility;
import fr.ptce.workbench.domain.dossier.DossierState;
import fr.ptce.workbench.domain.dossier.DossierSummary;
import fr.ptce.workbench.domain.review.Targets;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The combinable filters of the dossier list; every null criterion keeps every dossier. The predicate is AND-ed with
 * the search box's. Saved under a name in the workspace in its {@link #encode() text form}.
 *
 * @param region the dossier's region, exactly
 * @param state the DS state
 * @param admissibility the admissibility the list shows
 * @param scored whether the user's review is complete
 * @param avis {@link AvisCriterion}: without avis, with any avis, or one recommendation
 * @param target "a", "b" or "c": dossiers meeting that target
 * @param overLimit true: at least one section over its limit; false: none
 * @param wave the dossier's wave, by name
 * @param disagreement true: PESSII's admissibility and the computed one disagree; false: they agree or no annotation
 * @param altered true: a spreadsheet program altered cells of the dossier (« texte altéré par un tableur »); false:
 *     none
 */
public record ListFilter(
        String region,
        DossierState state,
        Admissibility admissibility,
        Boolean scored,
        AvisCriterion avis,
        String target,
        Boolean overLimit,
        String wave,
        Boolean disagreement,
        Boolean altered) {

    /** Keeps every dossier. */
    public static final ListFilter NONE = new ListFilter(null, null, null, null, null, null, null, null, null, null);

    /** A filter without the altered-cells criterion. */
    public ListFilter(
            String region,
            DossierState state,
            Admissibility admissibility,
            Boolean scored,
            AvisCriterion avis,
            String target,
            Boolean overLimit,
            String wave,
            Boolean disagreement) {
        this(region, state, admissibility, scored, avis, target, overLimit, wave, disagreement, null);
    }

    /** The same filter keeping only the dossiers a spreadsheet program altered (true), or none of them (false). */
    public ListFilter withAltered(Boolean newAltered) {
        return new ListFilter(
                region, state, admissibility, scored, avis, target, overLimit, wave, disagreement, newAltered);
    }

    /** A filter without the wave and disagreement criteria. */
    public ListFilter(
            String region,
            DossierState state,
            Admissibility admissibility,
            Boolean scored,
            AvisCriterion avis,
            String target,
            Boolean overLimit) {
        this(region, state, admissibility, scored, avis, target, overLimit, null, null, null);
    }

    /** The avis criterion. */
    public enum AvisCriterion {
        WITHOUT,
        WITH,
        FAVORABLE,
        FAVORABLE_WITH_RESERVATIONS,
        UNFAVORABLE;

        boolean test(Recommendation recommendation) {
            return switch (this) {
                case WITHOUT -> recommendation == null;
                case WITH -> recommendation != null;
                default -> recommendation != null && recommendation.name().equals(name());
            };
        }
    }

    public ListFilter {
        region = region == null || region.isBlank() ? null : region;
        wave = wave == null || wave.isBlank() ? null : wave;
        if (target != null && !List.of("a", "b", "c").contains(target)) {
            throw new IllegalArgumentException("target must be a, b or c: " + target);
        }
    }

    /** Whether this filter needs the dossiers' facets (anything beyond the list's own columns). */
    public boolean needsFacets() {
        return scored != null
                || avis != null
                || target != null
                || overLimit != null
                || wave != null
                || disagreement != null
                || altered != null;
    }

    /** Whether this filter keeps every dossier. */
    public boolean isEmpty() {
        return equals(NONE);
    }

    /** The dossiers this filter keeps, knowing each dossier's facets (missing ones count as nothing known). */
    public Predicate<DossierSummary> predicate(Function<String, DossierFacet> facets) {
        if (isEmpty()) {
            return d -> true;
        }
        return d -> {
            DossierFacet f = Objects.requireNonNullElse(facets.apply(d.number()), DossierFacet.NONE);
            return (region == null || region.equals(d.region()))
                    && (state == null || state == d.state())
                    && (admissibility == null || admissibility == d.admissibility())
                    && (scored == null || scored == f.scored())
                    && (avis == null || avis.test(f.recommendation()))
                    && (target == null || meets(f.targets(), target))
                    && (overLimit == null || overLimit == (f.overLimitSections() > 0))
                    && (wave == null || wave.equals(f.wave()))
                    && (disagreement == null || disagreement == f.admissibilityDisagreement())
                    && (altered == null || altered == f.alteredBySpreadsheet());
        };
    }

    private static boolean meets(Targets targets, String target) {
        return switch (target) {
            case "a" -> targets.a();
            case "b" -> targets.b();
            default -> Boolean.TRUE.equals(targets.c());
        };
    }

    /** The text form: {@code region=Bretagne&scored=true}, values URL-encoded; empty for {@link #NONE}. */
    public String encode() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("region", region);
        values.put("state", state);
        values.put("admissibility", admissibility);
        values.put("scored", scored);
        values.put("avis", avis);
        values.put("target", target);
        values.put("overLimit", overLimit);
        values.put("wave", wave);
        values.put("disagreement", disagreement);
        values.put("altered", altered);
        List<String> parts = new ArrayList<>();
        values.forEach((key, value) -> {
            if (value != null) {
                String text = value instanceof Enum<?> e ? e.name() : value.toString();
                parts.add(key + "=" + URLEncoder.encode(text, StandardCharsets.UTF_8));
            }
        });
        return String.join("&", parts);
    }

    /** Reads the text form back; unknown keys or values are ignored (a filter saved by a later version). */
    public static ListFilter decode(String text) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String part : (text == null ? "" : text).split("&")) {
            int eq = part.indexOf('=');
            if (eq > 0) {
                values.put(part.substring(0, eq), URLDecoder.decode(part.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        String target = values.get("target");
        return new ListFilter(
                values.get("region"),
                enumOf(DossierState.class, values.get("state")),
                enumOf(Admissibility.class, values.get("admissibility")),
                bool(values.get("scored")),
                enumOf(AvisCriterion.class, values.get("avis")),
                target != null && List.of("a", "b", "c").contains(target) ? target : null,
                bool(values.get("overLimit")),
                values.get("wave"),
                bool(values.get("disagreement")),
                bool(values.get("altered")));
    }

    private static Boolean bool(String text) {
        return "true".equals(text) ? Boolean.TRUE : "false".equals(text) ? Boolean.FALSE : null;
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String name) {
        if (name == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
