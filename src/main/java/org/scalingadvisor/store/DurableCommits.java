package org.scalingadvisor.store;

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An embedded (H2) database commits before it answers: H2 otherwise writes commits from a
 * background thread up to half a second later, so a process killed right after a 200 "stored" lost
 * the record. Whatever H2 URL is configured, WRITE_DELAY=0 is set on it (a configured delay is
 * replaced, not kept): a commit is in the file (the operating system's cache) before the answer.
 */
@Singleton
class DurableCommits implements BeanCreatedEventListener<DatasourceConfiguration> {

    private static final Pattern WRITE_DELAY = Pattern.compile(";WRITE_DELAY=[^;]*", Pattern.CASE_INSENSITIVE);

    @Override
    public DatasourceConfiguration onCreated(BeanCreatedEvent<DatasourceConfiguration> event) {
        DatasourceConfiguration config = event.getBean();
        String url = config.getUrl();
        if (url != null && url.toLowerCase(Locale.ROOT).startsWith("jdbc:h2:")) {
            config.setUrl(durable(url));
        }
        return config;
    }

    /** The H2 URL with WRITE_DELAY=0 in place of any write delay it names. */
    static String durable(String url) {
        return WRITE_DELAY.matcher(url).replaceAll("") + ";WRITE_DELAY=0";
    }
}
