package news.kathan.ingest.extract;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import news.kathan.text.NameKeys;

/**
 * Everything the extractor can recognise by name, indexed for matching in running text: a trie over the name keys
 * of each word of every alias, so "Raghvendra Shukla", "Raghavendra Shukla" and "राघवेंद्र शुक्ला" in an
 * article all reach the same person, and so does "Shukla ji" through the alias "Shukla".
 */
public final class Directory {

    /** A name found at a word position: who it names and how many words it spans. */
    record Match(Known known, int words, String alias) {
    }

    private static final class Node {
        final Map<String, Node> next = new HashMap<>();
        final List<Match> ends = new ArrayList<>();
    }

    private final Node root = new Node();
    private final Map<EntityKind, Map<Long, Known>> byId = new HashMap<>();
    private final Map<String, Known> outletsByHandle = new HashMap<>();
    private final Map<String, List<Known>> byNameKey = new HashMap<>();

    private Directory(Collection<Known> entries) {
        for (EntityKind kind : EntityKind.values()) {
            byId.put(kind, new HashMap<>());
        }
        for (Known known : entries) {
            byId.get(known.kind()).put(known.id(), known);
            for (String handle : known.handles()) {
                outletsByHandle.put(handle.toLowerCase(Locale.ROOT), known);
            }
            for (String name : known.names()) {
                index(known, name);
            }
        }
    }

    public static Directory of(Collection<Known> entries) {
        return new Directory(entries);
    }

    private void index(Known known, String alias) {
        List<Words.Word> words = Words.of(alias).all();
        if (words.isEmpty()) {
            return;
        }
        Node node = root;
        for (Words.Word word : words) {
            node = node.next.computeIfAbsent(word.key(), k -> new Node());
        }
        // Every alias is kept, even when another alias of the same entry has the same key: "SP" and "सपा" share
        // one, but only the Devanagari alias may match Devanagari text.
        node.ends.add(new Match(known, words.size(), alias));
        byNameKey.computeIfAbsent(NameKeys.of(alias), k -> new ArrayList<>()).add(known);
    }

    /** Every entry whose name starts at word {@code i}, longest first. */
    List<Match> matchesAt(Words words, int i) {
        List<Match> found = new ArrayList<>();
        Node node = root;
        for (int j = i; j < words.size(); j++) {
            node = node.next.get(words.get(j).key());
            if (node == null || j > i && !adjacent(words, j - 1, j)) {
                break;
            }
            found.addAll(node.ends);
        }
        found.sort(Comparator.comparingInt(Match::words).reversed());
        return found;
    }

    /** Whether word b follows word a closely enough to be part of one name. */
    static boolean adjacent(Words words, int a, int b) {
        return b == a + 1 && words.get(a).joinedToNext();
    }

    Optional<Known> outletByHandle(String handle) {
        return Optional.ofNullable(outletsByHandle.get(handle.replaceFirst("^@", "").toLowerCase(Locale.ROOT)));
    }

    /** Entries of a kind with a name whose key is the key of the given name. */
    List<Known> named(EntityKind kind, String name) {
        return byNameKey.getOrDefault(NameKeys.of(name), List.of()).stream()
                .filter(k -> k.kind() == kind)
                .distinct()
                .toList();
    }

    /** The entry of a kind with an id, if the directory has it. */
    public Optional<Known> get(EntityKind kind, long id) {
        return Optional.ofNullable(byId.get(kind).get(id));
    }

    Collection<Known> all(EntityKind kind) {
        return byId.get(kind).values();
    }
}
