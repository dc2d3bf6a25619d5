package org.quotable.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CI workflow template users copy must not rot: this runs every {@code ./quotable} line of its steps, in
 * order, through the real command line, as a tag push would (build, evaluate, release, verify), on a copy of the
 * sample dataset.
 */
class WorkflowTemplateTest {
    private static final Path WORKFLOW = Path.of("..", ".github", "workflows", "extract.yml");
    private static final Pattern WORD = Pattern.compile("\"([^\"]*)\"|(\\S+)");
    private static final Pattern VARIABLE = Pattern.compile("\\$(\\w+)|\\$\\{(\\w+)}");

    @TempDir Path work;

    @Test void everyQuotableStepOfTheTemplateRunsAndSucceeds() throws IOException {
        Path dataset = copySampleWithoutReleases();
        Map<String, String> env = Map.of("DATASET", dataset.toString(), "RELEASE_VERSION", "1.0.0");

        List<List<String>> commands = quotableCommands(env);

        assertThat(commands).extracting(command -> command.get(0))
                .containsExactly("build", "evaluate", "release", "verify");
        for (List<String> command : commands) {
            CommandRun run = CommandRun.of(command.toArray(String[]::new));
            assertThat(run.exitCode()).as("quotable %s%n%s%s", String.join(" ", command), run.out(), run.err())
                    .isEqualTo(ExitCodes.OK);
        }
        assertThat(work.resolve("build-summary.json")).exists();
        assertThat(work.resolve("evaluate-summary.json")).exists();
        assertThat(dataset.resolve("releases/1.0.0/SHA256SUMS")).exists();
    }

    @Test void theTemplateRunsInADataRepositoryWithThePinnedToolCurrentActionsAndPublishesTags() throws IOException {
        JsonNode workflow = new YAMLMapper().readTree(WORKFLOW.toFile());
        assertThat(workflow.at("/permissions/contents").asText()).isEqualTo("write");
        assertThat(workflow.at("/permissions/pull-requests").asText()).isEqualTo("write");
        assertThat(workflow.at("/env/QUOTABLE_VERSION").asText()).matches("\\d+\\.\\d+\\.\\d+");
        var uses = new ArrayList<String>();
        JsonNode steps = workflow.at("/jobs/extract/steps");
        for (JsonNode step : steps) if (step.has("uses")) uses.add(step.get("uses").asText());
        assertThat(uses).containsExactly("actions/checkout@v4", "actions/checkout@v4", "actions/setup-java@v4",
                "actions/cache@v4", "actions/upload-artifact@v4");
        JsonNode quotable = steps.get(1).get("with");
        assertThat(quotable.get("ref").asText()).isEqualTo("${{ env.QUOTABLE_VERSION }}");
        assertThat(quotable.get("path").asText()).isEqualTo(".quotable");
        String all = Files.readString(WORKFLOW);
        assertThat(all).contains("(cd .quotable && ./mvnw -B -q -DskipTests package)")
                .contains("path: ${{ env.DATASET }}/.cache")
                .doesNotContain("src/main/**");                    // nothing of the tool's source tree is assumed here
        JsonNode publish = null;
        for (JsonNode step : steps) if (step.path("name").asText().startsWith("Publish the release")) publish = step;
        assertThat(publish).isNotNull();
        assertThat(publish.get("if").asText()).isEqualTo("startsWith(github.ref, 'refs/tags/')");
        assertThat(publish.get("run").asText()).contains("gh release create \"$RELEASE_VERSION\"", "gh pr create", "git add \"$folder\"");
    }

    /** The arguments of every {@code ./quotable} line in the steps, variables replaced, relative files in work. */
    private List<List<String>> quotableCommands(Map<String, String> env) throws IOException {
        JsonNode workflow = new YAMLMapper().readTree(WORKFLOW.toFile());
        var commands = new ArrayList<List<String>>();
        for (JsonNode job : workflow.get("jobs"))
            for (JsonNode step : job.get("steps")) {
                if (!step.has("run")) continue;
                for (String line : step.get("run").asText().split("\n")) {
                    if (!line.strip().startsWith("./quotable ")) continue;
                    var words = new ArrayList<String>();
                    Matcher m = WORD.matcher(line.strip().substring("./quotable ".length()));
                    while (m.find()) words.add(expand(m.group(1) != null ? m.group(1) : m.group(2), env));
                    commands.add(words);
                }
            }
        return commands;
    }

    private String expand(String word, Map<String, String> env) {
        Matcher m = VARIABLE.matcher(word);
        String expanded = m.replaceAll(r -> Matcher.quoteReplacement(env.get(r.group(1) != null ? r.group(1) : r.group(2))));
        return expanded.endsWith(".json") && !expanded.contains("/") ? work.resolve(expanded).toString() : expanded;
    }

    private Path copySampleWithoutReleases() throws IOException {
        Path source = BuildCommandTest.SAMPLE, target = work.resolve("dataset");
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.toList()) {
                Path relative = source.relativize(file);
                if (relative.startsWith("releases") || relative.startsWith("build") || relative.startsWith(".cache")) continue;
                Path copy = target.resolve(relative.toString());
                if (Files.isDirectory(file)) Files.createDirectories(copy);
                else Files.copy(file, copy);
            }
        }
        return target;
    }
}
