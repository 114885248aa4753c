package org.scalingadvisor.records;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.core.type.TypeReference;
import io.micronaut.context.annotation.Context;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import org.scalingadvisor.ruleset.LoadReport;
import org.scalingadvisor.ruleset.Ruleset;
import org.scalingadvisor.ruleset.RulesetHolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every rule set this service serves is archived once, keyed by the SHA-256 of its files, with the
 * files: at start-up and after each good reload. Instances that serve the same rules at the same
 * moment both try; "on conflict do nothing" keeps the first, so the archive holds each once and its
 * firstServedAt is the earliest.
 */
@Context
public class RulesetArchive {

    private static final Logger LOG = LoggerFactory.getLogger(RulesetArchive.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** An archived rule set; {@code files} is filled only when one rule set is read. */
    public record Archived(String version, String contentHash, Instant firstServedAt, int ruleCount, int fileCount,
                           Map<String, String> files) {
    }

    private final DataSource dataSource;
    private final RulesetHolder rules;

    RulesetArchive(DataSource dataSource, RulesetHolder rules) {
        this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
        this.rules = rules;
        archive(rules.current());
        rules.onLoad(this::loaded);
    }

    private void loaded(LoadReport report) {
        if (report.ok()) {
            archive(rules.current());
        }
    }

    /** Archives the rule set unless its files are archived already; a database fault is logged, never thrown. */
    boolean archive(Ruleset ruleset) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement insert = c.prepareStatement("insert into ruleset_archive (content_hash, version,"
                     + " first_served_at, rule_count, file_count, files) values (?, ?, ?, ?, ?, ?) on conflict do nothing")) {
            insert.setString(1, ruleset.sources().contentHash());
            insert.setString(2, ruleset.version());
            insert.setObject(3, Instant.now().truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC));
            insert.setInt(4, ruleset.rules().size());
            insert.setInt(5, ruleset.sources().files().size());
            insert.setBytes(6, Blobs.gzip(JSON.writeValueAsBytes(ruleset.sources().files())));
            boolean added = insert.executeUpdate() > 0;
            if (added) {
                LOG.info("Rule set {} archived (content {}, {} files)", ruleset.version(), ruleset.sources().contentHash(),
                        ruleset.sources().files().size());
            }
            return added;
        } catch (SQLException | IOException e) {
            LOG.error("Rule set {} could not be archived: {}", ruleset.version(), e.toString());
            return false;
        }
    }

    /** Every archived rule set, most recently first served first. */
    public List<Archived> list() {
        List<Archived> all = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement q = c.prepareStatement("select version, content_hash, first_served_at, rule_count, file_count"
                     + " from ruleset_archive order by first_served_at desc, content_hash");
             ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
                all.add(new Archived(rs.getString(1), rs.getString(2), rs.getObject(3, OffsetDateTime.class).toInstant(),
                        rs.getInt(4), rs.getInt(5), null));
            }
        } catch (SQLException e) {
            throw new RecordsUnavailableException("the rule set archive could not be read", e);
        }
        return all;
    }

    /** The rule set with that version (or content hash), with its files. */
    public Optional<Archived> find(String versionOrHash) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement q = c.prepareStatement("select version, content_hash, first_served_at, rule_count, file_count,"
                     + " files from ruleset_archive where version = ? or content_hash = ? order by first_served_at")) {
            q.setString(1, versionOrHash);
            q.setString(2, versionOrHash);
            try (ResultSet rs = q.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                Map<String, String> files = JSON.readValue(Blobs.gunzip(rs.getBytes(6)), new TypeReference<>() { });
                return Optional.of(new Archived(rs.getString(1), rs.getString(2),
                        rs.getObject(3, OffsetDateTime.class).toInstant(), rs.getInt(4), rs.getInt(5), files));
            }
        } catch (SQLException e) {
            throw new RecordsUnavailableException("the rule set archive could not be read", e);
        } catch (IOException e) {
            throw new UncheckedIOException("an archived rule set's files are not JSON", e);
        }
    }
}
