package news.kathan.ingest.extract;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The names found in one article: every mention in text order, and the people first met here.
 *
 * @param newPeople people not in the directory, by their article-local (negative) id, with the name as printed
 */
public record ArticleNames(List<NameMention> mentions, Map<Long, String> newPeople) {

    /** The mention of a given kind that covers an offset, if any. */
    Optional<NameMention> at(int offset, EntityKind kind) {
        return mentions.stream().filter(m -> m.kind() == kind && m.covers(offset)).findFirst();
    }

    /** The mention of a given kind that ends at (or just before, over spaces) an offset. */
    Optional<NameMention> endingAt(String body, int offset, EntityKind kind) {
        int end = offset;
        while (end > 0 && Character.isWhitespace(body.charAt(end - 1))) {
            end--;
        }
        int finalEnd = end;
        return mentions.stream().filter(m -> m.kind() == kind && m.end() == finalEnd).findFirst();
    }

    List<NameMention> within(int start, int end) {
        return mentions.stream().filter(m -> m.start() >= start && m.end() <= end).toList();
    }
}
