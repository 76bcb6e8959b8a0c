package nl.hecht.directory.internal;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Switches on Spring's scheduler for the directory's daily verification reminder ({@link VerificationReminder}). */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class DirectoryScheduling {
}
