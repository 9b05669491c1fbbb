package org.interstice.ingest.internal;

import jakarta.servlet.MultipartConfigElement;
import org.springframework.boot.servlet.MultipartConfigFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/** Agency extracts are large (100,000 rows is about 15 MB): raise the upload limits from Spring's 1 MB default. */
@Configuration(proxyBeanMethods = false)
class UploadLimits {

    @Bean
    MultipartConfigElement multipartConfigElement() {
        MultipartConfigFactory factory = new MultipartConfigFactory();
        factory.setMaxFileSize(DataSize.ofMegabytes(200));
        factory.setMaxRequestSize(DataSize.ofMegabytes(210));
        return factory.createMultipartConfig();
    }
}
