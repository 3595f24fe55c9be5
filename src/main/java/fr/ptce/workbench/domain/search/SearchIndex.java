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
 * costs a binary search and the union of the postings of the words it begins, not a scan of the texts.
 */
public final class SearchIndex {

    private final String[] numbers;
    private final Map<String, Integer> ids;
    private final String[] shortLines;
    private final String[] vocabulary;
    private final int[][] postings;

    private SearchIndex(Builder builder) {
        this.numbers = builder.numbers.toArray(String[]::new);
        this.ids = Map.copyOf(builder.ids);
        this.shortLines = builder.shortLines.toArray(String[]::new);
        this.vocabulary = builder.postings.keySet().toArray(String[]::new);
        Arrays.sort(vocabulary);
        this.postings = new int[vocabulary.length][];
        for (int i = 0; i < vocabulary.length; i++) {
            postings[i] = builder.postings.get(vocabulary[i]).toArray();
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
            for (int id : postings[i]) {
                found.set(id);
            }
        }
        return found;
    }

    /** Collects the dossiers one at a time; not thread-safe. */
    public static final class Builder {

        private final List<String> numbers = new ArrayList<>();
        private final Map<String, Integer> ids = new HashMap<>();
        private final List<String> shortLines = new ArrayList<>();
        private final Map<String, IntList> postings = new HashMap<>();

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
                SearchText.forEachWord(text, (start, end, word) ->
                        postings.computeIfAbsent(word, w -> new IntList()).addOnce(id));
            }
            return this;
        }

        public SearchIndex build() {
            return new SearchIndex(this);
        }
    }

    /** A growable list of ascending ids that ignores a repeat of the last one. */
    private static final class IntList {
        private int[] values = new int[2];
        private int size;

        void addOnce(int value) {
            if (size > 0 && values[size - 1] == value) {
                return;
            }
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        int[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}
