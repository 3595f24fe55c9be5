package fr.ptce.workbench.application.samples;

import fr.ptce.workbench.domain.dossier.Dossier;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * A seeded generator of realistic, wholly invented dossiers of the "AMI PTCE émergents" call, for tests,
 * benchmarks and the demo: the same seed and count always give the same dossiers.
 */
public final class SyntheticDossiers {

    /** The most dossiers one call makes while keeping 7-digit, unique dossier numbers. */
    public static final int MAX_COUNT = 5_000_000;

    private SyntheticDossiers() {}

    /** The {@code count} dossiers of {@code seed}, in deposit-number order. */
    public static List<Dossier> generate(long seed, int count) {
        List<Dossier> dossiers = new ArrayList<>(count);
        stream(seed, count).forEach(dossiers::add);
        return dossiers;
    }

    /**
     * The same dossiers as {@link #generate}, made one at a time as they are iterated, so that none is held
     * after use; each new iteration starts again from the seed.
     */
    public static Iterable<Dossier> stream(long seed, int count) {
        if (count < 0 || count > MAX_COUNT) {
            throw new IllegalArgumentException("count must be between 0 and " + MAX_COUNT + ": " + count);
        }
        return () -> new Iterator<>() {
            private final DossierFactory factory = new DossierFactory(seed, count);
            private int index;

            @Override
            public boolean hasNext() {
                return index < count;
            }

            @Override
            public Dossier next() {
                if (index >= count) {
                    throw new NoSuchElementException();
                }
                return factory.next(index++);
            }
        };
    }
}
