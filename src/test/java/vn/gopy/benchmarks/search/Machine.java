package vn.gopy.benchmarks.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.stream.Stream;

import org.springframework.jdbc.core.JdbcTemplate;

/** What the figures were measured on: cores, CPU, memory, the load at start and end, versions. */
final class Machine {

    private Machine() {
    }

    static void describe(Report report, JdbcTemplate jdbc) throws IOException {
        String cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                .findFirst().map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse("?");
        report.line("Date: %s", ZonedDateTime.now());
        report.line("Machine: %d cores (%s), %d GiB RAM, Java %s, %s", Runtime.getRuntime().availableProcessors(),
                cpu, totalMemoryGiB(), Runtime.version(), jdbc.queryForObject("SELECT version()", String.class)
                        .replaceAll(" on .*", ""));
        load(report);
    }

    static void load(Report report) throws IOException {
        report.line("Load average (1, 5, 15 min): %s", Files.readString(Path.of("/proc/loadavg")).strip());
    }

    static long bytesUnder(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }

    private static long totalMemoryGiB() throws IOException {
        return Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal"))
                .map(l -> Long.parseLong(l.replaceAll("\\D", "")) / 1024 / 1024).findFirst().orElse(0L);
    }
}
