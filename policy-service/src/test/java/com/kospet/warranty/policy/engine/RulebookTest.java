package com.kospet.warranty.policy.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.kospet.warranty.model.RejectionReason;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Keeps docs/policy.md, where the rule IDs are defined, and the code that cites them in step: the code names no
 * rule the rulebook lacks, and the rulebook defines no rule the code does not know, unless it is listed below.
 */
class RulebookTest {

    /**
     * Rules the rulebook defines that no code names as a rule ID (in the {@code Rule} enum, a rejection reason or
     * a {@code "rule"} string), with where they are kept instead.
     */
    private static final Map<String, String> NOT_NAMED_BY_THE_CODE = Map.of(
            "UN-4", "claims-service's order feed checks the dates and cites UN-4 in the text of its validation message");

    private static final Pattern DEFINITION = Pattern.compile("^\\|\\s*([A-Z]+-\\d+)\\s*\\|", Pattern.MULTILINE);

    private static final Path ROOT = repositoryRoot();

    @Test
    void theRulebookDefinesEachRuleOnce() {
        List<String> definitions = definitions();

        assertThat(definitions).isNotEmpty().doesNotHaveDuplicates();
    }

    @Test
    void everyRuleOfTheEngineIsDefinedInTheRulebook() {
        Set<String> engineRules = Arrays.stream(Rule.values()).map(Rule::id).collect(Collectors.toSet());

        assertThat(definitions()).containsAll(engineRules);
    }

    @Test
    void everyRuleTheCodeNamesIsDefinedInTheRulebook() {
        assertThat(definitions()).containsAll(rulesNamedByTheCode());
    }

    @Test
    void everyRuleIdCitedInTheSourcesIsDefinedInTheRulebook() {
        Set<String> defined = new HashSet<>(definitions());
        Map<String, Set<String>> undefined = new TreeMap<>();
        citations().forEach((file, ids) -> ids.stream().filter(id -> !defined.contains(id))
                .forEach(id -> undefined.computeIfAbsent(id, x -> new TreeSet<>()).add(file)));

        assertThat(undefined).as("rule IDs cited in the sources (id -> files) that docs/policy.md does not define").isEmpty();
    }

    @Test
    void everyRuleOfTheRulebookIsKnownToTheCodeOrListedAsNotNamedByIt() {
        Set<String> known = new HashSet<>(rulesNamedByTheCode());
        known.addAll(NOT_NAMED_BY_THE_CODE.keySet());

        assertThat(known).containsAll(definitions());
    }

    @Test
    void theRulesListedAsNotNamedByTheCodeAreDefinedAndReallyNotNamedByIt() {
        assertThat(definitions()).containsAll(NOT_NAMED_BY_THE_CODE.keySet());
        assertThat(rulesNamedByTheCode()).doesNotContainAnyElementsOf(NOT_NAMED_BY_THE_CODE.keySet());
    }

    /** The IDs docs/policy.md defines: the first cell of a table row, in the order they appear. */
    private static List<String> definitions() {
        Matcher matcher = DEFINITION.matcher(read(ROOT.resolve("docs/policy.md")));
        return matcher.results().map(result -> result.group(1)).toList();
    }

    /** The families of rule IDs, e.g. {@code DR} and {@code UN}, from the rulebook and the engine. */
    private static Set<String> families() {
        Set<String> families = new TreeSet<>();
        definitions().forEach(id -> families.add(family(id)));
        Arrays.stream(Rule.values()).forEach(rule -> families.add(family(rule.id())));
        return families;
    }

    private static String family(String id) {
        return id.substring(0, id.indexOf('-'));
    }

    /**
     * The rule IDs the code names as IDs: policy-service's {@code Rule} enum, the rules of shared-model's rejection
     * reasons, and every string literal that is a rule ID and nothing else in the main sources of every module
     * (claims-service's refusals such as {@code "UN-1"} or {@code "DB-1"}, the OpenAPI examples).
     */
    private static Set<String> rulesNamedByTheCode() {
        Set<String> named = new TreeSet<>();
        Arrays.stream(Rule.values()).map(Rule::id).forEach(named::add);
        Arrays.stream(RejectionReason.values()).map(RejectionReason::rule).forEach(named::add);
        Pattern literal = Pattern.compile("\"((?:" + String.join("|", families()) + ")-\\d+)\"");
        mainSources().forEach(file -> literal.matcher(read(file)).results().map(result -> result.group(1)).forEach(named::add));
        return named;
    }

    /** Every rule ID cited anywhere in the main sources, comments included, by file. */
    private static Map<String, Set<String>> citations() {
        Pattern citation = Pattern.compile("\\b((?:" + String.join("|", families()) + ")-\\d+)\\b");
        Map<String, Set<String>> byFile = new TreeMap<>();
        mainSources().forEach(file -> byFile.put(ROOT.relativize(file).toString(),
                citation.matcher(read(file)).results().map(result -> result.group(1)).collect(Collectors.toCollection(TreeSet::new))));
        return byFile;
    }

    private static List<Path> mainSources() {
        try (Stream<Path> modules = Files.list(ROOT)) {
            return modules.map(module -> module.resolve("src/main/java")).filter(Files::isDirectory)
                    .flatMap(RulebookTest::javaFiles).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Stream<Path> javaFiles(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(file -> file.toString().endsWith(".java")).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The repository's root: the first directory up from where the test runs that holds the rulebook. */
    private static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            if (Files.isRegularFile(dir.resolve("mvnw")) && Files.isRegularFile(dir.resolve("docs/policy.md"))) {
                return dir;
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("docs/policy.md not found above " + Path.of("").toAbsolutePath());
    }
}
