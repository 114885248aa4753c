package org.scalingadvisor.store;

import io.micronaut.context.annotation.Context;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * At start-up, an embedded (H2 file) database is read whole, every row of every table: a file
 * damaged in part (a crash of the machine, a bad disk) then stops the service with one line, rather
 * than starting ready and failing for good on the records that sit in the damaged part. PostgreSQL
 * checks its own pages, and is not read.
 */
@Context
class EmbeddedDatabaseCheck {

    EmbeddedDatabaseCheck(DataSource dataSource) {
        try (Connection connection = DelegatingDataSource.unwrapDataSource(dataSource).getConnection()) {
            String url = connection.getMetaData().getURL();
            if (!url.toLowerCase(Locale.ROOT).startsWith("jdbc:h2:file:")) {
                return;
            }
            readEverything(connection, url);
        } catch (SQLException e) {
            throw new IllegalStateException("the database cannot be reached: " + e.getMessage(), e);
        }
    }

    private static void readEverything(Connection connection, String url) {
        String file = url.substring("jdbc:h2:file:".length()).split(";", 2)[0] + ".mv.db";
        try (Statement statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("select table_name from information_schema.tables"
                    + " where table_schema = current_schema() and table_type = 'BASE TABLE'")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            for (String table : tables) {
                try (ResultSet rows = statement.executeQuery("select * from \"" + table.replace("\"", "\"\"") + "\"")) {
                    int columns = rows.getMetaData().getColumnCount();
                    while (rows.next()) {
                        for (int i = 1; i <= columns; i++) {
                            rows.getObject(i);
                        }
                    }
                }
            }
        } catch (SQLException | RuntimeException e) {
            throw damaged(file, e);
        }
    }

    private static IllegalStateException damaged(String file, Exception e) {
        String reason = String.valueOf(e.getMessage()).lines().findFirst().orElse(e.getClass().getSimpleName());
        // No cause: start-up prints the deepest cause's message, and this line is the one to read.
        return new IllegalStateException("the embedded database is damaged and cannot be read whole (" + file + ": " + reason
                + "); restore it from a backup, or move it aside to start with an empty one");
    }
}
