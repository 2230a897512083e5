package news.kathan;

import java.time.Clock;
import news.kathan.partner.KeysCommand;
import news.kathan.synthetic.CopyCommand;
import news.kathan.synthetic.GenerateCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.validation.autoconfigure.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;

@SpringBootApplication
@ConfigurationPropertiesScan
public class KathanApplication {

    public static void main(String[] args) {
        VirtualThreadCarriers.configure(System.getProperties(), Runtime.getRuntime().availableProcessors());
        if (args.length > 0 && args[0].equals(KeysCommand.NAME)) {
            System.exit(KeysCommand.run(KathanApplication.class, args, System.out, System.err));
        }
        if (args.length > 0 && args[0].equals(GenerateCommand.NAME)) {
            System.exit(GenerateCommand.run(KathanApplication.class, args, System.out, System.err));
        }
        if (args.length > 0 && args[0].equals(CopyCommand.NAME)) {
            System.exit(CopyCommand.run(args, System.out, System.err));
        }
        SpringApplication.run(KathanApplication.class, args);
    }

    /** The clock everything reads the time from, so that tests can fix it. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** Bean Validation's "not in the future" (@PastOrPresent) reads the same clock. */
    @Bean
    ValidationConfigurationCustomizer validationClock(Clock clock) {
        return configuration -> configuration.clockProvider(() -> clock);
    }
}
