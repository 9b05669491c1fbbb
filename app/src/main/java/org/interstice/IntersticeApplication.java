package org.interstice;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;

import java.util.Arrays;

@SpringBootApplication
public class IntersticeApplication {

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(IntersticeApplication.class);
        if (args.length > 0 && "import".equals(args[0])) {
            // The command-line import (ingest's ImportCommandLine): no web server, exit with the import's outcome.
            application.setWebApplicationType(WebApplicationType.NONE);
            application.setDefaultProperties(java.util.Map.of("interstice.ingest.resume-on-start", "false"));
            System.exit(SpringApplication.exit(application.run(args)));
        }
        if (Arrays.asList(args).contains("--verify-audit")) {
            // Verify and exit, on a random port so as not to clash with a running instance's.
            String[] withoutServerPort = Arrays.copyOf(args, args.length + 1);
            withoutServerPort[args.length] = "--server.port=0";
            System.exit(SpringApplication.exit(application.run(withoutServerPort)));
        }
        application.run(args);
    }
}
