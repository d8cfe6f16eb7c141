package com.upward.architecture;

import com.upward.Application;
import net.sourceforge.plantuml.FileFormat;
import net.sourceforge.plantuml.FileFormatOption;
import net.sourceforge.plantuml.SourceStringReader;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import org.springframework.modulith.docs.Documenter.DiagramOptions;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The module diagrams and canvases in {@code docs/modules} are Spring Modulith's Documenter output for the code as it
 * is, so they cannot drift: this test generates them again and fails when the committed ones differ. After a change
 * to the modules, run it with {@code -Dupward.docs.write=true} to write them (and the rendered SVG of each diagram),
 * then commit docs/modules.
 */
class ModuleDocumentationTest {

    private static final Path COMMITTED = Path.of("docs", "modules");
    private static final Path GENERATED = Path.of("target", "modulith-docs");

    @Test
    void theCommittedModuleDocumentationIsWhatTheCodeGenerates() throws IOException {
        new Documenter(ApplicationModules.of(Application.class),
                Documenter.Options.defaults().withOutputFolder(GENERATED.toString()))
                // every module uses base: its arrows would hide the others in the overview (its own diagram has them)
                .writeModulesAsPlantUml(diagrams().withExclusions(module -> module.getIdentifier().toString().equals("base")))
                .writeIndividualModulesAsPlantUml(diagrams())
                .writeModuleCanvases();
        List<Path> generated = files(GENERATED, ".puml", ".adoc");
        assertThat(generated).isNotEmpty();
        if (Boolean.getBoolean("upward.docs.write")) {
            write(generated);
        }
        List<String> stale = new ArrayList<>();
        for (Path file : generated) {
            Path committed = COMMITTED.resolve(GENERATED.relativize(file));
            if (!Files.exists(committed) || !lines(committed).equals(lines(file))) {
                stale.add(committed.toString());
            }
        }
        assertThat(stale).as("module docs that differ from the code: run ModuleDocumentationTest with"
                + " -Dupward.docs.write=true and commit docs/modules").isEmpty();
        assertThat(files(COMMITTED, ".puml", ".adoc")).as("module docs of modules that no longer exist")
                .hasSameSizeAs(generated);
    }

    /**
     * The lines of a generated file, in order. The Documenter lists relationships and the items of a table cell in
     * no fixed order (the first item of a cell carries the cell's "|"), so the same code may give them in another.
     */
    private static List<String> lines(Path file) throws IOException {
        return Files.readAllLines(file).stream().map(line -> line.replaceFirst("^\\|\\* ", "* ")).sorted().toList();
    }

    /** Plain UML components, dependencies between modules only; laid out in Java (no Graphviz needed). */
    private static DiagramOptions diagrams() {
        return DiagramOptions.defaults().withStyle(DiagramOptions.DiagramStyle.UML);
    }

    private static void write(List<Path> generated) throws IOException {
        Files.createDirectories(COMMITTED);
        for (Path file : files(COMMITTED, ".puml", ".adoc", ".svg")) {
            Files.delete(file);
        }
        for (Path file : generated) {
            Path target = COMMITTED.resolve(GENERATED.relativize(file));
            Files.copy(file, target);
            if (file.toString().endsWith(".puml")) {
                Files.writeString(target.resolveSibling(target.getFileName().toString().replace(".puml", ".svg")),
                        svg(Files.readString(file)), StandardCharsets.UTF_8);
            }
        }
    }

    private static String svg(String plantUml) throws IOException {
        String source = plantUml.replaceFirst("@startuml", "@startuml\n!pragma layout smetana");
        var out = new ByteArrayOutputStream();
        new SourceStringReader(source).outputImage(out, new FileFormatOption(FileFormat.SVG));
        return out.toString(StandardCharsets.UTF_8);
    }

    private static List<Path> files(Path folder, String... endings) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> paths = Files.list(folder)) {
            return paths.filter(p -> Stream.of(endings).anyMatch(e -> p.toString().endsWith(e))).sorted().toList();
        }
    }
}
