package org.scalingadvisor.store;

import io.micronaut.context.ApplicationContext;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 19, item 2: whatever H2 URL an operator configures, commits are written before the answer. */
class DurableCommitsTest {

    @Test
    void aConfiguredH2WriteDelayIsReplacedByZero(@TempDir Path dir) throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("advisor") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;write_delay=500";
        try (ApplicationContext context = ApplicationContext.run(Map.of("datasources.default.url", url), "test")) {
            DataSource dataSource = DelegatingDataSource.unwrapDataSource(context.getBean(DataSource.class));
            try (Connection connection = dataSource.getConnection();
                 ResultSet row = connection.createStatement().executeQuery(
                         "select setting_value from information_schema.settings where setting_name = 'WRITE_DELAY'")) {
                assertTrue(row.next(), "H2 reports its write delay");
                assertEquals("0", row.getString(1));
            }
        }
    }

    @Test
    void theUrlKeepsItsOtherSettings() {
        assertEquals("jdbc:h2:file:./d;MODE=PostgreSQL;DB_CLOSE_DELAY=1;WRITE_DELAY=0",
                DurableCommits.durable("jdbc:h2:file:./d;MODE=PostgreSQL;Write_Delay=2000;DB_CLOSE_DELAY=1"));
    }
}
