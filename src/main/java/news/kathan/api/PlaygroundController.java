package news.kathan.api;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The GraphiQL playground, served from the jar (static/graphiql and WebJars): it needs no internet. */
@Controller
class PlaygroundController {

    @GetMapping({"/graphiql", "/graphiql/"})
    String graphiql() {
        return "forward:/graphiql/index.html";
    }
}
