package news.kathan.ingest;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;

/**
 * Where the archive is seeded from at start-up.
 *
 * @param location          a folder of article {@code .txt} files ({@code classpath:seeds/} or {@code file:/path/})
 * @param referenceLocation a folder with parties.yaml, people.yaml and outlets.yaml
 * @param enabled           whether to load anything at start-up
 * @param articles          whether to load the articles as well as the reference lists (the keys command
 *                          needs only the lists)
 */
@ConfigurationProperties("kathan.seeds")
public record SeedProperties(Resource location, Resource referenceLocation, boolean enabled,
                             @DefaultValue("true") boolean articles) {
}
