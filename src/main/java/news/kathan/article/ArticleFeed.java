package news.kathan.article;

import java.time.Duration;
import org.springframework.stereotype.Component;
import reactor.core.publisher.BufferOverflowStrategy;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

/**
 * Articles as ingestions store or change them, for the {@code articleIngested} subscription. An article is
 * published after its transaction commits, so a subscriber never sees what a rollback undoes. Subscribers only see
 * what is published while they listen (for what came before, query {@code articles(filter: {updatedSince})});
 * each has a buffer of {@value #BUFFER} articles, and a subscriber that falls further behind loses the oldest.
 */
@Component
public class ArticleFeed {

    static final int BUFFER = 256;

    private final Sinks.Many<Article> sink = Sinks.many().multicast().directBestEffort();

    /** Publishes an article that has just been committed. Ingestions on many threads may call this at once. */
    public void published(Article article) {
        sink.emitNext(article, Sinks.EmitFailureHandler.busyLooping(Duration.ofSeconds(1)));
    }

    /** How many subscriptions listen now: what an operator watches, and what a test waits for before it writes. */
    public int subscribers() {
        return sink.currentSubscriberCount();
    }

    public Flux<Article> articles() {
        return sink.asFlux().onBackpressureBuffer(BUFFER, dropped -> { }, BufferOverflowStrategy.DROP_OLDEST);
    }
}
