package fr.ptce.workbench.domain.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * An in-memory index of the dossiers for the search box: per dossier its short fields folded into one line
 * (matched anywhere), and an inverted index of the words of its texts (sorted vocabulary, one sorted posting list
 * of dossiers per word, matched by prefix). Immutable once built, so it can be queried from any thread; a query
 * costs a binary search and the union of the postings of the words it begins, not a scan of the texts. A word's
 * postings are kept in whichever is smaller: the ascending ids of a rare word, or a bit set of a frequent one
 * (a word found in every one of 5,000 dossiers takes 640 bytes, not 20 kB).
 */
public final class SearchIndex {

    private final String[] numbers;
    private final Map<String, Integer> ids;
    private final String[] shortLines;
    private final String[] vocabulary;
    private final Postings[] postings;

    private SearchIndex(Builder builder) {
        this.numbers = builder.numbers.toArray(String[]::new);
        this.ids = Map.copyOf(builder.ids);
        this.shortLines = builder.shortLines.toArray(String[]::new);
        this.vocabulary = builder.postings.keySet().toArray(String[]::new);
        Arrays.sort(vocabulary);
        this.postings = new Postings[vocabulary.length];
        for (int i = 0; i < vocabulary.length; i++) {
            postings[i] = builder.postings.get(vocabulary[i]).compact();
        }
    }

    /** An index of no dossier. */
    public static SearchIndex empty() {
        return new Builder().build();
    }

    /** How many dossiers the index holds. */
    public int size() {
        return numbers.length;
    }

    /** How many distinct words the texts hold. */
    public int vocabularySize() {
        return vocabulary.length;
    }

    /** The dossiers matching the query, as a predicate on dossier numbers; unknown numbers never match. */
    public Predicate<String> matching(SearchQuery query) {
        if (query.isEmpty()) {
            return number -> true;
        }
        BitSet result = new BitSet(numbers.length);
        result.set(0, numbers.length);
        for (String term : query.terms()) {
            result.and(matchingTerm(term));
        }
        return number -> {
            Integer id = ids.get(number);
            return id != null && result.get(id);
        };
    }

    /** The numbers of the dossiers matching the query, in the order they were added. */
    public List<String> search(SearchQuery query) {
        Predicate<String> matching = matching(query);
        return Arrays.stream(numbers).filter(matching).toList();
    }

    private BitSet matchingTerm(String term) {
        BitSet found = new BitSet(numbers.length);
        for (int id = 0; id < shortLines.length; id++) {
            if (shortLines[id].contains(term)) {
                found.set(id);
            }
        }
        List<String> words = SearchText.words(term);
        if (words.isEmpty()) {
            return found;
        }
        BitSet inTexts = null;
        for (String word : words) {
            BitSet withWord = withPrefix(word);
            if (inTexts == null) {
                inTexts = withWord;
            } else {
                inTexts.and(withWord);
            }
        }
        found.or(inTexts);
        return found;
    }

    private BitSet withPrefix(String prefix) {
        BitSet found = new BitSet(numbers.length);
        int from = Arrays.binarySearch(vocabulary, prefix);
        if (from < 0) {
            from = -from - 1;
        }
        for (int i = from; i < vocabulary.length && vocabulary[i].startsWith(prefix); i++) {
            postings[i].addTo(found);
        }
        return found;
    }

    /** Collects the dossiers one at a time; not thread-safe. */
    public static final class Builder {

        private final List<String> numbers = new ArrayList<>();
        private final Map<String, Integer> ids = new HashMap<>();
        private final List<String> shortLines = new ArrayList<>();
        private final Map<String, Postings> postings = new HashMap<>();

        /**
         * Adds a dossier: its number, the short fields matched anywhere (project, structure, region…), and the
         * texts matched by word prefix (sections, commune names). A number added twice keeps its first entry.
         */
        public Builder add(String number, List<String> shortFields, List<String> texts) {
            Objects.requireNonNull(number, "number");
            if (ids.containsKey(number)) {
                return this;
            }
            int id = numbers.size();
            numbers.add(number);
            ids.put(number, id);
            StringBuilder line = new StringBuilder(SearchText.fold(number));
            for (String field : shortFields) {
                line.append(" | ").append(SearchText.fold(field));
            }
            shortLines.add(line.toString());
            for (String text : texts) {
                SearchText.forEachWord(text, (start, end, word) -> {
                    Postings known = postings.get(word);
                    if (known == null) {
                        postings.put(word, Postings.of(id));
                    } else {
                        known.addOnce(id);
                    }
                });
            }
            return this;
        }

        public SearchIndex build() {
            return new SearchIndex(this);
        }
    }

    /**
     * The dossiers of one word, added in ascending order: a growable array of ids while that is smaller than a bit
     * set over the ids seen so far, a bit set after (one id costs 32 bits in the array, the bit set one bit per
     * dossier).
     */
    private static final class Postings {
        private int[] ids;
        private int size;
        private BitSet bits;

        static Postings of(int id) {
            Postings postings = new Postings();
            postings.ids = new int[] {id};
            postings.size = 1;
            return postings;
        }

        Postings addOnce(int id) {
            if (bits != null) {
                bits.set(id);
            } else if (ids[size - 1] != id) {
                if ((size + 1) * (long) Integer.SIZE > id + 1L) {
                    append(id);
                } else {
                    bits = new BitSet(id + 1);
                    for (int i = 0; i < size; i++) {
                        bits.set(ids[i]);
                    }
                    bits.set(id);
                    ids = null;
                }
            }
            return this;
        }

        private void append(int id) {
            if (size == ids.length) {
                ids = Arrays.copyOf(ids, size * 2);
            }
            ids[size++] = id;
        }

        /** This, trimmed to its size once no more ids come. */
        Postings compact() {
            if (ids != null && ids.length != size) {
                ids = Arrays.copyOf(ids, size);
            }
            return this;
        }

        void addTo(BitSet found) {
            if (bits != null) {
                found.or(bits);
            } else {
                for (int i = 0; i < size; i++) {
                    found.set(ids[i]);
                }
            }
        }
    }
}
