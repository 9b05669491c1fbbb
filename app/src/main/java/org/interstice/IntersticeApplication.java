package org.interstice;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class IntersticeApplication {

    public static void main(String[] args) {
        SpringApplication.run(IntersticeApplication.class, args);
    }
}
