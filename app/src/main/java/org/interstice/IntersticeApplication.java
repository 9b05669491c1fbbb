package org.interstice;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class IntersticeApplication {

    public static void main(String[] args) {
        if (args.length > 0 && "import".equals(args[0])) {
            System.exit(org.interstice.ingest.ImportCommand.run(IntersticeApplication.class, args, System.out));
        }
        SpringApplication.run(IntersticeApplication.class, args);
    }
}
